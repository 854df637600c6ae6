import Foundation
import TranslateICU

/// One translatable message found in a content file: what a translator sees as one PO entry.
///
/// Placeholder scheme (documented in Docs and on every entry's `#.` notes):
/// - inline markup becomes numbered tags, react-intl rich-text style: `<x1>…</x1>` for an element
///   with content (a link, bold text), the empty pair `<x2></x2>` for one without (a line break, an
///   image, inline code, a `translate="no"` name): FormatJS reads a tag only when its name starts with
///   a letter, and has no self-closing elements. Numbers start at 1 in every message, in source order.
/// - URLs, e-mail addresses and phone numbers become simple ICU arguments `{url1}`, `{email1}`,
///   `{phone1}`, numbered per kind in every message.
/// Translators move these but never type new ones: the page renderer escapes anything else.
public struct ExtractedUnit: Hashable, Sendable {
    /// The stable key (PO msgctxt).
    public var key: String
    /// The English source as an ICU MessageFormat string (PO msgid).
    public var source: String
    /// Files the message occurs in, relative to the project root (no line numbers).
    public var references: [String]
    /// Notes for translators (PO `#.`): where the text sits and what its placeholders stand for.
    public var notes: [String]
    /// Words in the source, as ICU's word break iterator counts them, placeholders excluded.
    public var wordCount: Int
    /// PO flags such as `critical` or `sms`, from `data-i18n-flags` or an `<!-- i18n: … -->` line.
    public var flags: [String]

    /// Creates a unit; `references` are project-relative file paths.
    public init(key: String, source: String, references: [String], notes: [String] = [], wordCount: Int, flags: [String] = []) {
        self.key = key
        self.source = source
        self.references = references
        self.notes = notes
        self.wordCount = wordCount
        self.flags = flags
    }

    /// The unit as a POT entry: key in msgctxt, source in msgid, empty translation.
    public var catalogEntry: CatalogEntry {
        CatalogEntry(key: key, source: source, extractedComments: notes, references: references, flags: flags)
    }
}

/// Stable keys: the same normalized text always gets the same key, whatever page it is on.
public enum UnitKey {
    /// `slug.hash`: a readable slug of the first words and the first 10 hex digits of the 64-bit
    /// FNV-1a hash of the NFC-normalized, whitespace-collapsed source.
    public static func derive(source: String, plainText: String) -> String {
        "\(slug(plainText)).\(hash(source))"
    }

    /// First 10 hex digits of FNV-1a 64 over the UTF-8 of the normalized source.
    public static func hash(_ source: String) -> String {
        let normalized = ICU.Normalizer.normalize(collapseWhitespace(source), form: .nfc)
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normalized.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }

    /// Lowercase ASCII words (accents dropped), at most four words and 32 characters; "text" when none.
    public static func slug(_ text: String) -> String {
        let folded = ICU.Normalizer.normalize(text, form: .nfkd)
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                current.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
                if words.count == 4 { break }
            }
        }
        if !current.isEmpty && words.count < 4 { words.append(current.lowercased()) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > 32 { break }
            slug = next
        }
        return slug.isEmpty ? "text" : slug
    }

    static func collapseWhitespace(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}

/// Original markup that a placeholder stands for, restored when a page is rendered.
public enum PlaceholderMarkup: Hashable, Sendable {
    /// Literal source text (Markdown syntax, for instance).
    case text(String)
    /// A range of tokens of the HTML document, serialized again on output (so their translatable
    /// attributes are translated too).
    case tokens(Range<Int>)
}

/// What a numbered placeholder tag stands for.
public struct Placeholder: Hashable, Sendable {
    /// The opening markup, or the whole element for a self-closing placeholder.
    public var open: PlaceholderMarkup
    /// The closing markup; nil for placeholders without content (`<x2></x2>`).
    public var close: PlaceholderMarkup?
    /// A short description for translators, e.g. "link" or "line break".
    public var label: String

