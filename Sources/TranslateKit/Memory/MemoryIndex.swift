import Foundation

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

    /// One query per entry, in order, each with its neighbours' English as context ("" at the ends).
    public static func inOrder(_ entries: [CatalogEntry]) -> [MemoryQuery] {
        entries.indices.map { position in
            MemoryQuery(
                entries[position].source, key: entries[position].key,
                previousSource: position > 0 ? entries[position - 1].source : "",
                nextSource: position + 1 < entries.count ? entries[position + 1].source : "")
        }
    }
}

/// Finds fuzzy matches without scoring every unit.
///
/// Sources are indexed by their distinct padded character trigrams. An edit changes at most
/// three trigrams, so a source within edit distance d of a query shares at least
/// max(|grams(query)|, |grams(source)|) − 3d distinct trigrams with it (the q-gram lemma);
/// sources sharing fewer cannot reach the minimum score and are never scored. Sources are
/// numbered in order of length, so each posting list is sorted by length too and a lookup reads
/// only the stretch of lengths that can reach the minimum. Query trigrams are read rarest first;
/// a source is only taken in as a candidate by the rare ones it must share (prefix filtering),
/// the frequent ones then only complete the counts of sources already taken. Candidates are
/// verified best bound first with a bounded bit-parallel edit distance, and the search stops when
/// no remaining bound can beat what was found, so the result equals scoring everything.
///
/// Postings live in one flat array (compressed sparse rows): 4 bytes per distinct trigram of
/// each distinct source.
public struct MemoryIndex: Sendable {
    public let memory: TranslationMemory
    /// Distinct sources, ordered by normalized length (so posting lists are too), and the
    /// units that carry each.
    let entries: [MatchText]
    let unitsOfEntry: [[Int]]
    /// How many distinct trigrams each entry has.
    let gramCounts: [UInt16]
    /// Each entry's normalized length, and the fewest trigrams any entry of a length has.
    let lengths: [Int32]
    let fewestGrams: [Int]
    /// Trigram → its row; row r's entries are postings[rowStart[r] ..< rowStart[r + 1]].
    let rows: [UInt64: Int32]
    let rowStart: [Int]
    let postings: [UInt32]
    /// The first entry of each normalized length (entries are sorted by length); one extra at the end.
    let lengthStart: [Int]
    static let q = 3
    static let pad: UInt32 = 0x10FFFD

    /// The distinct sources as matching sees them (case folded, spans as stand-ins), in index order.
    public var normalizedSources: [String] {
        entries.map { String(String.UnicodeScalarView($0.scalars.compactMap(Unicode.Scalar.init))) }
    }

    public init(_ memory: TranslationMemory) {
        self.memory = memory
        var entryOfSource: [String: Int] = [:]
        var found: [MatchText] = []
        var unitsOf: [[Int]] = []
        for (index, unit) in memory.units.enumerated() {
            let source = unit.sourceText
            if let e = entryOfSource[source] {
                unitsOf[e].append(index)
                continue
            }
            entryOfSource[source] = found.count
            found.append(MatchText(source))
            unitsOf.append([index])
        }
        let order = found.indices.sorted { (found[$0].scalars.count, $0) < (found[$1].scalars.count, $1) }
        let entries = order.map { found[$0] }
        let unitsOfEntry = order.map { unitsOf[$0] }
        found = []
        let longest = entries.last?.scalars.count ?? 0
        var lengthStart = [Int](repeating: entries.count, count: longest + 2)
        for (e, entry) in entries.enumerated().reversed() { lengthStart[entry.scalars.count] = e }
        for length in stride(from: longest, through: 0, by: -1) { lengthStart[length] = min(lengthStart[length], lengthStart[length + 1]) }
        // Two passes over each entry's trigram rows: count the postings of each row, then place them.
        var rows: [UInt64: Int32] = [:]
        var entryRows: [Int32] = []
        var entryRowStart: [Int] = [0]
        entryRows.reserveCapacity(entries.count * 40)
        entryRowStart.reserveCapacity(entries.count + 1)
        var gramCounts: [UInt16] = []
        gramCounts.reserveCapacity(entries.count)
        var rowSizes: [Int] = []
        for entry in entries {
            let grams = Self.grams(entry.scalars)
            gramCounts.append(UInt16(min(grams.count, Int(UInt16.max))))
            for gram in grams {
                let row: Int32
                if let existing = rows[gram] {
                    row = existing
                } else {
                    row = Int32(rowSizes.count)
                    rows[gram] = row
                    rowSizes.append(0)
                }
                rowSizes[Int(row)] += 1
                entryRows.append(row)
            }
            entryRowStart.append(entryRows.count)
        }
        var rowStart = [Int](repeating: 0, count: rowSizes.count + 1)
        for r in rowSizes.indices { rowStart[r + 1] = rowStart[r] + rowSizes[r] }
        var fill = rowStart
        var postings = [UInt32](repeating: 0, count: entryRows.count)
        for e in entries.indices {
            for k in entryRowStart[e]..<entryRowStart[e + 1] {
                let r = Int(entryRows[k])
                postings[fill[r]] = UInt32(e)
                fill[r] += 1
            }
        }
        self.entries = entries
        self.unitsOfEntry = unitsOfEntry
        self.gramCounts = gramCounts
        lengths = entries.map { Int32($0.scalars.count) }
        var fewest = [Int](repeating: Int.max, count: longest + 1)
        for (e, entry) in entries.enumerated() { fewest[entry.scalars.count] = min(fewest[entry.scalars.count], Int(gramCounts[e])) }
        fewestGrams = fewest
        self.rows = rows
        self.rowStart = rowStart
        self.postings = postings
        self.lengthStart = lengthStart
    }

