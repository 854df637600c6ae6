import TranslateICU

/// A match band of an analysis, in the order memoQ and Trados report them.
public enum AnalysisBand: String, CaseIterable, Codable, Sendable {
    case inContext = "101%"
    case repetition = "repetitions"
    case exact = "100%"
    case high = "95-99%"
    case good = "85-94%"
    case fair = "75-84%"
    case low = "50-74%"
    case noMatch = "no match"

    /// The band of a memory score (0–101).
    public static func band(score: Int?) -> AnalysisBand {
        switch score ?? -1 {
        case 101...: return .inContext
        case 100: return .exact
        case 95...99: return .high
        case 85...94: return .good
        case 75...84: return .fair
        case 50...74: return .low
        default: return .noMatch
        }
    }
}

/// Segments and words per band for one language.
public struct MemoryAnalysis: Codable, Equatable, Sendable {
    public struct Count: Codable, Equatable, Sendable {
        public var segments = 0
        public var words = 0
    }

    public var language: String
    /// Counts by band, every band present.
    public var bands: [AnalysisBand: Count]

    public var total: Count {
        bands.values.reduce(into: Count()) {
            $0.segments += $1.segments
            $0.words += $1.words
        }
    }

    /// Analyses a catalog's active messages against a memory. A 101% match counts as such even
    /// when repeated (as in memoQ); otherwise later occurrences of a source already seen in the
    /// job are repetitions; the rest take the band of their best match.
    public static func analyze(_ catalog: Catalog, index: MemoryIndex, language: String) -> MemoryAnalysis {
        var bands = Dictionary(uniqueKeysWithValues: AnalysisBand.allCases.map { ($0, Count()) })
        let active = catalog.entries.filter { !$0.isObsolete && !$0.isHeader }
        var seen: Set<String> = []
        // The best match at 75 and above decides its band; below, only whether one reaches 50.
        let found = index.bands(of: MemoryQuery.inOrder(active))
        for (position, entry) in active.enumerated() {
            let score = found[position]
            var band = AnalysisBand.band(score: score)
            if band != .inContext && seen.contains(entry.source) { band = .repetition }
            seen.insert(entry.source)
            let words = WordCount.of(entry.source)
            bands[band]!.segments += 1
            bands[band]!.words += words
        }
        return MemoryAnalysis(language: language, bands: bands)
    }
}
