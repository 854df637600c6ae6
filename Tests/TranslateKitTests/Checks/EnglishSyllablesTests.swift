import Foundation
import Testing

@testable import TranslateKit

/// The syllable counter against CMUdict's counts for the 5,000 most frequent English words (Fixtures/Syllables).
@Suite struct EnglishSyllablesTests {
    static let fixture: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
        .appendingPathComponent("Syllables/english-5000.tsv")

    @Test func agreesWithCMUdictOnAtLeast95PercentOfTheMostFrequentWords() throws {
        let text = try String(contentsOf: try #require(Self.fixture), encoding: .utf8)
        var total = 0
        var agreed = 0
        var misses: [(word: Substring, counted: Int, expected: [Int])] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else {
                Issue.record("malformed line \(line)")
                continue
            }
            let expected = fields[1].split(separator: ",").compactMap { Int($0) }
            let counted = EnglishSyllables.count(fields[0])
            total += 1
            if expected.contains(counted) { agreed += 1 } else { misses.append((fields[0], counted, expected)) }
        }
        #expect(total >= 4900)
        let share = Double(agreed) / Double(total)
        // The worst misses first (furthest from any dictionary count), then by frequency rank.
        let worst = misses.enumerated().sorted { a, b in
            let da = a.element.expected.map { abs($0 - a.element.counted) }.min()!
            let db = b.element.expected.map { abs($0 - b.element.counted) }.min()!
            return da != db ? da > db : a.offset < b.offset
        }.prefix(15).map { "\($0.element.word) \($0.element.counted) (CMUdict \($0.element.expected.map(String.init).joined(separator: "/")))" }
        print(
            "EnglishSyllables: \(agreed) of \(total) words agree with CMUdict (\(String(format: "%.2f", share * 100))%); worst misses: \(worst.joined(separator: ", "))"
        )
        #expect(share >= 0.95, "\(agreed) of \(total); worst misses: \(worst)")
    }

    @Test func rulesForSilentAndSplitVowels() {
        let cases: [(String, Int)] = [
            ("make", 1), ("table", 2), ("centre", 2), ("wanted", 2), ("called", 1), ("settled", 2), ("houses", 2), ("makes", 1),
            ("places", 2), ("lovely", 2), ("statement", 2), ("sometimes", 2), ("radio", 3), ("social", 2), ("actual", 3),
            ("quality", 3), ("science", 2), ("going", 2), ("player", 2), ("beyond", 2), ("didn't", 2), ("don't", 1),
            ("technique", 2), ("criticism", 4), ("year's", 1), ("Wethersfield", 3), ("snowstorm", 2), ("canceled", 2),
        ]
        for (word, syllables) in cases { #expect(EnglishSyllables.count(word) == syllables, "\(word)") }
    }

    @Test func abbreviationsAreSpelledOutAndNumbersHaveNone() {
        #expect(EnglishSyllables.count("SAT") == 3)
        #expect(EnglishSyllables.count("TV") == 2)
        #expect(EnglishSyllables.count("www") == 9)
        #expect(EnglishSyllables.count("2026") == 0)
        #expect(EnglishSyllables.count("’") == 0)
    }
}
