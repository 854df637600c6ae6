import Foundation

/// Makes pseudo-translations of English ICU messages so layout and bidi bugs show before real
/// translations arrive. Only literal text changes: argument names, types, styles, plural and select
/// keywords, `#` and placeholder tags (`<x1>`, `</x1>`, `<br/>`) are kept exactly, so the result formats
/// with the same arguments as the source.
public enum PseudoLocalizer {
    /// The two pseudo-locales the registry flags as test-only.
    public enum Style: String, Sendable, CaseIterable {
        /// en-XA: accented letters, about 35% longer, bracketed, to find clipped and concatenated strings.
        case accented = "en-XA"
        /// ar-XB: words forced right to left (RLO … PDF), to find layouts that ignore direction.
        case bidi = "ar-XB"
    }

    /// The style for a pseudo-locale tag, or nil.
    public static func style(for tag: String) -> Style? { Style(rawValue: tag) }

    private static let accents: [Character: Character] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let marked = Array("åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, marked))
    }()
    private static let padWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    /// The pseudo-translation of `message`; a message ICU would reject is returned unchanged.
    public static func pseudolocalize(_ message: String, style: Style) -> String {
        let parsed = MessageFormatParser.parse(message)
        guard let tree = parsed.message else { return message }
        var ranges: [Range<Int>] = []
        collectText(tree, into: &ranges)
        let scalars = Array(message.unicodeScalars)
        var out = String.UnicodeScalarView()
        var literalLength = 0
        var position = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= position {
            out.append(contentsOf: scalars[position..<range.lowerBound])
            let (text, letters) = transform(Array(scalars[range]), style: style)
            out.append(contentsOf: text.unicodeScalars)
            literalLength += letters
            position = range.upperBound
        }
        out.append(contentsOf: scalars[position...])
        let body = String(out)
        switch style {
        case .accented:
            // Translations run about a third longer than English; pad so layouts are tested at that length.
            let target = Int((Double(literalLength) * 0.35).rounded(.up))
            var padding = ""
            var index = 0
            while padding.count < target {
                padding += " " + padWords[index % padWords.count]
                index += 1
            }
            return "[" + body + padding + "]"
        case .bidi:
            return body
        }
    }

    private static func collectText(_ message: Message, into ranges: inout [Range<Int>]) {
        for node in message.nodes {
            switch node {
            case .text(let text): ranges.append(text.range.scalars)
            case .pound, .argument: break
            case .plural(let p): p.cases.forEach { collectText($0.message, into: &ranges) }
            case .select(let s): s.cases.forEach { collectText($0.message, into: &ranges) }
            case .choice(let c): c.cases.forEach { collectText($0.message, into: &ranges) }
            }
        }
    }

    /// Transforms the source slice of one literal text node (quoting apostrophes included, which are
    /// never letters and so pass through), skipping placeholder tags. Returns the text and its letter count.
    private static func transform(_ scalars: [Unicode.Scalar], style: Style) -> (String, Int) {
        var out = ""
        var letters = 0
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            // RLM keeps neutral punctuation next to the word on the right-to-left side.
            out += "\u{200F}\u{202E}" + word + "\u{202C}\u{200F}"
            word = ""
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let end = tagEnd(scalars, from: index) {
                flushWord()
                out.unicodeScalars.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            let isLetter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isLetter { letters += 1 }
            switch style {
            case .accented:
                let character = Character(scalar)
                out.append(accents[character] ?? character)
            case .bidi:
                if isLetter { word.unicodeScalars.append(scalar) } else { flushWord(); out.unicodeScalars.append(scalar) }
            }
            index += 1
        }
        flushWord()
        return (out, letters)
    }

    /// The end of a placeholder tag `<name>`, `</name>` or `<name/>` starting at `start`, or nil.
    private static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        if index < scalars.count, scalars[index] == "/" { index += 1 }
        let nameStart = index
        while index < scalars.count, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
                || scalars[index] == "_" || scalars[index] == "-" { index += 1 }
        guard index > nameStart, index < scalars.count else { return nil }
        if scalars[index] == "/", index + 1 < scalars.count, scalars[index + 1] == ">" { return index + 2 }
        return scalars[index] == ">" ? index + 1 : nil
    }
}
