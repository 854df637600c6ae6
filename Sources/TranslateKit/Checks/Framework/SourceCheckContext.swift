import TranslateICU

/// What source checks know about the whole template: the glossary and the other units of each page.
public final class SourceCheckContext {
    public let template: Catalog
    public let glossary: Glossary?
    public let settings: CheckSettings
    /// The district's idioms (Glossary/idioms.csv), when it has the list.
    public let idioms: IdiomList?
    /// Abbreviations read as they are (Glossary/abbreviations.csv: "PDF", "MB"), which the acronym check allows.
    public let abbreviations: AbbreviationList?

    public init(
        template: Catalog, glossary: Glossary? = nil, idioms: IdiomList? = nil, abbreviations: AbbreviationList? = nil,
        settings: CheckSettings = CheckSettings()
    ) {
        self.template = template
        self.glossary = glossary
        self.idioms = idioms
        self.abbreviations = abbreviations
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

    /// `file:line` → the template's units that start on that line of that page (references that carry lines only).
    public lazy var unitsByLine: [String: [CatalogEntry]] = {
        var result: [String: [CatalogEntry]] = [:]
        for entry in template.entries where !entry.isObsolete && !entry.isHeader {
            for reference in entry.references.flatMap({ $0.split(separator: " ") }) where ContentReference(reference).line != nil {
                result[String(reference), default: []].append(entry)
            }
        }
        return result
    }()

    /// Syllables per word, counted once per run: most words of a site recur on every page.
    var syllableCache: [Substring: Int] = [:]

    /// A word's syllables through the cache.
    func syllables(_ word: Substring) -> Int {
        if let known = syllableCache[word] { return known }
        let count = EnglishSyllables.count(word)
        syllableCache[word] = count
        return count
    }

    /// The words of the glossary's English terms, made on first use (see AcronymCheck).
    var cachedGlossaryWords: Set<String>?

    /// The idioms, longer phrases first, so "keep you in the loop" wins over the "in the loop" inside it.
    /// Each with its lowercased UTF-8, for a quick byte search before the exact one.
    lazy var idiomsLongestFirst: [(idiom: IdiomList.Idiom, lowered: [UInt8])] =
        (idioms?.idioms ?? []).sorted { $0.phrase.count > $1.phrase.count }.map { ($0, Array($0.phrase.lowercased().utf8)) }

    /// `#:` lines list files separated by spaces, each possibly with a `:line` suffix: the files, each once.
    static func files(_ references: [String]) -> [String] { ContentReference.files(references) }
}
