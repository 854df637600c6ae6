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
