/// A piece of a TMX `<seg>`: text, or an inline code element with its own content.
public enum TMXInline: Hashable, Sendable {
    case text(String)
    case code(TMXCode)
}

/// An inline code of TMX 1.4b (`ph`, `bpt`, `ept`, `it`, `hi`, `ut`, `sub`), kept with all its attributes.
public struct TMXCode: Hashable, Sendable {
    /// The element name: ph, bpt, ept, it, hi, ut or sub.
    public var element: String
    /// Attributes by name (i, x, type, pos, assoc); written sorted by name.
    public var attributes: [String: String]
    /// The element's content: native code text for ph/bpt/ept/it/ut, translatable text for hi/sub.
    public var content: [TMXInline]

    public init(element: String, attributes: [String: String] = [:], content: [TMXInline] = []) {
        self.element = element
        self.attributes = attributes
        self.content = content
    }
}

/// A `<prop type="…">` or `<note>`: metadata kept as read.
public struct TMXProperty: Hashable, Sendable {
    public var type: String
    public var value: String
    /// xml:lang of the property, when present.
    public var language: String?

    public init(type: String, value: String, language: String? = nil) {
        self.type = type
        self.value = value
        self.language = language
    }
}

/// A `<tuv>`: one language's text of a unit.
public struct TMXVariant: Hashable, Sendable {
    /// The language code normalized to BCP 47 case (en-US), whatever the file wrote.
    public var language: String
    public var segment: [TMXInline]
    /// Other attributes (creationdate, changedate, creationid, usagecount…) by name.
    public var attributes: [String: String]
    public var properties: [TMXProperty]
    public var notes: [String]

    public init(
        language: String, segment: [TMXInline], attributes: [String: String] = [:],
        properties: [TMXProperty] = [], notes: [String] = []
    ) {
        self.language = language
        self.segment = segment
        self.attributes = attributes
        self.properties = properties
        self.notes = notes
    }

    /// The segment as plain text, with inline codes' native content in place.
    public var text: String { TMXInline.plainText(segment) }
}

/// A `<tu>`: a source text and its translations.
public struct TMXUnit: Hashable, Sendable {
    /// Attributes of `<tu>` (tuid, creationdate, changedate, srclang, usagecount…) by name.
    public var attributes: [String: String]
    public var properties: [TMXProperty]
    public var notes: [String]
    public var variants: [TMXVariant]

    public init(
        attributes: [String: String] = [:], properties: [TMXProperty] = [], notes: [String] = [],
        variants: [TMXVariant] = []
    ) {
        self.attributes = attributes
        self.properties = properties
        self.notes = notes
        self.variants = variants
    }

    /// The first property of a type.
    public func property(_ type: String) -> String? { properties.first { $0.type == type }?.value }

    /// The variant for a language: exact tag first, then the same primary language.
    public func variant(for language: String) -> TMXVariant? {
        if let exact = variants.first(where: { $0.language.lowercased() == language.lowercased() }) { return exact }
        let primary = TMXLanguage.primary(language)
        return variants.first { TMXLanguage.primary($0.language) == primary }
    }
}

/// A whole TMX file: the header and the units, in file order.
public struct TMXDocument: Hashable, Sendable {
    /// The `version` attribute of `<tmx>` ("1.4" from OmegaT, "1.4b" elsewhere).
    public var version: String
    /// Attributes of `<header>` (creationtool, srclang, datatype, segtype, o-tmf, adminlang…).
    public var header: [String: String]
    public var headerProperties: [TMXProperty]
    public var headerNotes: [String]
    public var units: [TMXUnit]

    public init(
        version: String = "1.4", header: [String: String] = [:], headerProperties: [TMXProperty] = [],
        headerNotes: [String] = [], units: [TMXUnit] = []
    ) {
        self.version = version
        self.header = header
        self.headerProperties = headerProperties
        self.headerNotes = headerNotes
        self.units = units
    }

    /// The header's source language, nil when it is "*all*" (any variant may be the source).
    public var sourceLanguage: String? {
        guard let value = header["srclang"], value != "*all*" else { return nil }
        return TMXLanguage.normalize(value)
    }
}

extension TMXInline {
    /// Plain text of inline content: text, plus the native content of codes.
    public static func plainText(_ parts: [TMXInline]) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .code(let code): result += plainText(code.content)
            }
        }
        return result
    }

    /// Merges neighbouring text parts and drops empty ones, so equal content compares equal.
    public static func coalesced(_ parts: [TMXInline]) -> [TMXInline] {
        var result: [TMXInline] = []
        for part in parts {
            switch part {
            case .text(let text):
                if text.isEmpty { continue }
                if case .text(let previous)? = result.last { result[result.count - 1] = .text(previous + text) } else { result.append(part) }
            case .code(var code):
                code.content = coalesced(code.content)
                result.append(.code(code))
            }
        }
        return result
    }
}

/// Language codes as tools write them (en-US, EN-US, en_US, en-us) brought to one form.
public enum TMXLanguage {
    /// BCP 47 casing: language lower, script title, region upper; underscores become hyphens.
    public static func normalize(_ code: String) -> String {
        let parts = code.trimmingSpaces().replacingUnderscores().split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first else { return code }
        var result = [first.lowercased()]
        for part in parts.dropFirst() {
            if part.count == 4, part.allSatisfy({ $0.isLetter }) {
                result.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else if (part.count == 2 && part.allSatisfy({ $0.isLetter })) || (part.count == 3 && part.allSatisfy({ $0.isNumber })) {
                result.append(part.uppercased())
            } else {
                result.append(part.lowercased())
            }
        }
        return result.joined(separator: "-")
    }

    /// The primary language subtag, lowercased ("pt" for "pt-BR").
    public static func primary(_ code: String) -> String {
        String(normalize(code).split(separator: "-").first ?? "")
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
