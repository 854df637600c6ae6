import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateBenchKit
@testable import TranslateKit

/// The index's filters (length window, trigram prefix, shared-trigram bound, the 90 ladder,
/// one- and two-byte counters) must never lose the match that scoring every unit finds.
@Suite struct MemoryIndexFilterTests {
    static var seed: UInt64 {
        SeededRandom.seedFromEnvironment("TM_SEED")
    }

    /// Sentences from the benchmark's English words with Zipf weights: realistic trigram skew.
    static func syntheticMemory(seed: UInt64, units: Int, queries: Int) -> SyntheticMemory {
        let words = BenchmarkLexicon.english.words.enumerated().map { (word: $1, weight: 1 / Double($0 + 1)) }
        return SyntheticMemory(seed: seed, words: words, units: units, queries: queries)
    }

    @Test func indexedMatchesEqualScoringEveryUnitOnRealisticSentences() {
        let seed = Self.seed
        print("indexedMatchesEqualScoringEveryUnitOnRealisticSentences seed \(seed)")
        let data = Self.syntheticMemory(seed: seed, units: 4000, queries: 40)
        let index = MemoryIndex(TranslationMemory(language: "es", units: data.units))
        for (q, query) in data.queries.enumerated() {
            let text = MatchText(query)
            let everything = index.bruteForce(text, limit: Int.max, minimumScore: 0)
            for (limit, minimum) in [(1, 75), (1, 50), (3, 75), (5, 90), (2, 0)] {
                let fast = index.bestEntries(text, limit: limit, minimumScore: minimum)
                let slow = Array(everything.filter { $0.score >= minimum }.prefix(limit))
                #expect(
                    fast.map(\.entry) == slow.map(\.entry) && fast.map(\.score) == slow.map(\.score),
                    "seed \(seed) query \(q) (\(data.queryKinds[q])) limit \(limit) minimum \(minimum): \(query)")
            }
        }
    }

    @Test func sourcesAtTheThresholdAreFoundWhenEveryTrigramIsFrequent() {
        // Over a four-letter alphabet every trigram is in most sources and many sources sit just
        // at the minimum: the prefix and count bounds have no slack to hide an error in.
        let seed = Self.seed
        print("sourcesAtTheThresholdAreFoundWhenEveryTrigramIsFrequent seed \(seed)")
        var rng = SeededRandom(seed: seed)
        let alphabet = Array("abc ")
        func random(_ count: Int) -> [Character] { (0..<count).map { _ in alphabet.randomElement(using: &rng)! } }
        let sources = (0..<1500).map { _ in random(Int.random(in: 12...48, using: &rng)) }
        let index = MemoryIndex(
            TranslationMemory(
                language: "cy",
                units: sources.enumerated().map { i, s in
                    MemoryUnit(sourceMessage: "x" + String(s) + "x", targetMessage: "t\(i)")
                }))
        for q in 0..<40 {
            var query = sources.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 2...12, using: &rng) where !query.isEmpty {
                let at = Int.random(in: 0..<query.count, using: &rng)
                switch Int.random(in: 0...2, using: &rng) {
                case 0: query.remove(at: at)
                case 1: query.insert(alphabet.randomElement(using: &rng)!, at: at)
                default: query[at] = alphabet.randomElement(using: &rng)!
                }
            }
            let text = MatchText("x" + String(query) + "x")
            for minimum in [60, 70, 75, 80, 90] {
                let fast = index.bestEntries(text, limit: 5, minimumScore: minimum)
                let slow = index.bruteForce(text, limit: 5, minimumScore: minimum)
                #expect(
                    fast.map(\.entry) == slow.map(\.entry) && fast.map(\.score) == slow.map(\.score),
                    "seed \(seed) query \(q) minimum \(minimum)")
            }
        }
    }

    @Test func longSegmentsUseWideCountersAndStillMatchExactly() {
        // Queries of 250 characters and more count shared trigrams in 16 bits.
        var rng = SeededRandom(seed: Self.seed)
        let words = [
            "the", "school", "board", "meeting", "will", "be", "held", "on", "Tuesday", "in", "library", "and", "online",
            "families", "are", "welcome", "to", "attend", "public", "comment", "period", "begins", "at", "6:30 p.m.",
        ]
        func paragraph(_ count: Int) -> String { (0..<count).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ") }
        var units = (0..<300).map { i in MemoryUnit(sourceMessage: paragraph(Int.random(in: 40...80, using: &rng)), targetMessage: "t\(i)") }
        // One unit the query is a close revision of.
        let original = paragraph(60)
        units.append(MemoryUnit(sourceMessage: original, targetMessage: "the one"))
        let index = MemoryIndex(TranslationMemory(language: "pl", units: units))
        let query = original.replacingOccurrences(of: "Tuesday", with: "Thursday")
        #expect(query.unicodeScalars.count >= 250)
        let text = MatchText(query)
        for minimum in [50, 75, 90] {
            let fast = index.bestEntries(text, limit: 3, minimumScore: minimum)
            let slow = index.bruteForce(text, limit: 3, minimumScore: minimum)
            #expect(fast.map(\.entry) == slow.map(\.entry) && fast.map(\.score) == slow.map(\.score), "minimum \(minimum)")
        }
        #expect(index.lookup(MemoryQuery(query), limit: 1, minimumScore: 75).first?.target == "the one")
    }

    @Test func batchLookupEqualsOneLookupEach() {
        let data = Self.syntheticMemory(seed: 7, units: 2000, queries: 64)
        let index = MemoryIndex(TranslationMemory(language: "ar", units: data.units))
        let queries = data.queries.map { MemoryQuery($0) }
        let batch = index.lookup(all: queries, limit: 2, minimumScore: 60)
        #expect(batch == queries.map { index.lookup($0, limit: 2, minimumScore: 60) })
        #expect(batch.contains { !$0.isEmpty } && batch.contains { $0.isEmpty })
    }

    @Test func analysisBandsEqualTheBestMatchBanded() {
        let data = Self.syntheticMemory(seed: 11, units: 2500, queries: 80)
        let index = MemoryIndex(TranslationMemory(language: "ja", units: data.units))
        let queries = data.queries.map { MemoryQuery($0) }
        let banded = index.bands(of: queries).map(AnalysisBand.band(score:))
        #expect(banded == queries.map { AnalysisBand.band(score: index.lookup($0, limit: 1, minimumScore: 50).first?.score) })
        #expect(banded.contains(.low) && banded.contains(.exact))
    }

    @Test func syntheticMemoryIsDeterministicAndMixesQueryKinds() {
        let a = Self.syntheticMemory(seed: 42, units: 500, queries: 200)
        let b = Self.syntheticMemory(seed: 42, units: 500, queries: 200)
        #expect(a.units == b.units && a.queries == b.queries)
        #expect(Self.syntheticMemory(seed: 43, units: 500, queries: 200).queries != a.queries)
        let kinds = Dictionary(grouping: a.queryKinds, by: { $0 }).mapValues(\.count)
        #expect(kinds[.fresh, default: 0] > 60 && kinds[.revised, default: 0] > 40 && kinds[.repeated, default: 0] > 10)
        // Repeats are memory sources verbatim.
        let sources = Set(a.units.map(\.sourceText))
        for (query, kind) in zip(a.queries, a.queryKinds) where kind == .repeated { #expect(sources.contains(query)) }
        #expect(SyntheticMemory.words(tsv: "the\t0.05\nschool\t0.001\n\nbus").map(\.word) == ["the", "school", "bus"])
    }
}
