import Foundation
import TranslateKit

/// A seeded translation memory of any size and a set of new segments to look up in it, for
/// measuring lookups at 100,000 and 1,000,000 units.
///
/// Sentences are drawn from a real English word-frequency list (Zipf weights, e.g. the top
/// 30,000 words of wordfreq), so character n-grams are as skewed as in real text — a toy
/// vocabulary would make every unit look alike, made-up words would make them all look
/// different. Like a real memory, a share of units are revisions of earlier ones, and numbers,
/// times, dates and placeholders appear at the rates district notices have them.
public struct SyntheticMemory: Sendable {
    public let units: [MemoryUnit]
    /// New segments: exact repeats of units, revisions of units (one to three words changed),
    /// and fresh sentences.
    public let queries: [String]
    /// What each query was made as, for the report.
    public let queryKinds: [QueryKind]

    public enum QueryKind: String, Sendable, CaseIterable { case repeated, revised, fresh }

    /// - Parameters:
    ///   - words: words with their relative frequency (any positive weights).
    ///   - shares: of the queries, the share repeated and the share revised; the rest are fresh.
    public init(
        seed: UInt64, words: [(word: String, weight: Double)], units count: Int, queries queryCount: Int,
        repeated: Double = 0.15, revised: Double = 0.35
    ) {
        precondition(!words.isEmpty, "SyntheticMemory needs words")
        let sampler = WeightedSampler(words.map(\.weight))
        let vocabulary = words.map(\.word)
        var random = BenchmarkRandom(seed: seed, label: "synthetic memory")
        func word(_ random: inout BenchmarkRandom) -> String { vocabulary[sampler.sample(&random)] }
        func extra(_ random: inout BenchmarkRandom) -> String {
            switch random.int(in: 0...5) {
            case 0: return "\(random.int(in: 1...12)):\(random.int(in: 0...5))\(random.int(in: 0...9)) \(random.unit() < 0.5 ? "a.m." : "p.m.")"
            case 1: return "\(random.int(in: 1...12))/\(random.int(in: 1...28))"
            case 2: return "\(random.int(in: 2...500))"
            case 3: return random.pick(["{name}", "{count}", "{date}", "{school}", "{time}"])
            case 4: return "(\(random.int(in: 200...999))) \(random.int(in: 200...999))-\(random.int(in: 1000...9999))"
            default: return "<x1>\(word(&random))</x1>"
            }
        }
        func sentence(_ random: inout BenchmarkRandom) -> [String] {
            var out: [String] = []
            let length = random.int(in: 4...20)
            for _ in 0..<length { out.append(word(&random)) }
            if random.unit() < 0.3 { out.insert(extra(&random), at: random.int(in: 0...out.count)) }
            return out
        }
        func revise(_ words: [String], _ random: inout BenchmarkRandom) -> [String] {
            var words = words
            for _ in 0..<random.int(in: 1...3) {
                let at = random.int(in: 0...(words.count - 1))
                switch random.int(in: 0...3) {
                case 0 where words.count > 3: words.remove(at: at)
                case 1: words.insert(word(&random), at: at)
                default: words[at] = word(&random)
                }
            }
            return words
        }
        func text(_ words: [String]) -> String {
            let joined = words.joined(separator: " ")
            return joined.prefix(1).uppercased() + joined.dropFirst() + "."
        }
        var sentences: [[String]] = []
        sentences.reserveCapacity(count)
        var units: [MemoryUnit] = []
        units.reserveCapacity(count)
        for index in 0..<count {
            // A fifth of a real memory are revisions of segments it already holds.
            let words = index > 10 && random.unit() < 0.2 ? revise(sentences[random.int(in: 0...(index - 1))], &random) : sentence(&random)
            sentences.append(words)
            let target = "[es] " + words.reversed().joined(separator: " ")
            units.append(
                MemoryUnit(
                    sourceMessage: text(words), targetMessage: target, key: "m\(String(index, radix: 36))",
                    originFile: "Content/page-\(index / 50).html", state: .translated, date: "20260901T120000Z"))
        }
        var queries: [String] = []
        var kinds: [QueryKind] = []
        for _ in 0..<queryCount {
            let roll = random.unit()
            if roll < repeated, count > 0 {
                queries.append(text(sentences[random.int(in: 0...(count - 1))]))
                kinds.append(.repeated)
            } else if roll < repeated + revised, count > 0 {
                queries.append(text(revise(sentences[random.int(in: 0...(count - 1))], &random)))
                kinds.append(.revised)
            } else {
                queries.append(text(sentence(&random)))
                kinds.append(.fresh)
            }
        }
        self.units = units
        self.queries = queries
        self.queryKinds = kinds
    }

    /// Reads a word list: one `word<TAB>weight` per line (weight optional, then Zipf by rank).
    public static func words(tsv: String) -> [(word: String, weight: Double)] {
        var result: [(String, Double)] = []
        for (rank, line) in tsv.split(separator: "\n").enumerated() {
            let fields = line.split(separator: "\t")
            guard let word = fields.first, !word.isEmpty else { continue }
            let weight = fields.count > 1 ? Double(fields[1]) ?? 0 : 1 / Double(rank + 1)
            if weight > 0 { result.append((String(word), weight)) }
        }
        return result
    }
}

/// Draws indices with probability proportional to their weights (binary search over the
/// cumulative sums).
struct WeightedSampler: Sendable {
    private let cumulative: [Double]

    init(_ weights: [Double]) {
        var total = 0.0
        cumulative = weights.map {
            total += $0
            return total
        }
    }

    func sample(_ random: inout BenchmarkRandom) -> Int {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] <= target { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
