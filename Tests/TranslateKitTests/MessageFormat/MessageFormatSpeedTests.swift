import Foundation
import Testing
@testable import TranslateKit

/// A speed check, not a benchmark: parsing must stay far from being a bottleneck for whole catalogs.
@Suite struct MessageFormatSpeedTests {
    @Test func parsesOneHundredThousandMessagesQuickly() {
        let seed: UInt64 = 20_261_123
        // Catalog-sized messages (real ones average about 50 scalars); debug builds check a tenth of the load.
        let base = MessageCorpus.generated(seed: seed, count: 5_000).filter { $0.unicodeScalars.count <= 160 }
            + ["Hello {name}, you have {count, plural, one {# message} other {# messages}}", "Bonjour, c'est l''été !"]
        #if DEBUG
        let count = 10_000
        #else
        let count = 100_000
        #endif
        let messages = (0..<count).map { base[$0 % base.count] }
        let scalars = messages.reduce(0) { $0 + $1.unicodeScalars.count }
        let clock = ContinuousClock()
        var valid = 0
        let elapsed = clock.measure {
            for message in messages where MessageFormatParser.parse(message).isValid { valid += 1 }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("MessageFormat speed: \(count) messages (\(scalars) scalars, \(valid) valid, seed \(seed)) parsed in \(String(format: "%.3f", seconds)) s")
        #expect(valid > count / 10 && valid < count)
        #if DEBUG
        #expect(seconds < 20, "debug builds are slow, but not this slow")
        #else
        #expect(seconds < 2, "release parsing of 100k messages should take well under a second")
        #endif
    }
}
