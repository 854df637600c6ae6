import Foundation
import Testing
@testable import TranslateKit

/// Measures lookups on 100k units; run on demand in release:
/// `TM_MEASURE=1 swift test -c release -Xswiftc -enable-testing --filter MemoryIndexSpeedTests`.
@Suite struct MemoryIndexSpeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TM_MEASURE"] == "1"))
    func hundredThousandUnits() {
        var rng = MemorySeededGenerator(seed: 42)
        let words = ["school", "is", "closed", "on", "Monday", "Tuesday", "buses", "late", "lunch", "menu", "the", "family",
                     "conference", "at", "3:30", "1/5", "{name}", "students", "parents", "teacher", "please", "sign", "form",
                     "return", "by", "Friday", "report", "cards", "will", "be", "sent", "home", "with", "your", "child",
                     "district", "calendar", "holiday", "early", "dismissal", "registration", "open", "for", "kindergarten"]
        func sentence() -> String { (0..<Int.random(in: 4...18, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ") }
        let units = (0..<100_000).map { i in MemoryUnit(sourceMessage: sentence(), targetMessage: "t\(i)") }
        var start = Date()
        let memory = TranslationMemory(language: "es", units: units)
        let stored = Date().timeIntervalSince(start)
        start = Date()
        let index = MemoryIndex(memory)
        let built = Date().timeIntervalSince(start)
        let queries = (0..<200).map { _ in sentence() }
        var found = 0
        start = Date()
        for query in queries { found += index.lookup(MemoryQuery(query), limit: 5, minimumScore: 75).count }
        let each = Date().timeIntervalSince(start) / Double(queries.count)
        start = Date()
        for query in queries.prefix(50) { _ = index.lookup(MemoryQuery(query), limit: 5, minimumScore: 50) }
        let each50 = Date().timeIntervalSince(start) / 50
        print("100k units: store \(String(format: "%.2f", stored)) s, index \(String(format: "%.2f", built)) s, lookup ≥75 \(String(format: "%.2f", each * 1000)) ms, ≥50 \(String(format: "%.2f", each50 * 1000)) ms, \(found) matches")
        #expect(found > 0)
    }
}
