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

/// Finds fuzzy matches without scoring every unit: a q-gram (bigram) inverted index over the
/// normalized sources gives, for each candidate, how many bigrams it shares with the query,
/// which bounds its edit distance from below (each edit destroys at most q of them). With
/// bigrams a source sharing none cannot reach 50%, so no lookup ever scans the whole memory.
/// Candidates are verified best bound first with a bounded bit-parallel edit distance, and
/// the search stops when no remaining bound can beat what was found, so the result equals
/// scoring everything.
public struct MemoryIndex: Sendable {
    public let memory: TranslationMemory
    /// Distinct sources, ordered by normalized length (so posting lists are too), and the
    /// units that carry each.
    let entries: [MatchText]
    let unitsOfEntry: [[Int]]
    private let postingUnits: [UInt64: [Int32]]
    private let postingCounts: [UInt64: [UInt16]]
    /// The first entry of each normalized length (entries are sorted by length); one extra at the end.
    private let lengthStart: [Int]
    static let q = 2
    static let pad: UInt32 = 0x10FFFD

    public init(_ memory: TranslationMemory) {
        self.memory = memory
        var entryOfSource: [String: Int] = [:]
        var found: [MatchText] = []
        var unitsOf: [[Int]] = []
        for (index, unit) in memory.units.enumerated() {
            let source = unit.sourceText
            if let e = entryOfSource[source] { unitsOf[e].append(index); continue }
            entryOfSource[source] = found.count
            found.append(MatchText(source))
            unitsOf.append([index])
        }
        let order = found.indices.sorted { (found[$0].scalars.count, $0) < (found[$1].scalars.count, $1) }
        let entries = order.map { found[$0] }
        let unitsOfEntry = order.map { unitsOf[$0] }
        var postingUnits: [UInt64: [Int32]] = [:]
        var postingCounts: [UInt64: [UInt16]] = [:]
        let longest = entries.last?.scalars.count ?? 0
        var lengthStart = [Int](repeating: entries.count, count: longest + 2)
        for (e, entry) in entries.enumerated().reversed() { lengthStart[entry.scalars.count] = e }
        for length in stride(from: longest, through: 0, by: -1) { lengthStart[length] = min(lengthStart[length], lengthStart[length + 1]) }
        for (e, entry) in entries.enumerated() {
            for (gram, count) in Self.grams(entry.scalars) {
                postingUnits[gram, default: []].append(Int32(e))
                postingCounts[gram, default: []].append(UInt16(min(count, Int(UInt16.max))))
            }
        }
        self.entries = entries
        self.unitsOfEntry = unitsOfEntry
        self.postingUnits = postingUnits
        self.postingCounts = postingCounts
        self.lengthStart = lengthStart
    }

