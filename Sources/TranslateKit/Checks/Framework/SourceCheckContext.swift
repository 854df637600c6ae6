import TranslateICU

/// What source checks know about the whole template: the glossary and the other units of each page.
public final class SourceCheckContext {
    public let template: Catalog
    public let glossary: Glossary?
    public let settings: CheckSettings
    /// The district's idioms (Glossary/idioms.csv), when it has the list.
    public let idioms: IdiomList?

    public init(template: Catalog, glossary: Glossary? = nil, idioms: IdiomList? = nil, settings: CheckSettings = CheckSettings()) {
        self.template = template
        self.glossary = glossary
        self.idioms = idioms
        self.settings = settings
    }

    /// Content file → the template's units extracted from it (a unit shared by pages is under each).
    public lazy var unitsByReference: [String: [CatalogEntry]] = {
        var result: [String: [CatalogEntry]] = [:]
        for entry in template.entries where !entry.isObsolete && !entry.isHeader {
            for reference in Self.files(entry.references) { result[reference, default: []].append(entry) }
        }
        return result
    }()

    /// The words of the glossary's English terms, made on first use (see AcronymCheck).
    var cachedGlossaryWords: Set<String>?

    /// The idioms, longer phrases first, so "keep you in the loop" wins over the "in the loop" inside it.
    /// Each with its lowercased UTF-8, for a quick byte search before the exact one.
    lazy var idiomsLongestFirst: [(idiom: IdiomList.Idiom, lowered: [UInt8])] =
        (idioms?.idioms ?? []).sorted { $0.phrase.count > $1.phrase.count }.map { ($0, Array($0.phrase.lowercased().utf8)) }

    /// `#:` lines list files separated by spaces, each possibly with a `:line` suffix.
    static func files(_ references: [String]) -> [String] {
        references.flatMap { $0.split(separator: " ") }.map { part in
            if let colon = part.lastIndex(of: ":"), part[part.index(after: colon)...].allSatisfy(\.isNumber), colon != part.startIndex {
                return String(part[..<colon])
            }
            return String(part)
        }
    }
}