    /// The distinct padded trigrams of a normalized text, in order of first appearance.
    static func grams(_ s: [UInt32]) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(s.count + q - 1)
        var seen = Set<UInt64>(minimumCapacity: s.count + q - 1)
        var gram: UInt64 = 0
        let mask: UInt64 = (1 << UInt64(21 * q)) - 1
        for _ in 0..<(q - 1) { gram = (gram << 21 | UInt64(pad)) & mask }
        for c in s + [UInt32](repeating: pad, count: q - 1) {
            gram = (gram << 21 | UInt64(c)) & mask
            if seen.insert(gram).inserted { result.append(gram) }
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

    /// The best entries (distinct sources) for a normalized query: (entry, fuzzy score), best
    /// first, ties in entry order. Identical to `bruteForce` (tests prove it).
    public func bestEntries(_ query: MatchText, limit: Int, minimumScore: Int) -> [(entry: Int, score: Int)] {
        searchBest(query, limit: limit, minimumScore: minimumScore)
    }

    /// Whether any source scores at least `minimumScore` (stops at the first one found).
    public func hasMatch(_ query: MatchText, minimumScore: Int) -> Bool { searchAny(query, minimumScore: minimumScore) }

    /// Scores every entry: the reference the index must equal, for tests.
    public func bruteForce(_ query: MatchText, limit: Int, minimumScore: Int) -> [(entry: Int, score: Int)] {
        scoreEverything(query, limit: limit, minimumScore: minimumScore)
    }

    /// The best matches for a query, best first: 101 (same source and key, or same source
    /// between the same neighbours), 100, then fuzzy down to `minimumScore`.
    public func lookup(_ query: MemoryQuery, limit: Int = 5, minimumScore: Int = 50) -> [MemoryMatch] {
        matches(for: query, limit: limit, minimumScore: minimumScore)
    }
}

/// What ranking needs to know of a unit, read without building the unit.
struct MemoryUnitFacts {
    var contextKey: String?
    var contextBefore: String?
    var contextAfter: String?
    var changeDate: String?
    /// Translated, or no state recorded: preferred among equal scores.
    var isReady: Bool
    var targetText: String

    init(contextKey: String?, contextBefore: String?, contextAfter: String?, changeDate: String?, isReady: Bool, targetText: String) {
        (self.contextKey, self.contextBefore, self.contextAfter) = (contextKey, contextBefore, contextAfter)
        (self.changeDate, self.isReady, self.targetText) = (changeDate, isReady, targetText)
    }

