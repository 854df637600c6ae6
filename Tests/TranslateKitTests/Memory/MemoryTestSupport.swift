import Foundation
import TranslateTestSupport

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

typealias MemorySeededGenerator = SeededRandom

/// The real-world corpus: Django's PO files under .corpus/django (made by `bash .ci/setup`).
/// Tests skip without it, except under CI=true where its absence is a failure.
enum MemoryCorpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".corpus/django")

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}