    /// The multiset of padded q-grams of a normalized text.
    static func grams(_ s: [UInt32]) -> [UInt64: Int] {
        let padding = [UInt32](repeating: pad, count: q - 1)
        let padded = padding + s + padding
        var result: [UInt64: Int] = [:]
        result.reserveCapacity(padded.count)
        for i in 0...(padded.count - q) {
            var gram: UInt64 = 0
            for j in 0..<q { gram = gram << 21 | UInt64(padded[i + j]) }
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
        guard longest > 0 else { return 0 }
        // score = floor(100 (longest - d) / longest) >= minimum  ⇔  d <= longest - ceil(minimum·longest / 100)
        return max(0, longest - (max(minimum, 0) * longest + 99) / 100)
    }

    /// First index in a sorted posting list that is >= value.
    private static func lowerBound(_ list: [Int32], _ value: Int) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) >> 1
            if Int(list[mid]) < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The best entries (distinct sources) for a normalized query: (entry, fuzzy score), best
    /// first, ties in entry order. Identical to `bruteForce` (tests prove it).
    ///
    /// Only lengths that can reach `minimumScore` are looked at. Query q-grams are read rarest
    /// first, and only until the ones left could no longer lift an unseen entry to the minimum
    /// (prefix filtering); the frequent ones left then only complete the counts of entries
    /// already seen.
    func bestEntries(_ query: MatchText, limit: Int, minimumScore: Int) -> [(entry: Int, score: Int)] {
        guard !entries.isEmpty, limit > 0 else { return [] }
        let m = query.scalars.count
        let q = Self.q
        let maxLength = lengthStart.count - 2
        // Lengths that can reach the minimum, and the fewest shared q-grams any of them needs.
        var lowLength = Int.max, highLength = -1, fewestNeeded = Int.max
        for length in 0...maxLength {
            let longest = max(m, length)
            let allowed = Self.bound(for: minimumScore, longest: longest)
            guard abs(m - length) <= allowed else { continue }
            lowLength = min(lowLength, length)
            highLength = max(highLength, length)
            fewestNeeded = min(fewestNeeded, longest + q - 1 - q * allowed)
        }
        guard highLength >= 0 else { return [] }
        let first = lengthStart[lowLength], last = lengthStart[highLength + 1]
        let pattern = BoundedEditDistance(query.scalars)
        var shared = [Int32](repeating: 0, count: entries.count)
        var touched: [Int32] = []
        var queryGrams: [(units: [Int32], counts: [UInt16], count: Int)] = []
        var remaining = 0
        for (gram, count) in Self.grams(query.scalars) {
            remaining += count
            if let units = postingUnits[gram] { queryGrams.append((units, postingCounts[gram]!, count)) }
        }
        queryGrams.sort { $0.units.count < $1.units.count }
        // Q-grams the index lacks are shared with nobody: they count as read.
        remaining = queryGrams.reduce(0) { $0 + $1.count }
        var prefix = queryGrams.count
        for (g, gram) in queryGrams.enumerated() {
            if fewestNeeded > 0 && remaining < fewestNeeded { prefix = g; break }
            var k = Self.lowerBound(gram.units, first)
            while k < gram.units.count && Int(gram.units[k]) < last {
                let e = Int(gram.units[k])
                if shared[e] == 0 { touched.append(gram.units[k]) }
                shared[e] += Int32(min(gram.count, Int(gram.counts[k])))
                k += 1
            }
            remaining -= gram.count
        }
        let unread = remaining
        // The frequent q-grams left only complete the counts of entries already touched, so
        // every candidate's bound is exact rather than padded by `unread`.
        for gram in queryGrams[prefix...] {
            var k = Self.lowerBound(gram.units, first)
            while k < gram.units.count && Int(gram.units[k]) < last {
                let e = Int(gram.units[k])
                if shared[e] != 0 { shared[e] += Int32(min(gram.count, Int(gram.counts[k]))) }
                k += 1
            }
        }
        func upperBound(_ e: Int, _ common: Int) -> Int {
            let length = entries[e].scalars.count
            let longest = max(m, length)
            let byGrams = (longest + q - 1 - common + q - 1) / q
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
        // Entries no read q-gram touched share at most `unread`; when even that could reach the
        // threshold (only for minimums below 50), check them.
        if fewestNeeded <= unread {
            for length in lowLength...highLength {
                let longest = max(m, length)
                if longest == 0 { continue }
                let bound = Self.score(distance: max(abs(m - length), (longest + q - 1 - unread + q - 1) / q), longest: longest)
                guard bound >= threshold() else { continue }
                for e in lengthStart[length]..<lengthStart[length + 1] where shared[e] == 0 { consider(e) }
            }
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
        // A search at 75 is much cheaper than one at 50; when it already fills the limit, its
        // result is the same as the lower search's.
        var found = minimumScore < 75 ? bestEntries(text, limit: limit, minimumScore: 75) : []
        if found.count < limit { found = bestEntries(text, limit: limit, minimumScore: minimumScore) }
        for (entry, score) in found {
            let source = entries[entry]
            for index in unitsOfEntry[entry] {
                let unit = memory.units[index]
                var unitScore = score
                if score == 100 {
                    let sameKey = query.key != nil && unit.key == query.key
                    let sameNeighbours = query.previousSource != nil && query.nextSource != nil
                        && unit.contextBefore == query.previousSource && unit.contextAfter == query.nextSource
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
