import Foundation
import Testing

@testable import TranslateKit

/// A speed check, not a benchmark: parsing must stay far from being a bottleneck for whole catalogs.
@Suite struct MessageFormatSpeedTests {
    @Test func parsesOneHundredThousandMessagesQuickly() {
        let seed: UInt64 = 20_261_123
        // Catalog-sized messages (real ones average about 50 scalars); debug builds check a tenth of the load.
        let base =
            MessageCorpus.generated(seed: seed, count: 5_000).filter { $0.unicodeScalars.count <= 160 }
            + ["Hello {name}, you have {count, plural, one {# message} other {# messages}}", "Bonjour, c'est l''été !"]
        #if DEBUG
            let count = 10_000
        #else
            let count = 100_000
        #endif
        let messages = (0..<count).map { base[$0 % base.count] }
        let scalars = messages.reduce(0) { $0 + $1.unicodeScalars.count }
        // Thread CPU time, so that other builds sharing the machine do not count against the parser.
        func cpuSeconds() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        var valid = 0
        let wallStart = Date()
        let cpuStart = cpuSeconds()
        for message in messages where MessageFormatParser.parse(message).isValid { valid += 1 }
        let seconds = cpuSeconds() - cpuStart
        let wall = Date().timeIntervalSince(wallStart)
        print(
            "MessageFormat speed: \(count) messages (\(scalars) scalars, \(valid) valid, seed \(seed)) parsed in \(String(format: "%.3f", seconds)) s of CPU (\(String(format: "%.3f", wall)) s wall)"
        )
        #expect(valid > count / 10 && valid < count)
        #if DEBUG
            #expect(seconds < 20, "debug builds are slow, but not this slow")
        #else
            #expect(seconds < 2, "release parsing of 100k messages should take well under a second")
        #endif
    }
}