    init(_ unit: MemoryUnit) {
        self.init(
            contextKey: unit.contextKey, contextBefore: unit.contextBefore, contextAfter: unit.contextAfter,
            changeDate: unit.changeDate, isReady: unit.state == .translated || unit.state == nil, targetText: unit.targetText)
    }
}

/// The flat tables a fuzzy search reads, wherever they live: built in memory (`MemoryIndex`) or
/// mapped from an index file (`PersistentMemoryIndex`). One search runs over both, so both answer alike.
protocol MemoryIndexTables {
    /// Distinct sources, numbered in order of normalized length.
    var entryCount: Int { get }
    var longestLength: Int { get }
    func scalars(of entry: Int) -> [UInt32]
    func original(of entry: Int) -> String
    func matchText(of entry: Int) -> MatchText
    func gramCount(of entry: Int) -> Int
    func length(of entry: Int) -> Int
    /// The fewest trigrams any entry of a length has.
    func leastGrams(ofLength length: Int) -> Int
    /// The first entry of a length; `firstEntry(ofLength: longestLength + 1)` is entryCount.
    func firstEntry(ofLength length: Int) -> Int
    func row(of gram: UInt64) -> Int?
    /// Row r's postings are postings[rowBegin(r) ..< rowBegin(r + 1)].
    func rowBegin(_ row: Int) -> Int
    func withPostings<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R
    /// The units (memory order) whose source is the entry.
    func units(ofEntry entry: Int) -> [Int]
    func facts(ofUnit unit: Int) -> MemoryUnitFacts
    func units(_ indices: [Int]) -> [MemoryUnit]
}

extension MemoryIndex: MemoryIndexTables {
    var entryCount: Int { entries.count }
    var longestLength: Int { lengthStart.count - 2 }
    func scalars(of entry: Int) -> [UInt32] { entries[entry].scalars }
    func original(of entry: Int) -> String { entries[entry].original }
    func matchText(of entry: Int) -> MatchText { entries[entry] }
    func gramCount(of entry: Int) -> Int { Int(gramCounts[entry]) }
    func length(of entry: Int) -> Int { Int(lengths[entry]) }
    func leastGrams(ofLength length: Int) -> Int { fewestGrams[length] }
    func firstEntry(ofLength length: Int) -> Int { lengthStart[length] }
    func row(of gram: UInt64) -> Int? { rows[gram].map(Int.init) }
    func rowBegin(_ row: Int) -> Int { rowStart[row] }
    func withPostings<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R { postings.withUnsafeBufferPointer(body) }
    func units(ofEntry entry: Int) -> [Int] { unitsOfEntry[entry] }
    func facts(ofUnit unit: Int) -> MemoryUnitFacts { MemoryUnitFacts(memory.units[unit]) }
    func units(_ indices: [Int]) -> [MemoryUnit] { indices.map { memory.units[$0] } }
}

extension MemoryIndexTables {
    /// First position in postings[low..<high] whose entry is >= value.
    private func lowerBound(_ postings: UnsafeBufferPointer<UInt32>, _ low: Int, _ high: Int, _ value: Int) -> Int {
        var low = low
        var high = high
        while low < high {
            let mid = (low + high) >> 1
            if Int(postings[mid]) < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Counts, for each source of entries first..<last, the query trigrams it shares: trigram j
    /// takes sources from `introduceFrom[j]` on as candidates and only adds to the counts of
    /// sources already taken below it.
    private func count<Counter: FixedWidthInteger & UnsignedInteger>(
        _ p: UnsafeBufferPointer<UInt32>, _ ranges: [(low: Int, high: Int)], _ introduceFrom: [Int], first: Int, last: Int, as: Counter.Type
    ) -> [Counter] {
        var shared = [Counter](repeating: 0, count: last - first)
        let window = UInt(last - first)
        shared.withUnsafeMutableBufferPointer { shared in
            for (j, range) in ranges.enumerated() {
                let split = introduceFrom[j] >= last ? range.high : lowerBound(p, range.low, range.high, introduceFrom[j])
                var k = range.low
                while k < split {
                    // A posting outside the window can only come from a damaged index file: skipped, never written through.
                    let e = Int(p[k]) &- first
                    guard UInt(bitPattern: e) < window else {
                        k &+= 1
                        continue
                    }
                    let c = shared[e]
                    shared[e] = c &+ (c != 0 ? 1 : 0)
                    k &+= 1
                }
                while k < range.high {
                    let e = Int(p[k]) &- first
                    if UInt(bitPattern: e) < window { shared[e] &+= 1 }
                    k &+= 1
                }
            }
        }
        return shared
    }

    /// The best entries (distinct sources) for a normalized query: (entry, fuzzy score), best
    /// first, ties in entry order. Identical to `bruteForce` (tests prove it).
    func searchBest(_ query: MatchText, limit: Int, minimumScore: Int) -> [(entry: Int, score: Int)] {
        // A search at 90 reads a third of the lengths and a third of the trigrams a search at 75
        // does; when it fills the limit its answer is the lower search's (every source scoring
        // 90 or more is in it, ties included). Repeats and revisions end here.
        if minimumScore < 90 {
            let high = search(query, limit: limit, minimumScore: 90)
            if high.count == limit { return high }
        }
        return search(query, limit: limit, minimumScore: minimumScore)
    }

    /// Whether any source scores at least `minimumScore`: stops at the first one found, which
    /// is all an analysis band needs (a search at 50 has no trigram bound to narrow it, so
    /// finding the best would score most of the memory).
    func searchAny(_ query: MatchText, minimumScore: Int) -> Bool {
        !search(query, limit: 1, minimumScore: minimumScore, stopAtFirst: true).isEmpty
    }

    private func search(_ query: MatchText, limit: Int, minimumScore: Int, stopAtFirst: Bool = false) -> [(entry: Int, score: Int)] {
        // Shared-trigram counters take one byte each when the query has fewer than 255 trigrams
        // (nearly always), so a million of them stay in the core's cache.
        query.scalars.count < 250
            ? search(query, limit: limit, minimumScore: minimumScore, stopAtFirst: stopAtFirst, counter: UInt8.self)
            : search(query, limit: limit, minimumScore: minimumScore, stopAtFirst: stopAtFirst, counter: UInt16.self)
    }

    private func search<Counter: FixedWidthInteger & UnsignedInteger>(
        _ query: MatchText, limit: Int, minimumScore: Int, stopAtFirst: Bool, counter: Counter.Type
    ) -> [(entry: Int, score: Int)] {
        guard entryCount > 0, limit > 0 else { return [] }
        return withPostings { postings in
            search(query, limit: limit, minimumScore: minimumScore, stopAtFirst: stopAtFirst, counter: counter, postings: postings)
        }
    }

    private func search<Counter: FixedWidthInteger & UnsignedInteger>(
        _ query: MatchText, limit: Int, minimumScore: Int, stopAtFirst: Bool, counter: Counter.Type, postings: UnsafeBufferPointer<UInt32>
    ) -> [(entry: Int, score: Int)] {
        let m = query.scalars.count
        let q = MemoryIndex.q
        let maxLength = longestLength
        let queryGrams = MemoryIndex.grams(query.scalars)
        let gA = queryGrams.count
        // Counters must not overflow: a query of more than 65,000 characters is scored against everything.
        guard gA < Int(Counter.max) else { return scoreEverything(query, limit: limit, minimumScore: minimumScore) }
        // Lengths that can reach the minimum.
        var lowLength = Int.max
        var highLength = -1
        for length in 0...maxLength {
            let allowed = MemoryIndex.bound(for: minimumScore, longest: max(m, length))
            guard abs(m - length) <= allowed else { continue }
            lowLength = min(lowLength, length)
            highLength = max(highLength, length)
        }
        guard highLength >= 0 else { return [] }
        let first = firstEntry(ofLength: lowLength)
        let last = firstEntry(ofLength: highLength + 1)
        // The query's trigrams the index has, rarest first, as posting ranges cut to the lengths.
        var ranges: [(low: Int, high: Int)] = []
        ranges.reserveCapacity(gA)
        for gram in queryGrams {
            guard let r = row(of: gram) else { continue }
            let low = lowerBound(postings, rowBegin(r), rowBegin(r + 1), first)
            let high = lowerBound(postings, low, rowBegin(r + 1), last)
            if low < high { ranges.append((low, high)) }
        }
        ranges.sort { ($0.high - $0.low, $0.low) < ($1.high - $1.low, $1.low) }
        let known = ranges.count
        // A source of length l must share need(l) = gA − 3·d(l) trigrams (at least; its own count
        // can only raise that), so it must share one of the first known − need(l) + 1 read.
        // That prefix grows with d(l), i.e. with the length beyond the query's: reading trigram j,
        // sources from `introduceFrom[j]` on may enter as candidates, shorter ones only count.
        var introduceFrom = [Int](repeating: last, count: known)
        for length in lowLength...highLength where firstEntry(ofLength: length) < firstEntry(ofLength: length + 1) {
            let need = max(gA, leastGrams(ofLength: length)) - q * MemoryIndex.bound(for: minimumScore, longest: max(m, length))
            let prefix = need <= 0 ? known : max(0, min(known, known - need + 1))
            for j in 0..<prefix where introduceFrom[j] > firstEntry(ofLength: length) { introduceFrom[j] = firstEntry(ofLength: length) }
        }
        // Shared-trigram counts per source of the window.
        let shared = count(postings, ranges, introduceFrom, first: first, last: last, as: Counter.self)
        // Upper bound of the score from the shared trigrams (exact counts) and the lengths.
        func upperBound(_ e: Int, _ common: Int) -> Int {
            let length = self.length(of: e)
            let longest = max(m, length)
            let missing = max(gA, gramCount(of: e)) - common
            let byGrams = missing <= 0 ? 0 : (missing + q - 1) / q
            return MemoryIndex.score(distance: max(abs(m - length), byGrams), longest: longest)
        }
        // Bucket candidates by bound (a counting sort), reading the counters in order, a length
        // at a time: a source sharing fewer than its length's fewest needed is out at once.
        var buckets = [[Int32]](repeating: [], count: 101)
        for length in lowLength...highLength where firstEntry(ofLength: length) < firstEntry(ofLength: length + 1) {
            let need = max(1, max(gA, leastGrams(ofLength: length)) - q * MemoryIndex.bound(for: minimumScore, longest: max(m, length)))
            for e in firstEntry(ofLength: length)..<firstEntry(ofLength: length + 1) where Int(shared[e - first]) >= need {
                let bound = upperBound(e, Int(shared[e - first]))
                if bound >= minimumScore { buckets[bound].append(Int32(e)) }
            }
        }
        let pattern = BoundedEditDistance(query.scalars)
        var best: [(entry: Int, score: Int)] = []
        func threshold() -> Int { best.count < limit ? minimumScore : best[best.count - 1].score }
        func consider(_ e: Int) {
            let length = self.length(of: e)
            let longest = max(m, length)
            let floor = threshold()
            guard let distance = pattern.distance(to: scalars(of: e), bound: MemoryIndex.bound(for: floor, longest: longest)) else { return }
            var score = MemoryIndex.score(distance: distance, longest: longest)
            if distance == 0 && original(of: e) != query.original { score = min(score, 99) }
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
                if stopAtFirst && !best.isEmpty { return best }
            }
        }
        // Sources sharing no trigram at all: only short ones or low minimums can still reach
        // the threshold (their bound comes from lengths alone); check those.
        for length in lowLength...highLength where firstEntry(ofLength: length) < firstEntry(ofLength: length + 1) {
            // Sharing nothing means at least ⌈gA/3⌉ edits: most lengths are out at once.
            let floor = MemoryIndex.score(distance: max(abs(m - length), (gA + q - 1) / q), longest: max(m, length))
            guard floor >= threshold() else { continue }
            for e in firstEntry(ofLength: length)..<firstEntry(ofLength: length + 1) where shared[e - first] == 0 {
                guard upperBound(e, 0) >= threshold() else { continue }
                consider(e)
                if stopAtFirst && !best.isEmpty { return best }
            }
        }
        return best
    }

    /// Scores every entry: the reference the index must equal, for tests.
    /// (The bit-parallel distance, bounded by the minimum; tests prove it equal to the textbook one.)
    func scoreEverything(_ query: MatchText, limit: Int, minimumScore: Int) -> [(entry: Int, score: Int)] {
        var all: [(entry: Int, score: Int)] = []
        let pattern = BoundedEditDistance(query.scalars)
        for e in 0..<entryCount {
            let scalars = scalars(of: e)
            let longest = max(query.scalars.count, scalars.count)
            guard let distance = pattern.distance(to: scalars, bound: MemoryIndex.bound(for: minimumScore, longest: longest)) else { continue }
            var score = MemoryIndex.score(distance: distance, longest: longest)
            if distance == 0 && original(of: e) != query.original { score = min(score, 99) }
            if score >= minimumScore { all.append((e, score)) }
        }
        all.sort { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }
        return Array(all.prefix(limit))
    }

    /// The best matches for a query, best first: 101 (same source and key, or same source
    /// between the same neighbours), 100, then fuzzy down to `minimumScore`.
    func matches(for query: MemoryQuery, limit: Int, minimumScore: Int) -> [MemoryMatch] {
        let text = MatchText(query.text)
        // A search at 75 is much cheaper than one at 50; when it already fills the limit, its
        // result is the same as the lower search's.
        var found = minimumScore < 75 ? searchBest(text, limit: limit, minimumScore: 75) : []
        if found.count < limit { found = search(text, limit: limit, minimumScore: minimumScore) }
        var ranked: [(unit: Int, entry: Int, score: Int, facts: MemoryUnitFacts)] = []
        for (entry, score) in found {
            for index in units(ofEntry: entry) {
                let facts = self.facts(ofUnit: index)
                var unitScore = score
                if score == 100 {
                    let sameKey = query.key != nil && facts.contextKey == query.key
                    let sameNeighbours =
                        query.previousSource != nil && query.nextSource != nil
                        && facts.contextBefore == query.previousSource && facts.contextAfter == query.nextSource
                    if sameKey || sameNeighbours { unitScore = 101 }
                }
                ranked.append((index, entry, unitScore, facts))
            }
        }
        // Best score first; among equals, a translated unit, then the most recently changed, then
        // memory order (units are kept in `TranslationMemory.before` order, so the unit number is it).
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.facts.isReady != b.facts.isReady { return a.facts.isReady }
            if (a.facts.changeDate ?? "") != (b.facts.changeDate ?? "") { return (a.facts.changeDate ?? "") > (b.facts.changeDate ?? "") }
            return a.unit < b.unit
        }
        let chosen = ranked.prefix(limit)
        let units = self.units(chosen.map(\.unit))
        return zip(chosen, units).map { item, unit in
            MemoryMatch(unit: unit, score: item.score, target: text.carryOver(from: matchText(of: item.entry), into: item.facts.targetText))
        }
    }
}

extension MemoryIndex {
    /// Looks up many queries, spread over the machine's cores (lookups only read the index);
    /// results are in query order, the same as one `lookup` each.
    public func lookup(all queries: [MemoryQuery], limit: Int = 5, minimumScore: Int = 50) -> [[MemoryMatch]] {
        parallelMap(queries.count, minimumPerWorker: 16) { lookup(queries[$0], limit: limit, minimumScore: minimumScore) }
    }
}

extension MemoryIndex {
    /// For an analysis: each query's best score when it is 75 or more (101 and 100 included), 50
    /// when its best lies in 50–74, nil below — what `lookup(limit: 1, minimumScore: 50)` gives,
    /// banded, without looking for the best of a 50–74 match. Spread over the cores.
    public func bands(of queries: [MemoryQuery]) -> [Int?] {
        let high = lookup(all: queries, limit: 1, minimumScore: 75)
        var result = high.map { $0.first?.score }
        let rest = result.indices.filter { result[$0] == nil }
        let low = parallelMap(rest.count, minimumPerWorker: 16) { hasMatch(MatchText(queries[rest[$0]].text), minimumScore: 50) }
        for (k, i) in rest.enumerated() where low[k] { result[i] = 50 }
        return result
    }
}

/// Word-level differences between a query and a match's source, for highlighting.
public enum MatchDifference {
    /// The match source's words, each marked when the query does not have it at that place.
    public static func words(query: String, source: String) -> [(text: String, differs: Bool)] {
        let a = split(query)
        let b = split(source)
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
        var i = 0
        var j = 0
        while j < b.count {
            if i < a.count && a[i] == b[j] {
                result.append((b[j], false))
                i += 1
                j += 1
            } else if i < a.count && table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                result.append((b[j], true))
                j += 1
            }
        }
        return result
    }

    static func split(_ text: String) -> [String] { text.split(whereSeparator: { $0.isWhitespace }).map(String.init) }
}
