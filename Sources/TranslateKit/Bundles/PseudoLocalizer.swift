import Foundation

/// Makes pseudo-translations of English ICU messages so layout and bidi bugs show before real
/// translations arrive. Only literal text changes: argument names, types, styles, plural and select
/// keywords, `#` and placeholder tags (`<x1>`, `</x1>`, `<br/>`) are kept exactly, so the result formats
/// with the same arguments as the source. ar-XB adds the plural branches Arabic needs and English lacks.
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

    /// Arabic's cardinal plural categories (CLDR), in CLDR's order: ar-XB's plurals carry every one.
    public static let arabicCategories = ["zero", "one", "two", "few", "many", "other"]

    /// The pseudo-translation of `message`; a message ICU would reject is returned unchanged.
    ///
    /// ar-XB also exercises Arabic's plurals: each cardinal plural gets every Arabic category, the
    /// missing ones derived from `other`, and each keyword branch starts with its category in
    /// brackets (`[few] `), so a tester sees which form a number picked. en-XA keeps English's forms.
    public static func pseudolocalize(_ message: String, style: Style) -> String {
        let parsed = MessageFormatParser.parse(message)
        guard let tree = parsed.message else { return message }
        let scalars = Array(message.unicodeScalars)
        // Replacements of source ranges (transformed text) and insertions (empty ranges), in source order.
        var edits: [(range: Range<Int>, text: String, letters: Int)] = []
        var ranges: [Range<Int>] = []
        collectText(tree, into: &ranges)
        for range in ranges {
            let (text, letters) = transform(Array(scalars[range]), style: style)
            edits.append((range, text, letters))
        }
        if style == .bidi {
            var plurals: [PluralArgument] = []
            collectPlurals(tree, into: &plurals)
            for plural in plurals where !plural.isOrdinal {
                var present: Set<String> = []
                for pluralCase in plural.cases {
                    guard case .keyword(let keyword) = pluralCase.selector else { continue }
                    present.insert(keyword)
                    edits.append((pluralCase.message.range.scalars.lowerBound..<pluralCase.message.range.scalars.lowerBound, "[\(keyword)] ", 0))
                }
                let close = plural.range.scalars.upperBound - 1
                guard close >= 0, close < scalars.count, scalars[close] == "}",
                    let other = plural.cases.first(where: { $0.selector == .keyword("other") })
                else { continue }
                let body = String(String.UnicodeScalarView(scalars[other.message.range.scalars]))
                let derived = pseudolocalize(body, style: style)
                var added = ""
                for category in arabicCategories where !present.contains(category) {
                    added += " \(category) {[\(category)] \(derived)}"
                }
                if !added.isEmpty { edits.append((close..<close, added, 0)) }
            }
        }
        var out = String.UnicodeScalarView()
        var literalLength = 0
        var position = 0
        // Insertions before the text that starts where they are.
        for edit in edits.sorted(by: { ($0.range.lowerBound, $0.range.isEmpty ? 0 : 1) < ($1.range.lowerBound, $1.range.isEmpty ? 0 : 1) })
        where edit.range.lowerBound >= position {
            out.append(contentsOf: scalars[position..<edit.range.lowerBound])
            out.append(contentsOf: edit.text.unicodeScalars)
            literalLength += edit.letters
            position = edit.range.upperBound
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

    private static func collectPlurals(_ message: Message, into plurals: inout [PluralArgument]) {
        for node in message.nodes {
            switch node {
            case .text, .pound, .argument: break
            case .plural(let p):
                plurals.append(p)
                p.cases.forEach { collectPlurals($0.message, into: &plurals) }
            case .select(let s): s.cases.forEach { collectPlurals($0.message, into: &plurals) }
            case .choice(let c): c.cases.forEach { collectPlurals($0.message, into: &plurals) }
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
                if isLetter {
                    word.unicodeScalars.append(scalar)
                } else {
                    flushWord()
                    out.unicodeScalars.append(scalar)
                }
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
        while index < scalars.count,
            scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
                || scalars[index] == "_" || scalars[index] == "-"
        { index += 1 }
        guard index > nameStart, index < scalars.count else { return nil }
        if scalars[index] == "/", index + 1 < scalars.count, scalars[index + 1] == ">" { return index + 2 }
        return scalars[index] == ">" ? index + 1 : nil
    }
}
