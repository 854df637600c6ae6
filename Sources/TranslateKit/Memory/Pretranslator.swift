/// How pretranslation treats matches.
public struct PretranslationOptions: Sendable {
    /// State given to 100% (not in-context) matches: fuzzy (reviewed before shipping) by default.
    public var exactMatchState: EntryState
    /// Fuzzy matches at or above this score become a `#.` suggestion.
    public var minimumSuggestionScore: Int

    public init(exactMatchState: EntryState = .fuzzy, minimumSuggestionScore: Int = 75) {
        self.exactMatchState = exactMatchState
        self.minimumSuggestionScore = minimumSuggestionScore
    }
}

/// What pretranslation did to one catalog.
public struct PretranslationSummary: Equatable, Sendable, Codable {
    public var inContext = 0
    public var exact = 0
    public var suggested = 0
    public var unmatched = 0

    public init() {}
}

/// Fills untranslated entries from the memory. Only untranslated entries are touched: a
/// translation someone made, fuzzy or not, is never replaced.
public enum Pretranslator {
    /// Prefix of the `#.` comments pretranslation writes, so a new run replaces its own old ones.
    public static let suggestionPrefix = "TM suggestion "

    public static func pretranslate(
        _ catalog: Catalog, index: MemoryIndex,
        options: PretranslationOptions = PretranslationOptions()
    ) -> (Catalog, PretranslationSummary) {
        var result = catalog
        var summary = PretranslationSummary()
        let active = catalog.entries.indices.filter { !catalog.entries[$0].isObsolete && !catalog.entries[$0].isHeader }
        let queries = MemoryQuery.inOrder(active.map { catalog.entries[$0] })
        var wanted: [(index: Int, query: MemoryQuery)] = []
        for (position, index_) in active.enumerated() {
            let entry = catalog.entries[index_]
            guard entry.state == .untranslated, entry.sourcePlural == nil else { continue }
            wanted.append((index_, queries[position]))
        }
        let found = index.lookup(all: wanted.map(\.query), limit: 1, minimumScore: options.minimumSuggestionScore)
        for (w, (index_, _)) in wanted.enumerated() {
            var entry = result.entries[index_]
            entry.extractedComments.removeAll { $0.hasPrefix(suggestionPrefix) }
            let best = found[w].first
            switch best?.score {
            case 101?:
                entry.translation = best!.target
                entry.setFlag("fuzzy", false)
                summary.inContext += 1
            case 100?:
                entry.translation = best!.target
                entry.setFlag("fuzzy", options.exactMatchState != .translated)
                summary.exact += 1
            case let score?:
                let origin = best!.unit.origin ?? "memory"
                entry.extractedComments.append("\(suggestionPrefix)\(score)% (\(origin)): \(best!.target)")
                summary.suggested += 1
            case nil:
                summary.unmatched += 1
            }
            result.entries[index_] = entry
        }
        return (result, summary)
    }
}
