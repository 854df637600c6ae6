import Foundation
import TranslateICU

/// Turns inline content into messages: collapses whitespace, replaces URLs, e-mail addresses and
/// phone numbers by arguments, splits sentences and escapes ICU syntax.
enum UnitComposer {
    /// Abbreviations after which a sentence never ends, whatever ICU says.
    static let abbreviations = ["St.", "Dr.", "Mr.", "Mrs.", "Ms.", "a.m.", "p.m.", "A.M.", "P.M.", "U.S.", "No.", "e.g.", "i.e.", "Ave.", "Jr.", "vs."]

    static func compose(_ content: InlineContent, split: Bool, explicitKey: String? = nil) -> [ComposedUnit] {
        let pieces = collapse(content.pieces)
        guard !pieces.isEmpty else { return [] }
        let groups = (split && explicitKey == nil) ? splitSentences(pieces) : [pieces]
        var units: [ComposedUnit] = []
        for group in groups {
            guard var unit = build(group, placeholders: content.placeholders) else { continue }
            if let explicitKey { unit.key = explicitKey }
            units.append(unit)
        }
        return units
    }

    /// Collapses runs of whitespace to one space across pieces and trims both ends.
    static func collapse(_ pieces: [InlinePiece]) -> [InlinePiece] {
        var out: [InlinePiece] = []
        var pendingSpace = false
        var emittedText = false
        for piece in pieces {
            guard case .text(let text) = piece else {
                if pendingSpace && emittedText {
                    // Keep the space before an opening tag outside it, after a closing one inside the text flow.
                    out.append(.text(" "))
                    pendingSpace = false
                }
                out.append(piece)
                continue
            }
            var buffer = ""
            for character in text {
                if character.isWhitespace && character != "\u{A0}" {
                    pendingSpace = true
                } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                    // NUL and other controls are never text a page shows or a PO file should hold.
                    continue
                } else {
                    if pendingSpace && (emittedText || !buffer.isEmpty) { buffer.append(" ") }
                    pendingSpace = false
                    buffer.append(character)
                }
            }
            if !buffer.isEmpty {
                out.append(.text(buffer))
                emittedText = true
            }
        }
        // Merge adjacent text pieces.
        var merged: [InlinePiece] = []
        for piece in out {
            if case .text(let b) = piece, case .text(let a)? = merged.last {
                merged[merged.count - 1] = .text(a + b)
            } else {
                merged.append(piece)
            }
        }
        // Trim trailing spaces.
        while let last = merged.last {
            if case .text(let t) = last {
                let trimmed = String(t.reversed().drop { $0 == " " }.reversed())
                if trimmed.isEmpty {
                    merged.removeLast()
                    continue
                }
                merged[merged.count - 1] = .text(trimmed)
            }
            break
        }
        return merged
    }

    /// Splits pieces at ICU sentence boundaries that are outside any paired tag and not after an abbreviation.
    static func splitSentences(_ pieces: [InlinePiece]) -> [[InlinePiece]] {
        var plain = ""
        for piece in pieces { if case .text(let t) = piece { plain += t } }
        let sentences = ICU.BreakIterator.sentences(plain, locale: ICU.Locale(identifier: "en"))
        guard sentences.count > 1 else { return [pieces] }
        // Boundaries as scalar offsets into `plain`.
        var boundaries: [Int] = []
        var offset = 0
        for (index, sentence) in sentences.enumerated() {
            offset += sentence.unicodeScalars.count
            if index == sentences.count - 1 { break }
            let trimmed = sentence.trimmingCharacters(in: .whitespaces)
            if abbreviations.contains(where: { endsWithWord(trimmed, $0) }) { continue }
            boundaries.append(offset)
        }
        guard !boundaries.isEmpty else { return [pieces] }
        var groups: [[InlinePiece]] = []
        var current: [InlinePiece] = []
        var position = 0
        var depth = 0
        var boundaryIndex = 0
        func cut() {
            if !current.isEmpty { groups.append(current) }
            current = []
        }
        for piece in pieces {
            switch piece {
            case .open:
                while boundaryIndex < boundaries.count && boundaries[boundaryIndex] <= position {
                    if depth == 0 && boundaries[boundaryIndex] == position { cut() }
                    boundaryIndex += 1
                }
                depth += 1
                current.append(piece)
            case .close:
                depth = max(0, depth - 1)
                current.append(piece)
            case .standalone:
                current.append(piece)
            case .text(let text):
                var buffer = ""
                for scalar in text.unicodeScalars {
                    while boundaryIndex < boundaries.count && boundaries[boundaryIndex] <= position {
                        if depth == 0 && boundaries[boundaryIndex] == position {
                            if !buffer.isEmpty { current.append(.text(buffer)) }
                            buffer = ""
                            cut()
                        }
                        boundaryIndex += 1
                    }
                    buffer.unicodeScalars.append(scalar)
                    position += 1
                }
                if !buffer.isEmpty { current.append(.text(buffer)) }
            }
        }
        cut()
        return groups.map(collapse)
    }

    private static func endsWithWord(_ text: String, _ word: String) -> Bool {
        guard text.hasSuffix(word) else { return false }
        let before = text.dropLast(word.count)
        guard let previous = before.last else { return true }
        return !previous.isLetter
    }

    /// Builds one message: wrappers moved outside, placeholders renumbered from 1, arguments found, ICU escaped.
    static func build(_ input: [InlinePiece], placeholders: [Int: Placeholder]) -> ComposedUnit? {
        var prefix: [PlaceholderMarkup] = []
        var reversedSuffix: [PlaceholderMarkup] = []
        // Peel standalone markup at either end and tags that wrap everything, moving two indices (not
        // removing elements) so 100,000 nested tags peel in linear time.
        var closeOf: [Int: Int] = [:]
        for (index, piece) in input.enumerated() {
            if case .close(let id) = piece, closeOf[id] == nil { closeOf[id] = index }
        }
        var low = 0
        var high = input.count - 1
        while low <= high {
            if case .standalone(let id) = input[low] {
                prefix.append(placeholders[id]!.open)
                low += 1
                continue
            }
            if case .standalone(let id) = input[high] {
                reversedSuffix.append(placeholders[id]!.open)
                high -= 1
                continue
            }
            if case .text(let t) = input[low], t.allSatisfy({ $0 == " " }) {
                low += 1
                continue
            }
            if case .text(let t) = input[high], t.allSatisfy({ $0 == " " }) {
                high -= 1
                continue
            }
            if low < high, case .open(let id) = input[low], case .close(let closing) = input[high], id == closing, closeOf[id] == high {
                prefix.append(placeholders[id]!.open)
                reversedSuffix.append(placeholders[id]!.close ?? .text(""))
                low += 1
                high -= 1
                continue
            }
            break
        }
        var pieces = low <= high ? Array(input[low...high]) : []
        let suffix = Array(reversedSuffix.reversed())
        // Trim spaces next to peeled markup.
        if case .text(let t)? = pieces.first { pieces[0] = .text(String(t.drop { $0 == " " })) }
        if case .text(let t)? = pieces.last { pieces[pieces.count - 1] = .text(String(t.reversed().drop { $0 == " " }.reversed())) }

        var source = ""
        // The source with tags spelled as before `<x1>` (`<1>`, `<2/>`): keys hash it, so the keys sites use
        // survived the change of tag names.
        var keySource = ""
        var plain = ""
        var local: [Int: Int] = [:]
        var table: [Int: Placeholder] = [:]
        var arguments: [String: String] = [:]
        var counters: [String: Int] = [:]
        func number(_ id: Int) -> Int {
            if let n = local[id] { return n }
            let n = table.count + 1
            local[id] = n
            table[n] = placeholders[id]!
            return n
        }
        // A literal "<" that would read as a tag ("<1>", "</2>", "<x1>") becomes a placeholder for "&lt;",
        // which HTML and Markdown both read as "<".
        func literalLessThan() -> Int {
            let n = table.count + 1
            table[n] = Placeholder(open: .text("&lt;"), close: nil, label: "a literal \u{201C}<\u{201D}")
            return n
        }
        for piece in pieces {
            switch piece {
            case .open(let id):
                let n = number(id)
                source += "<\(MarkupTag.name(forNumber: n))>"
                keySource += "<\(n)>"
            case .close(let id):
                let n = number(id)
                source += "</\(MarkupTag.name(forNumber: n))>"
                keySource += "</\(n)>"
            case .standalone(let id):
                let n = number(id)
                source += "<\(MarkupTag.name(forNumber: n))></\(MarkupTag.name(forNumber: n))>"
                keySource += "<\(n)/>"
            case .text(let text):
                for part in ArgumentScanner.scan(text) {
                    switch part {
                    case .literal(let literal):
                        let scalars = Array(literal.unicodeScalars)
                        var run = ""
                        for (k, scalar) in scalars.enumerated() {
                            let next = k + 1 < scalars.count ? scalars[k + 1] : nil
                            let afterSlash = k + 2 < scalars.count ? scalars[k + 2] : nil
                            let third = k + 3 < scalars.count ? scalars[k + 3] : nil
                            func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } == true }
                            let looksLikeTag =
                                scalar == "<"
                                && (isDigit(next) || (next == "/" && isDigit(afterSlash))
                                    || (next == "x" && isDigit(afterSlash)) || (next == "/" && afterSlash == "x" && isDigit(third)))
                            if looksLikeTag {
                                source += escapeICU(run)
                                keySource += escapeICU(run)
                                run = ""
                                let n = literalLessThan()
                                source += "<\(MarkupTag.name(forNumber: n))></\(MarkupTag.name(forNumber: n))>"
                                keySource += "<\(n)/>"
                            } else {
                                run.unicodeScalars.append(scalar)
                            }
                        }
                        source += escapeICU(run)
                        keySource += escapeICU(run)
                        plain += literal
                    case .argument(let kind, let original):
                        let n = (counters[kind] ?? 0) + 1
                        counters[kind] = n
                        let name = "\(kind)\(n)"
                        arguments[name] = original
                        source += "{\(name)}"
                        keySource += "{\(name)}"
                        plain += " "
                    }
                }
            }
        }
        // A message needs letters to translate: "(860) 695-8000." or "16,500" alone is kept as it is.
        guard plain.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
            guard !source.isEmpty || !prefix.isEmpty || !suffix.isEmpty else { return nil }
            return ComposedUnit(
                key: "", source: source, plainText: "", placeholders: table, arguments: arguments,
                prefix: prefix, suffix: suffix, wordCount: 0, isTranslatable: false)
        }
        let cleanPlain = UnitKey.collapseWhitespace(plain)
        let words = WordCount.of(source)
        return ComposedUnit(
            key: UnitKey.derive(source: keySource, plainText: cleanPlain), source: source, plainText: cleanPlain,
            placeholders: table, arguments: arguments, prefix: prefix, suffix: suffix, wordCount: words, isTranslatable: true)
    }

    /// Escapes literal text for ICU MessageFormat: apostrophes doubled, braces quoted. A run of
    /// braces (with apostrophes inside it) is quoted as one, so `{'}` cannot be misread.
    static func escapeICU(_ text: String) -> String {
        var out = ""
        var quoted = false
        for character in text {
            switch character {
            case "{", "}":
                if !quoted {
                    out += "'"
                    quoted = true
                }
                out.append(character)
            case "'":
                out += "''"
            default:
                if quoted {
                    out += "'"
                    quoted = false
                }
                out.append(character)
            }
        }
        if quoted { out += "'" }
        return out
    }
}
