import Foundation
import Testing

@testable import TranslateKit

@Suite struct ParallelMapTests {
    @Test func resultsAreInIndexOrderWhateverTheWorkers() {
        // Uneven work (long items first) so workers finish out of order.
        let words = (0..<1_000).map { String(repeating: "ж", count: ($0 * 7919) % 300) + "\($0)" }
        for minimum in [1, 8, 16, 5_000] {
            #expect(parallelMap(words.count, minimumPerWorker: minimum) { words[$0].unicodeScalars.count } == words.map { $0.unicodeScalars.count })
        }
        #expect(parallelMap(0) { $0 }.isEmpty)
        #expect(parallelMap(1) { "één \($0)" } == ["één 0"])
    }
}
