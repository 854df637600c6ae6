import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Incremental builds: a language's input hash moves with each of its inputs and only with them, and a
/// previous build's files are reused only when they are intact and made by the same tool.
@Suite("BuildState") struct BuildStateTests {
    static func hash(
        _ language: Language, catalogs: [String: String] = [:], excluded: [String: Set<String>] = [:],
        version: String = "1", template: String = "t", content: String = ""
    ) -> String {
        IncrementalBuild.inputHash(
            language: language, generatorVersion: version, templateHash: template,
            catalogHash: { catalogs[$0] ?? "-" }, excludedKeys: excluded, contentHash: content)
    }

    @Test func inputHashMovesWithEveryInputOfTheLanguageAndNothingElse() throws {
        let registry = LanguageRegistry.builtIn()
        let esUS = try #require(registry.language("es-US"))
        #expect(esUS.fallbackChain.contains("es"))
        let base = Self.hash(esUS, catalogs: ["es-US": "a", "es": "b", "fr": "c"])
        #expect(base == Self.hash(esUS, catalogs: ["es-US": "a", "es": "b", "fr": "c"]))
        // Its own catalog, a catalog of its chain, keys excluded in its chain, the template, the pages, the tool.
        #expect(base != Self.hash(esUS, catalogs: ["es-US": "x", "es": "b", "fr": "c"]))
        #expect(base != Self.hash(esUS, catalogs: ["es-US": "a", "es": "x", "fr": "c"]))
        #expect(base != Self.hash(esUS, catalogs: ["es-US": "a", "es": "b", "fr": "c"], excluded: ["es": ["k"]]))
        #expect(base != Self.hash(esUS, catalogs: ["es-US": "a", "es": "b", "fr": "c"], template: "u"))
        #expect(base != Self.hash(esUS, catalogs: ["es-US": "a", "es": "b", "fr": "c"], content: "Content/a.html:00\n"))
        #expect(base != Self.hash(esUS, catalogs: ["es-US": "a", "es": "b", "fr": "c"], version: "2"))
        // Another language's catalog or excluded keys do not rebuild es-US.
        #expect(base == Self.hash(esUS, catalogs: ["es-US": "a", "es": "b", "fr": "x"], excluded: ["fr": ["k"]]))
        // Its registry row is an input too.
        var renamed = esUS
        renamed.endonym = "español (EE. UU.)"
        #expect(base != Self.hash(renamed, catalogs: ["es-US": "a", "es": "b", "fr": "c"]))
    }

    /// Builds the test project into a folder, as Output/ would hold it.
    static func buildOutput(_ root: URL, version: String = "test") throws -> URL {
        let result = try BundleBuilder(project: BuildTestProject.project(root: root), generatorVersion: version).build()
        let output = root.appendingPathComponent("Output", isDirectory: true)
        for (path, data) in result.files {
            let url = output.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return output
    }

    @Test func reusesOnlyIntactFilesOfUnchangedInputsBySameTool() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try Self.buildOutput(root)
        var incremental = IncrementalBuild(previous: output, generatorVersion: "test")
        let recorded = try #require(incremental.previousState?.languages["ar"])
        let found = incremental.reuse("ar", inputs: recorded.inputs)
        let reused = try #require(found)
        #expect(reused.entry == recorded.entry)
        #expect(Set(reused.files.keys) == ["ar.json", "ar.meta.json", "pages/ar/Content/lunch.html"])
        #expect(reused.files["ar.json"] == (try Data(contentsOf: output.appendingPathComponent("ar.json"))))
        #expect(incremental.state.languages["ar"] == recorded)
        // Other inputs: build.
        let other = incremental.reuse("pl", inputs: "other")
        #expect(other == nil)
        #expect(incremental.state.languages["pl"] == nil)
        // Another tool version: build.
        var newer = IncrementalBuild(previous: output, generatorVersion: "test 2")
        let byNewer = newer.reuse("ar", inputs: recorded.inputs)
        #expect(byNewer == nil)
        // A bundle edited by hand: build.
        try Data("{}\n".utf8).write(to: output.appendingPathComponent("ar.json"))
        var edited = IncrementalBuild(previous: output, generatorVersion: "test")
        let afterEdit = edited.reuse("ar", inputs: recorded.inputs)
        #expect(afterEdit == nil)
        // No previous Output/: build everything.
        var fresh = IncrementalBuild(previous: nil, generatorVersion: "test")
        let withoutPrevious = fresh.reuse("ar", inputs: recorded.inputs)
        #expect(fresh.previousState == nil && withoutPrevious == nil)
    }

    @Test func aSecondBuildReusesEveryLanguageWithTheSameFiles() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try Self.buildOutput(root)
        let builder = BundleBuilder(project: BuildTestProject.project(root: root), generatorVersion: "test")
        let first = try builder.build()
        let second = try builder.build(previous: output)
        #expect(Set(second.reused) == BuildTestProject.tags)
        #expect(second.files == first.files)
        // A changed fallback catalog rebuilds the languages that fall back to it, and only those.
        let es = root.appendingPathComponent("Locales/es.po")
        try (try String(contentsOf: es, encoding: .utf8)).replacingOccurrences(of: "dólares", with: "pesos").write(to: es, atomically: true, encoding: .utf8)
        let third = try builder.build(previous: output)
        #expect(Set(BuildTestProject.tags).subtracting(third.reused) == ["es", "es-US"])
    }
}
