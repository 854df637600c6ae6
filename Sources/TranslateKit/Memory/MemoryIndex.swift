/// A match from the memory: the unit, how close its source is (0–100, 101 in context) and
/// its translation with the query's numbers, dates, times and placeholders carried over.
public struct MemoryMatch: Hashable, Sendable {
    public var unit: MemoryUnit
    /// 101: same source in the same context; 100: same source; below: fuzzy.
    public var score: Int
    /// The unit's translation adapted to the query (spans carried over).
    public var target: String

    public var isInContext: Bool { score == 101 }
}

/// What a lookup is about: the text and, when known, its key and neighbours for 101% matches.
public struct MemoryQuery: Sendable {
    public var text: String
    public var key: String?
    public var previousSource: String?
    public var nextSource: String?

    public init(_ text: String, key: String? = nil, previousSource: String? = nil, nextSource: String? = nil) {
        self.text = text
        self.key = key
        self.previousSource = previousSource
        self.nextSource = nextSource
    }
}

/// Finds fuzzy matches without scoring every unit: a trigram inverted index over the
/// normalized sources gives, for each candidate, how many trigrams it shares with the query,
/// which bounds its edit distance from below (each edit destroys at most three trigrams).
/// Candidates are verified best bound first with a bounded bit-parallel edit distance, and
/// the search stops when no remaining bound can beat what was found, so the result equals
/// scoring everything.
public struct MemoryIndex: Sendable {
    public let memory: TranslationMemory
    /// Distinct sources and the units that carry each.
    let entries: [MatchText]
    let unitsOfEntry: [[Int]]
    private let postingUnits: [UInt64: [Int32]]
    private let postingCounts: [UInt64: [UInt16]]
    /// Entry indices by normalized length, for the rare candidates sharing no trigram.
    private let entriesByLength: [Int: [Int32]]
    static let q = 3
    static let pad: UInt32 = 0x10FFFD

    public init(_ memory: TranslationMemory) {
        self.memory = memory
        var entryOfSource: [String: Int] = [:]
        var entries: [MatchText] = []
        var unitsOfEntry: [[Int]] = []
        for (index, unit) in memory.units.enumerated() {
            let source = unit.sourceText
            if let e = entryOfSource[source] { unitsOfEntry[e].append(index); continue }
            entryOfSource[source] = entries.count
            entries.append(MatchText(source))
            unitsOfEntry.append([index])
        }
        var postingUnits: [UInt64: [Int32]] = [:]
        var postingCounts: [UInt64: [UInt16]] = [:]
        var byLength: [Int: [Int32]] = [:]
        for (e, entry) in entries.enumerated() {
            byLength[entry.scalars.count, default: []].append(Int32(e))
            for (gram, count) in Self.grams(entry.scalars) {
                postingUnits[gram, default: []].append(Int32(e))
                postingCounts[gram, default: []].append(UInt16(min(count, Int(UInt16.max))))
            }
        }
        self.entries = entries
        self.unitsOfEntry = unitsOfEntry
        self.postingUnits = postingUnits
        self.postingCounts = postingCounts
        self.entriesByLength = byLength
    }

    /// The multiset of padded trigrams of a normalized text.
    static func grams(_ s: [UInt32]) -> [UInt64: Int] {
        let padded = [pad, pad] + s + [pad, pad]
        var result: [UInt64: Int] = [:]
        result.reserveCapacity(padded.count)
        for i in 0..<(padded.count - 2) {
            let gram = UInt64(padded[i]) << 42 | UInt64(padded[i + 1]) << 21 | UInt64(padded[i + 2])
            result[gram, default: 0] += 1
        }
        return result
    }

    /// Score 0–100 from a distance over normalized lengths.
    static func score(distance: Int, longest: Int) -> Int {
        guard longest > 0 else { return 100 }
        return max(0, (100 * (longest - distance)) / longest)
    }

    /// The largest distance that still reaches `minimum` for this length.
    static func bound(for minimum: Int, longest: Int) -> Int {
        var d = longest
        while d > 0 && score(distance: d, longest: longest) < minimum { d -= 1 }
        return d
    }

