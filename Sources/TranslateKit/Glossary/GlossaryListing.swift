import TranslateICU

/// The glossary's terms in one language, in that language's alphabetical order, with likely duplicates.
public struct GlossaryListing: Sendable, Equatable, Codable {
    /// One term as listed.
    public struct Item: Sendable, Equatable, Codable {
        public var term: String
        public var english: String
        public var partOfSpeech: String
        public var definition: String
        public var status: String
        public var doNotTranslate: Bool
        /// The glossary line the row starts on.
        public var line: Int
    }

    /// Terms that collate equal at primary strength ("resume" / "résumé", "Rada" / "rada"): probably one concept twice.
    public struct Duplicate: Sendable, Equatable, Codable {
        public var terms: [String]
        public var lines: [Int]
    }

    public var language: String
    public var items: [Item]
    public var duplicates: [Duplicate]
    /// Rows with no term in this language.
    public var missing: Int

    /// Lists `glossary` in `language` sorted by `collator`; `primary` (the same collation at primary strength)
    /// finds the duplicates.
    public init(_ glossary: Glossary, language: String, collator: ICU.Collator, primary: ICU.Collator) {
        self.language = language
        let column = language == "en" ? "en" : glossary.column(for: language)
        var items: [Item] = []
        var missing = 0
        for entry in glossary.entries {
            // A do-not-translate name is its own term in every language.
            let term = column.flatMap { entry.term($0) } ?? (entry.doNotTranslate ? entry.english : nil)
            guard let term else {
                missing += 1
                continue
            }
            items.append(
                Item(
                    term: term, english: entry.english, partOfSpeech: entry.partOfSpeech, definition: entry.definition,
                    status: entry.status.rawValue, doNotTranslate: entry.doNotTranslate, line: entry.line))
        }
        // Ties (the same term on two rows) keep file order, so the listing is deterministic.
        self.items = items.enumerated().sorted { a, b in
            let order = collator.compare(a.element.term, b.element.term)
            return order != 0 ? order < 0 : a.offset < b.offset
        }.map(\.element)
        var duplicates: [Duplicate] = []
        var group: [Item] = []
        func flush() {
            // Rows that differ in status (preferred vs forbidden) are one concept on purpose, not duplicates.
            let distinct = Dictionary(grouping: group, by: \.status)
            for (_, same) in distinct.sorted(by: { $0.key < $1.key }) where same.count > 1 {
                duplicates.append(Duplicate(terms: same.map(\.term), lines: same.map(\.line)))
            }
        }
        for item in self.items {
            if let last = group.last, primary.compare(last.term, item.term) == 0 {
                group.append(item)
            } else {
                flush()
                group = [item]
            }
        }
        flush()
        self.duplicates = duplicates
        self.missing = missing
    }
}
