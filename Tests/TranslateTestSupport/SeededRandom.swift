import Foundation

/// SplitMix64: the one seeded generator every random-input test uses, so a failure replays from
/// the seed it printed (each suite reads its own environment variable, e.g. TRANSLATE_TEST_SEED).
public struct SeededRandom: RandomNumberGenerator {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        self.state = seed
    }

    /// Seeded from TRANSLATE_TEST_SEED when set, else a fresh seed.
    public init() { self.init(seed: Self.seedFromEnvironment()) }

    /// The seed in environment variable `variable`, or a fresh one.
    public static func seedFromEnvironment(_ variable: String = "TRANSLATE_TEST_SEED") -> UInt64 {
        if let value = ProcessInfo.processInfo.environment[variable], let seed = UInt64(value) { return seed }
        return UInt64.random(in: 1...UInt64.max)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SeededRandom {
    /// 0..<n, by modulo (the slight bias does not matter for test inputs, and keeps sequences stable).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}
