import Foundation

/// The file formats translations travel in to vendors and volunteers.
public enum ExchangeFormat: String, Sendable, CaseIterable, Codable {
    /// XLIFF 2.1 (OASIS), what current CAT tools and vendors take.
    case xliff
    /// XLIFF 1.2, for older CAT tools.
    case xliff12
    /// A flat JSON object: key → ICU message (translated entries only).
    case json
    /// A sheet for volunteers: key, source, translation, state, note.
    case csv

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .xliff, .xliff12: return "xlf"
        case .json: return "json"
        case .csv: return "csv"
        }
    }

    /// The format a file is in, from its extension and, for XLIFF, its version attribute.
    public static func detect(path: String, text: String) -> ExchangeFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".xlf") || lower.hasSuffix(".xliff") || text.contains("<xliff") {
            let head = String(text.prefix(4096))
            if head.contains(XLIFFDocument.namespace) { return .xliff }
            // XLIFF 1.x: its namespace, or an <xliff version="1.x"> root (the XML declaration's version does not count).
            if head.contains("urn:oasis:names:tc:xliff:document:1.") || head.range(of: #"<xliff[^>]*version\s*=\s*["']1\."#, options: .regularExpression) != nil
            {
                return .xliff12
            }
            return .xliff
        }
        return nil
    }
}

/// One message as it travels: the key, the English, the translation and its state.
public struct ExchangeUnit: Sendable, Equatable {
    public var key: String
    /// The English source as exported; nil in formats that do not carry it (JSON).
    public var source: String?
    /// The translation ("" when there is none).
    public var target: String
    /// The state the file gives; nil when it gives none.
    public var state: EntryState?
    /// Notes for translators (the catalog's extracted comments).
    public var notes: [String]
    /// Where the unit starts in the file it was read from.
    public var position: TextPosition?

    public init(key: String, source: String?, target: String, state: EntryState?, notes: [String] = [], position: TextPosition? = nil) {
        self.key = key
        self.source = source
        self.target = target
        self.state = state
        self.notes = notes
        self.position = position
    }
}

/// The units of one language, as exported or as read back.
public struct ExchangeDocument: Sendable, Equatable {
    public var sourceLanguage: String
    /// The translation's language; nil when the file does not say (JSON, CSV).
    public var targetLanguage: String?
    public var units: [ExchangeUnit]

    public init(sourceLanguage: String = "en", targetLanguage: String?, units: [ExchangeUnit]) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
    }

    /// The units to export from a catalog: every current message with a key, gettext plural entries left out
    /// (their msgstr[n] forms have no place in these formats).
    public init(catalog: Catalog, language: String, sourceLanguage: String = "en") {
        var seen: Set<String> = []
        var units: [ExchangeUnit] = []
        for entry in catalog.entries where !entry.isObsolete && !entry.isHeader && entry.sourcePlural == nil {
            guard seen.insert(entry.effectiveKey).inserted else { continue }
            units.append(
                ExchangeUnit(
                    key: entry.effectiveKey, source: entry.source, target: entry.translation,
                    state: entry.state, notes: entry.extractedComments))
        }
        self.init(sourceLanguage: sourceLanguage, targetLanguage: language, units: units)
    }

    /// The document in `format`; `byteOrderMark` puts a UTF-8 BOM first (Excel needs it to read CSV as UTF-8).
    public func encoded(as format: ExchangeFormat, byteOrderMark: Bool = false) throws -> Data {
        let text: String
        switch format {
        case .xliff: text = try XLIFFDocument.write(self)
        case .xliff12: text = try XLIFF12Document.write(self)
        case .json: text = ExchangeJSON.write(self)
        case .csv: text = ExchangeCSV.write(self)
        }
        return (byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
    }

    /// Reads an exchange file's text (decoded by TextFile). A malformed file throws with path:line:column.
    public static func read(_ text: String, format: ExchangeFormat, path: String) throws -> ExchangeDocument {
        switch format {
        case .xliff: return try XLIFFDocument.read(text, path: path)
        case .xliff12: return try XLIFF12Document.read(text, path: path)
        case .json: return try ExchangeJSON.read(text, path: path)
        case .csv: return try ExchangeCSV.read(text, path: path)
        }
    }
}
