import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Each catalog is read once per build: the build gate's check and the bundles see the same bytes, so a
/// catalog edited during a build cannot ship text the check never saw.
@Suite("BuildSnapshot") struct BuildSnapshotTests {
    /// U+202C closes an embedding that was never opened: check refuses it (unicode, error).
    static let refused = "Las escuelas están cerradas hoy\u{202C} por la nieve."

    @Test func aCatalogEditedBetweenTheGateAndTheBundlesShipsWhatWasChecked() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = BuildTestProject.project(root: root)
        let es = root.appendingPathComponent("Locales/es.po")
        let checked = try String(contentsOf: es, encoding: .utf8)
        let snapshot = CatalogSnapshot()
        let report = try ProjectChecker.check(root: root, registry: project.registry, snapshot: snapshot)
        #expect(!report.diagnostics.contains { $0.severity == .error && $0.locale == "es" })

        // An import between the gate and the bundles writes text check would refuse.
        let edited = checked.replacingOccurrences(of: "Las escuelas están cerradas hoy por la nieve.", with: Self.refused)
        #expect(edited != checked)
        try edited.write(to: es, atomically: true, encoding: .utf8)
        let again = try ProjectChecker.check(root: root, registry: project.registry)
        #expect(again.diagnostics.contains { $0.severity == .error && $0.locale == "es" && $0.key == "closing.snow" })

        let builder = BundleBuilder(
            project: project, generatorVersion: "test", excludedKeys: BundleBuilder.excludedKeys(from: report),
            snapshot: snapshot)
        let result = try builder.build()
        for tag in ["es", "es-US"] {
            let bundle = try #require(try BundleBuilderTests.json(result.files["\(tag).json"]) as? [String: String])
            #expect(bundle["closing.snow"] == "Las escuelas están cerradas hoy por la nieve.", "\(tag)")
        }
        // (ar-XB's pseudo-localization uses U+202C itself: look for the edited sentence, not the character.)
        #expect(!result.files.values.contains { String(decoding: $0, as: UTF8.self).contains("hoy\u{202C}") })

        // Without the gate's snapshot, the build reads the edited file (what `build` did before).
        let unshared = try BundleBuilder(project: project, generatorVersion: "test").build()
        #expect((try BundleBuilderTests.json(unshared.files["es.json"]) as? [String: String])?["closing.snow"] == Self.refused)
    }

    @Test func checkAndBuildReadEachFileOnce() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = BuildTestProject.project(root: root)
        let reads = ReadCounter()
        let snapshot = CatalogSnapshot(readFile: { url in
            reads.add(url.lastPathComponent)
            return try Data(contentsOf: url)
        })
        let report = try ProjectChecker.check(root: root, registry: project.registry, snapshot: snapshot)
        _ = try BundleBuilder(
            project: project, generatorVersion: "test", excludedKeys: BundleBuilder.excludedKeys(from: report),
            snapshot: snapshot
        ).build()
        let files = ["messages.pot", "es.po", "es-US.po", "pt.po", "ar.po", "pl.po", "ja.po"]
        // Every file once, those that exist and those looked for in vain (a language without a catalog).
        #expect(Set(files).isSubset(of: reads.counts.keys))
        #expect(reads.counts.values.allSatisfy { $0 == 1 }, "\(reads.counts)")
        for name in files { #expect(snapshot.diskReads(of: root.appendingPathComponent("Locales/\(name)")) == 1, "\(name)") }
    }

    @Test func snapshotKeepsErrorsAndNamesTheFileAsAsked() throws {
        let snapshot = CatalogSnapshot()
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString).po")
        #expect(throws: TranslateError.self) { try snapshot.data(missing, displayPath: "Locales/xx.po") }
        do { _ = try snapshot.text(missing, displayPath: "Locales/xx.po") } catch let error as TranslateError {
            #expect(error.path == "Locales/xx.po" && error.message == "file not found")
        }
        // Written after the first read: the snapshot still answers as it first did.
        try Data("msgid \"\"\n".utf8).write(to: missing)
        defer { try? FileManager.default.removeItem(at: missing) }
        #expect(throws: TranslateError.self) { try snapshot.data(missing) }
        #expect(snapshot.diskReads(of: missing) == 1)
        #expect(try CatalogSnapshot().text(missing) == "msgid \"\"\n")
    }
}

/// Counts calls by name from any thread.
private final class ReadCounter: @unchecked Sendable {
    // @unchecked: `values` is only touched under `lock`.
    private let lock = NSLock()
    private var values: [String: Int] = [:]
    func add(_ name: String) { lock.withLock { values[name, default: 0] += 1 } }
    var counts: [String: Int] { lock.withLock { values } }
}
