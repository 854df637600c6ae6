import TranslateICU

/// How far a catalog's translation has come: messages and English source words by state.
/// The header and obsolete entries are not counted.
public struct CatalogStatistics: Codable, Equatable, Sendable {
    /// A number of messages and the English words in them.
    public struct Count: Codable, Equatable, Sendable {
        public var messages: Int
        public var words: Int

        /// A count of messages and words.
        public init(messages: Int = 0, words: Int = 0) {
            self.messages = messages
            self.words = words
        }
    }

    /// Translated and reviewed.
    public var translated = Count()
    /// Translated but marked fuzzy (needs review; not shipped).
    public var fuzzy = Count()
    /// No translation yet.
    public var untranslated = Count()

    /// All counted messages.
    public var total: Count {
        Count(
            messages: translated.messages + fuzzy.messages + untranslated.messages,
            words: translated.words + fuzzy.words + untranslated.words)
    }

    /// Percent of source words translated (fuzzy does not count); by messages when there are
    /// no words (sources of only numbers or symbols); 100 for an empty catalog.
    public var percentComplete: Double {
        let all = total
        if all.words > 0 { return 100 * Double(translated.words) / Double(all.words) }
        if all.messages > 0 { return 100 * Double(translated.messages) / Double(all.messages) }
        return 100
    }

    /// Statistics from known counts (for sums over several catalogs).
    public init(translated: Count = Count(), fuzzy: Count = Count(), untranslated: Count = Count()) {
        self.translated = translated
        self.fuzzy = fuzzy
        self.untranslated = untranslated
    }

    /// Counts a catalog; words as WordCount counts the English source.
    public init(catalog: Catalog) {
        for entry in catalog.entries where !entry.isObsolete && !entry.isHeader {
            let words = WordCount.of(entry.source)
            switch entry.state {
            case .translated:
                translated.messages += 1
                translated.words += words
            case .fuzzy:
                fuzzy.messages += 1
                fuzzy.words += words
            case .untranslated:
                untranslated.messages += 1
                untranslated.words += words
            }
        }
    }
}