    /// Creates a placeholder; pass nil `close` for one without content (`<x2></x2>`).
    public init(open: PlaceholderMarkup, close: PlaceholderMarkup?, label: String) {
        self.open = open
        self.close = close
        self.label = label
    }
}

/// A piece of a block's inline content, before it becomes a message.
enum InlinePiece: Hashable {
    case text(String)
    case open(Int)
    case close(Int)
    case standalone(Int)
}

/// A block's inline content: text and placeholder markers, with the markup they stand for.
struct InlineContent {
    var pieces: [InlinePiece] = []
    /// By block-wide placeholder id.
    var placeholders: [Int: Placeholder] = [:]
    private var nextID = 1

    mutating func add(_ placeholder: Placeholder) -> Int {
        let id = nextID
        nextID += 1
        placeholders[id] = placeholder
        return id
    }

    var hasText: Bool {
        pieces.contains { if case .text(let t) = $0 { return t.contains { !$0.isWhitespace } } else { return false } }
    }
}

/// A message made from (part of) a block, with everything needed to render its translation.
public struct ComposedUnit: Hashable, Sendable {
    /// The stable key (empty for parts that are not messages).
    public var key: String
    /// ICU MessageFormat source with numbered tags and arguments.
    public var source: String
    /// Plain text (no placeholders), for word counts and slugs.
    public var plainText: String
    /// Local placeholder number → markup.
    public var placeholders: [Int: Placeholder]
    /// Argument name → original text (`url1` → "https://…").
    public var arguments: [String: String]
    /// Markup that wrapped the whole message (kept outside it, so "Home" in a link is just "Home").
    public var prefix: [PlaceholderMarkup]
    /// Markup written after the message (see `prefix`).
    public var suffix: [PlaceholderMarkup]
    /// Words, as ICU counts them.
    public var wordCount: Int
    /// False for a part without letters (a phone number alone, "2024–2025"): kept as it is, never a message.
    public var isTranslatable: Bool

    /// Notes for translators about the placeholders and arguments.
    public var placeholderNotes: [String] {
        var notes: [String] = []
        for number in placeholders.keys.sorted() {
            let placeholder = placeholders[number]!
            let name = MarkupTag.name(forNumber: number)
            notes.append(placeholder.close == nil ? "<\(name)></\(name)> = \(placeholder.label)" : "<\(name)>…</\(name)> = \(placeholder.label)")
        }
        for name in arguments.keys.sorted() {
            notes.append("{\(name)} = \(arguments[name]!)")
        }
        return notes
    }
}

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
                if trimmed.isEmpty { merged.removeLast(); continue }
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
        var low = 0, high = input.count - 1
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
            if case .text(let t) = input[low], t.allSatisfy({ $0 == " " }) { low += 1; continue }
            if case .text(let t) = input[high], t.allSatisfy({ $0 == " " }) { high -= 1; continue }
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
                            let looksLikeTag = scalar == "<" && (isDigit(next) || (next == "/" && isDigit(afterSlash))
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
            return ComposedUnit(key: "", source: source, plainText: "", placeholders: table, arguments: arguments,
                                prefix: prefix, suffix: suffix, wordCount: 0, isTranslatable: false)
        }
        let cleanPlain = UnitKey.collapseWhitespace(plain)
        let words = WordCount.of(source)
        return ComposedUnit(key: UnitKey.derive(source: keySource, plainText: cleanPlain), source: source, plainText: cleanPlain,
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
                if !quoted { out += "'"; quoted = true }
                out.append(character)
            case "'":
                out += "''"
            default:
                if quoted { out += "'"; quoted = false }
                out.append(character)
            }
        }
        if quoted { out += "'" }
        return out
    }
}

/// Finds URLs, e-mail addresses and phone numbers in text: they become arguments, never translated.
enum ArgumentScanner {
    enum Part: Equatable {
        case literal(String)
        /// kind is "url", "email" or "phone".
        case argument(kind: String, original: String)
    }

