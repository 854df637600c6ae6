import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// The sample project under git: two vendors' XLIFF imports for es-US and an extract after a
/// content change, on three branches, merge with no conflict markers and no lost translation.
@Suite(.serialized) struct SampleProjectMergeTests {
    struct Unit {
        var id: String
        var source: String
        var target: String?
    }

    /// Units of an XLIFF 2 export whose English is plain text (no inline codes or escapes).
    static func plainUnits(_ xliff: String) -> [Unit] {
        xliff.components(separatedBy: "<unit id=\"").dropFirst().compactMap { chunk in
            guard let id = chunk.split(separator: "\"").first,
                let sourceStart = chunk.range(of: "<source xml:space=\"preserve\">"),
                let sourceEnd = chunk.range(of: "</source>")
            else { return nil }
            let source = String(chunk[sourceStart.upperBound..<sourceEnd.lowerBound])
            guard !source.contains("<"), !source.contains("&"), !source.contains("{") else { return nil }
            var target: String?
            if let start = chunk.range(of: "<target xml:space=\"preserve\">"), let end = chunk.range(of: "</target>") {
                target = String(chunk[start.upperBound..<end.lowerBound])
            }
            return Unit(id: String(id), source: source, target: target)
        }
    }

    /// The export with new targets for some units.
    static func translating(_ xliff: String, _ targets: [String: String]) -> String {
        var parts = xliff.components(separatedBy: "<unit id=\"")
        for index in parts.indices.dropFirst() {
            guard let id = parts[index].split(separator: "\"").first, let text = targets[String(id)] else { continue }
            var chunk = parts[index]
            if let start = chunk.range(of: "\n        <target"), let end = chunk.range(of: "</target>") {
                chunk.removeSubrange(start.lowerBound..<end.upperBound)
            }
            chunk = chunk.replacingOccurrences(of: "</source>", with: "</source>\n        <target xml:space=\"preserve\">\(text)</target>")
            chunk = chunk.replacingOccurrences(of: "<segment state=\"initial\">", with: "<segment state=\"translated\">")
            parts[index] = chunk
        }
        return parts.joined(separator: "<unit id=\"")
    }

    func translate(_ arguments: [String], _ project: URL) throws {
        let result = try TranslateBinary.run(arguments + ["--root", project.path])
        #expect(result.status == 0, "translate \(arguments.joined(separator: " ")): \(result.stderr)")
    }

    @Test func vendorImportsAndAnExtractMergeWithoutLosingTranslations() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let repository = try GitRepository.create(at: project)
        try repository.commitAll("sample project")
        let exportResult = try TranslateBinary.run(["export", "--lang", "es-US", "--format", "xliff", "--root", project.path])
        let export = exportResult.stdout
        let untranslated = Self.plainUnits(export).filter { $0.target == nil }
        let translated = Self.plainUnits(export).filter { $0.target != nil }
        try #require(untranslated.count >= 4 && translated.count >= 1)

        // Vendor A: two new translations, one shared with vendor B, and one existing translation revised.
        let vendorA = [
            untranslated[0].id: "Traducción A uno", untranslated[1].id: "Traducción A dos",
            untranslated[2].id: "Versión del proveedor A", translated[0].id: "Revisión del proveedor A",
        ]
        // Vendor B: the shared unit differently, and one of its own.
        let vendorB = [untranslated[2].id: "Versión del proveedor B", untranslated[3].id: "Traducción B cuatro"]
        let xliff = FileManager.default.temporaryDirectory.appendingPathComponent("vendor-\(UUID().uuidString).xlf")
        defer { try? FileManager.default.removeItem(at: xliff) }
        for (branch, targets) in [("vendor-a", vendorA), ("vendor-b", vendorB)] {
            try repository.git("checkout", "-q", "-b", branch, "main")
            try Data(Self.translating(export, targets).utf8).write(to: xliff)
            try translate(["import", xliff.path], project)
            try repository.commitAll("\(branch) import")
        }

        // A content change: vendor A's first unit's English is edited, and extract runs.
        try repository.git("checkout", "-q", "-b", "content", "main")
        let files = FileManager.default.enumerator(at: project.appendingPathComponent("Content"), includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
        let edited = try #require(files.first { (try? String(contentsOf: $0, encoding: .utf8))?.contains(untranslated[0].source) == true })
        let page = try String(contentsOf: edited, encoding: .utf8)
        try Data(page.replacingOccurrences(of: untranslated[0].source, with: untranslated[0].source + " Updated for 2027.").utf8).write(to: edited)
        try translate(["extract"], project)
        try repository.commitAll("content change and extract")

        try repository.git("checkout", "-q", "main")
        for branch in ["vendor-a", "vendor-b", "content"] {
            let merge = try repository.run(["merge", "--no-edit", branch])
            #expect(merge.status == 0, "merging \(branch): \(merge.output)")
        }
        #expect(try repository.git("status", "--porcelain").isEmpty)
        for file in try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("Locales").path)
        where file.hasSuffix(".po") || file.hasSuffix(".pot") {
            #expect(!(try repository.read("Locales/\(file)")).contains("<<<<<<<"), "\(file) has conflict markers")
        }
        let text = try repository.read("Locales/es-US.po")
        let catalog = POReader.parse(text, path: "Locales/es-US.po")
        #expect(catalog.diagnostics.filter { $0.severity == .error }.isEmpty)
        var present = Set<String>()
        for entry in catalog.catalog.entries {
            present.insert(entry.translation)
            present.formUnion(CatalogThreeWayMerge.alternatives(in: entry))
        }
        for text in Array(vendorA.values) + Array(vendorB.values) { #expect(present.contains(text), "lost '\(text)'") }
        let shared = try #require(catalog.catalog.entries.first { $0.translation == "Versión del proveedor A" })
        #expect(shared.isFuzzy && CatalogThreeWayMerge.alternatives(in: shared) == ["Versión del proveedor B"])
        // The edited English: its old translation is kept (obsolete), and the catalog is what sync would write.
        #expect(catalog.catalog.entries.contains { $0.translation == "Traducción A uno" && $0.isObsolete })
        let sync = try TranslateBinary.run(["sync", "--format", "json", "--root", project.path])
        #expect(sync.stdout.contains("\"language\":\"es-US\",\"modernized\":0,\"obsoleted\":0,\"written\":false"), "\(sync.stdout)")
        // translate check reports the choice left to a reviewer.
        let check = try TranslateBinary.run(["check", "--root", project.path])
        #expect(check.stdout.contains("[merge-conflict]") || check.stderr.contains("[merge-conflict]"))
    }
}