    /// The best entries (distinct sources) for a normalized query: (entry, fuzzy score), best
    /// first, ties in entry order. Identical to `bruteForce` by construction.
    func bestEntries(_ query: MatchText, limit: Int, minimumScore: Int) -> [(entry: Int, score: Int)] {
        let m = query.scalars.count
        let pattern = BoundedEditDistance(query.scalars)
        var shared = [Int32](repeating: 0, count: entries.count)
        var touched: [Int32] = []
        for (gram, count) in Self.grams(query.scalars) {
            guard let units = postingUnits[gram], let counts = postingCounts[gram] else { continue }
            for k in 0..<units.count {
                let e = Int(units[k])
                if shared[e] == 0 { touched.append(units[k]) }
                shared[e] += Int32(min(count, Int(counts[k])))
            }
        }
        func upperBound(_ e: Int, _ common: Int) -> Int {
            let length = entries[e].scalars.count
            let longest = max(m, length)
            let byGrams = (longest + Self.q - 1 - common + Self.q - 1) / Self.q
            return Self.score(distance: max(abs(m - length), byGrams), longest: longest)
        }
        // Bucket candidates by bound (a counting sort): cheaper than sorting tens of thousands.
        var buckets = [[Int32]](repeating: [], count: 101)
        for e in touched {
            let bound = upperBound(Int(e), Int(shared[Int(e)]))
            if bound >= minimumScore { buckets[bound].append(e) }
        }
        var best: [(entry: Int, score: Int)] = []
        func threshold() -> Int { best.count < limit ? minimumScore : best[best.count - 1].score }
        func consider(_ e: Int) {
            let length = entries[e].scalars.count
            let longest = max(m, length)
            let floor = threshold()
            guard let distance = pattern.distance(to: entries[e].scalars, bound: Self.bound(for: floor, longest: longest)) else { return }
            var score = Self.score(distance: distance, longest: longest)
            if distance == 0 && entries[e].original != query.original { score = min(score, 99) }
            guard score >= floor else { return }
            if best.count == limit, let last = best.last, score == last.score && e > last.entry { return }
            let position = best.firstIndex { score > $0.score || (score == $0.score && e < $0.entry) } ?? best.count
            best.insert((e, score), at: position)
            if best.count > limit { best.removeLast() }
        }
        search: for bound in stride(from: 100, through: 0, by: -1) where !buckets[bound].isEmpty {
            for e in buckets[bound] {
                if bound < threshold() { break search }
                consider(Int(e))
            }
        }
        // Entries sharing no trigram can still reach about 66: check them only when that could matter.
        for (length, members) in entriesByLength {
            let longest = max(m, length)
            if longest == 0 { continue }
            let bound = Self.score(distance: max(abs(m - length), (longest + Self.q - 1 + Self.q - 1) / Self.q), longest: longest)
            guard bound >= threshold() else { continue }
            for e in members where shared[Int(e)] == 0 { consider(Int(e)) }
        }
        return best
    }

    /// Scores every entry: the reference the index must equal, for tests.
    /// (Uses the unbounded bit-parallel distance, which tests prove equal to the textbook one.)
    func bruteForce(_ query: MatchText, limit: Int, minimumScore: Int) -> [(entry: Int, score: Int)] {
        var all: [(entry: Int, score: Int)] = []
        let pattern = BoundedEditDistance(query.scalars)
        for (e, entry) in entries.enumerated() {
            let distance = pattern.distance(to: entry.scalars, bound: Int.max / 2)!
            var score = Self.score(distance: distance, longest: max(query.scalars.count, entry.scalars.count))
            if distance == 0 && entry.original != query.original { score = min(score, 99) }
            if score >= minimumScore { all.append((e, score)) }
        }
        all.sort { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }
        return Array(all.prefix(limit))
    }

    /// The best matches for a query, best first: 101 (same source and key, or same source
    /// between the same neighbours), 100, then fuzzy down to `minimumScore`.
    public func lookup(_ query: MemoryQuery, limit: Int = 5, minimumScore: Int = 50) -> [MemoryMatch] {
        let text = MatchText(query.text)
        var matches: [MemoryMatch] = []
        for (entry, score) in bestEntries(text, limit: limit, minimumScore: minimumScore) {
            let source = entries[entry]
            for index in unitsOfEntry[entry] {
                let unit = memory.units[index]
                var unitScore = score
                if score == 100 {
                    let sameKey = query.key != nil && unit.key == query.key
                    let sameNeighbours = query.previousSource != nil && query.nextSource != nil
                        && unit.previousSource == query.previousSource && unit.nextSource == query.nextSource
                    if sameKey || sameNeighbours { unitScore = 101 }
                }
                matches.append(MemoryMatch(unit: unit, score: unitScore, target: text.carryOver(from: source, into: unit.targetText)))
            }
        }
        // Best score first; among equals, a translated unit, then the most recently changed.
        matches.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let ra = a.unit.state == .translated || a.unit.state == nil, rb = b.unit.state == .translated || b.unit.state == nil
            if ra != rb { return ra }
            if (a.unit.changeDate ?? "") != (b.unit.changeDate ?? "") { return (a.unit.changeDate ?? "") > (b.unit.changeDate ?? "") }
            return TranslationMemory.before(a.unit, b.unit)
        }
        return Array(matches.prefix(limit))
    }
}

/// Word-level differences between a query and a match's source, for highlighting.
public enum MatchDifference {
    /// The match source's words, each marked when the query does not have it at that place.
    public static func words(query: String, source: String) -> [(text: String, differs: Bool)] {
        let a = split(query), b = split(source)
        // Longest common subsequence of words.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        if !a.isEmpty && !b.isEmpty {
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var result: [(String, Bool)] = []
        var i = 0, j = 0
        while j < b.count {
            if i < a.count && a[i] == b[j] { result.append((b[j], false)); i += 1; j += 1 }
            else if i < a.count && table[i + 1][j] >= table[i][j + 1] { i += 1 }
            else { result.append((b[j], true)); j += 1 }
        }
        return result
    }

    static func split(_ text: String) -> [String] { text.split(whereSeparator: { $0.isWhitespace }).map(String.init) }
}