    static func scan(_ text: String) -> [Part] {
        let scalars = Array(text.unicodeScalars)
        var parts: [Part] = []
        var literal = ""
        var i = 0
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
        }
        func string(_ range: Range<Int>) -> String {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[range])
            return s
        }
        let atWordStart = { (index: Int) -> Bool in index == 0 || !isWordScalar(scalars[index - 1]) }
        while i < scalars.count {
            if atWordStart(i), let end = matchURL(scalars, i) {
                flush(); parts.append(.argument(kind: "url", original: string(i..<end))); i = end; continue
            }
            if atWordStart(i), let end = matchEmail(scalars, i) {
                flush(); parts.append(.argument(kind: "email", original: string(i..<end))); i = end; continue
            }
            if atWordStart(i), let end = matchPhone(scalars, i) {
                flush(); parts.append(.argument(kind: "phone", original: string(i..<end))); i = end; continue
            }
            literal.unicodeScalars.append(scalars[i])
            i += 1
        }
        flush()
        return parts
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_"
    }

    private static func isURLScalar(_ s: Unicode.Scalar) -> Bool {
        !s.properties.isWhitespace && !"<>\"'(){}[]".unicodeScalars.contains(s)
    }

    /// Trailing punctuation belongs to the sentence, not the URL.
    private static func trimTrailing(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, ".,;:!?".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        return end
    }

    static func matchURL(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let rest = String(String.UnicodeScalarView(s[i..<min(s.count, i + 8)])).lowercased()
        let prefixLength: Int
        if rest.hasPrefix("https://") { prefixLength = 8 }
        else if rest.hasPrefix("http://") { prefixLength = 7 }
        else if rest.hasPrefix("www.") { prefixLength = 4 }
        else { return nil }
        var end = i + prefixLength
        while end < s.count, isURLScalar(s[end]) { end += 1 }
        end = trimTrailing(s, i, end)
        return end > i + prefixLength ? end : nil
    }

    static func matchEmail(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let local: (Unicode.Scalar) -> Bool = { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._%+-".unicodeScalars.contains($0)) }
        var at = i
        while at < s.count, local(s[at]) { at += 1 }
        guard at > i, at < s.count, s[at] == "@" else { return nil }
        let domain: (Unicode.Scalar) -> Bool = { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "-") }
        var end = at + 1
        while end < s.count, domain(s[end]) { end += 1 }
        end = trimTrailing(s, at + 1, end)
        let host = String(String.UnicodeScalarView(s[(at + 1)..<end]))
        guard host.contains("."), !host.hasSuffix("."), let last = host.split(separator: ".").last, last.count >= 2 else { return nil }
        return end
    }

    /// North American numbers as the district writes them: (860) 695-8000, 860-695-8000, +1 (860) 294-4955.
    static func matchPhone(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i
        if j < s.count, s[j] == "+" {
            j += 1
            guard j < s.count, s[j] == "1" else { return nil }
            j += 1
            guard j < s.count, s[j] == " " || s[j] == "-" else { return nil }
            j += 1
        }
        func digits(_ count: Int) -> Bool {
            for _ in 0..<count {
                guard j < s.count, ("0"..."9").contains(s[j]) else { return false }
                j += 1
            }
            return true
        }
        if j < s.count, s[j] == "(" {
            j += 1
            guard digits(3), j < s.count, s[j] == ")" else { return nil }
            j += 1
            if j < s.count, s[j] == " " { j += 1 }
        } else {
            guard digits(3), j < s.count, s[j] == "-" || s[j] == "." else { return nil }
            j += 1
        }
        guard digits(3), j < s.count, s[j] == "-" || s[j] == "." else { return nil }
        j += 1
        guard digits(4) else { return nil }
        if j < s.count, ("0"..."9").contains(s[j]) { return nil }
        return j
    }
}
