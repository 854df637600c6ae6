import Foundation
import Testing

@testable import TranslateKit

/// Measures lookups on 100k units; run on demand in release:
/// `TM_MEASURE=1 swift test -c release -Xswiftc -enable-testing --filter MemoryIndexSpeedTests`.
@Suite struct MemoryIndexSpeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TM_MEASURE"] == "1"))
    func hundredThousandUnits() {
        var rng = MemorySeededGenerator(seed: 42)
        // A Zipf-like vocabulary of 4,000 made-up words plus the district's frequent ones, so
        // trigram frequencies look like real English rather than a 40-word toy language.
        let common = [
            "the", "school", "is", "on", "at", "for", "your", "child", "students", "parents", "please", "will", "be",
            "closed", "Monday", "Friday", "3:30", "1/5", "{name}", "and", "to", "of", "a", "in",
        ]
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let rare = (0..<4000).map { _ in String((0..<Int.random(in: 3...10, using: &rng)).map { _ in letters.randomElement(using: &rng)! }) }
        func word() -> String {
            let r = Double.random(in: 0..<1, using: &rng)
            if r < 0.45 { return common.randomElement(using: &rng)! }
            // Zipf-ish: low indices far more likely.
            let i = Int(pow(Double(rare.count), Double.random(in: 0..<1, using: &rng))) - 1
            return rare[max(0, min(rare.count - 1, i))]
        }
        func sentence() -> String { (0..<Int.random(in: 4...18, using: &rng)).map { _ in word() }.joined(separator: " ") }
        let units = (0..<100_000).map { i in MemoryUnit(sourceMessage: sentence(), targetMessage: "t\(i)") }
        var start = Date()
        let memory = TranslationMemory(language: "es", units: units)
        let stored = Date().timeIntervalSince(start)
        start = Date()
        let tmx = TMXWriter.write(memory.document)
        let written = Date().timeIntervalSince(start)
        start = Date()
        var reread: TranslationMemory?
        do { reread = TranslationMemory(document: try TMXReader.parse(tmx, path: "es.tmx"), language: "es") } catch { Issue.record("\(error)") }
        let read = Date().timeIntervalSince(start)
        #expect(reread?.units.count == memory.units.count)
        print(
            "100k units: TMX \(tmx.utf8.count / 1_000_000) MB written in \(String(format: "%.2f", written)) s, read back in \(String(format: "%.2f", read)) s")
        start = Date()
        let index = MemoryIndex(memory)
        let built = Date().timeIntervalSince(start)
        // Half near-repeats of memory sources (one word changed), half new sentences.
        let queries = (0..<200).map { i -> String in
            guard i % 2 == 0 else { return sentence() }
            var words = units.randomElement(using: &rng)!.sourceText.split(separator: " ").map(String.init)
            words[Int.random(in: 0..<words.count, using: &rng)] = word()
            return words.joined(separator: " ")
        }
        var found = 0
        start = Date()
        for query in queries { found += index.lookup(MemoryQuery(query), limit: 5, minimumScore: 75).count }
        let each = Date().timeIntervalSince(start) / Double(queries.count)
        start = Date()
        for query in queries.prefix(50) { _ = index.lookup(MemoryQuery(query), limit: 5, minimumScore: 50) }
        let each50 = Date().timeIntervalSince(start) / 50
        print(
            "100k units: store \(String(format: "%.2f", stored)) s, index \(String(format: "%.2f", built)) s, lookup ≥75 \(String(format: "%.2f", each * 1000)) ms, ≥50 \(String(format: "%.2f", each50 * 1000)) ms, \(found) matches"
        )
        #expect(found > 0)
    }
}
