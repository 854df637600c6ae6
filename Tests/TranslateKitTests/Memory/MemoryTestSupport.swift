import Foundation
@testable import TranslateKit

/// Fixtures and a seeded generator shared by the memory suites.
enum MemoryFixtures {
    static var folder: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("Memory")
    }

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tm-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// SplitMix64: a small generator whose sequence depends only on its seed.
struct MemorySeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// The real-world corpus: Django's PO files under .corpus/django (made by `bash .ci/setup`).
/// Tests skip without it, except under CI=true where its absence is a failure.
enum MemoryCorpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".corpus/django")

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}
