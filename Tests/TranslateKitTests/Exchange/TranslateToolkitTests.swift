import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Our XLIFF 1.2 as a real consumer reads it: translate-toolkit (Debian's python3-translate), the library
/// behind Pootle, Weblate's older imports and `xliff2po`. Skips when it is absent, except on CI, where
/// .ci/setup installs it.
@Suite(.serialized) struct TranslateToolkitTests {
    /// A python3 that can import translate-toolkit (a pyenv python on PATH may not see Debian's packages).
    static let python: URL? = {
        var candidates: [URL] = []
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") { candidates.append(URL(fileURLWithPath: String(folder)).appendingPathComponent("python3")) }
        candidates.append(URL(fileURLWithPath: "/usr/bin/python3"))
        return candidates.first { candidate in
            guard FileManager.default.isExecutableFile(atPath: candidate.path) else { return false }
            return (try? ExternalTool.run(candidate, ["-c", "import translate.storage.xliff"], timeout: 30).status) == 0
        }
    }()

    /// Per unit, what translate-toolkit says: id, fuzzy, translated, source; then the PO `xliff2po` makes of the file.
    static let script = """
        import json, sys
        from translate.storage import xliff
        from translate.convert import xliff2po
        data = open(sys.argv[1], "rb").read()
        store = xliff.xlifffile.parsestring(data)
        units = [{"id": u.getid(), "context": u.getcontext(), "fuzzy": u.isfuzzy(), "translated": u.istranslated(),
                  "source": u.source, "target": u.target or ""} for u in store.units]
        po = xliff2po.xliff2po().convertstore(data)
        print(json.dumps({"units": units, "po": bytes(po).decode("utf-8")}))
        """

    struct Verdict: Decodable {
        struct Unit: Decodable {
            var id: String
            var context: String
            var fuzzy: Bool
            var translated: Bool
            var source: String
            var target: String
        }
        var units: [Unit]
        var po: String
    }

    @Test(
        .enabled(
            if: python != nil || ExternalTool.onCI, "translate-toolkit is not installed (apt-get install translate-toolkit, or run .ci/setup); test skipped"))
    func sampleSpanishReadsAsTranslatedWithEveryKeyKept() throws {
        let python = try #require(Self.python, "CI=true but translate-toolkit is missing: .ci/setup should have installed it")
        var catalog = try POReader.read(SampleContent.root.appendingPathComponent("Locales/es-US.po")).catalog
        // The sample has no fuzzy entry: one translation made fuzzy, as sync does when the English changes.
        let closed = try #require(catalog.entries.firstIndex { $0.source == "All after-school activities are canceled." && !$0.translation.isEmpty })
        catalog.entries[closed].flags.append("fuzzy")
        let document = ExchangeDocument(catalog: catalog, language: "es-US")
        let xliff = try XLIFF12Document.write(document)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ttk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("es-US.xlf")
        try AtomicFile.write(xliff, to: file)
        let run = try ExternalTool.run(python, ["-c", Self.script, file.path])
        #expect(run.status == 0, "translate-toolkit: \(run.stderr)")
        let verdict = try JSONDecoder().decode(Verdict.self, from: Data(run.stdout.utf8))

        // Every unit, in order, with its key as id (translate-toolkit prefixes the file's `original` and U+0004).
        #expect(verdict.units.map { $0.id.split(separator: "\u{4}").last.map(String.init) ?? "" } == document.units.map(\.key))
        // Text without inline codes arrives as is (translate-toolkit's plain text drops `<x/>` and `<g>` codes).
        for (unit, theirs) in zip(document.units, verdict.units) where !(unit.source ?? "").contains(where: { "{<".contains($0) }) {
            #expect(theirs.source == unit.source && theirs.target == unit.target, "\(unit.key)")
        }
        // States as we wrote them: translated is translated (not fuzzy), fuzzy stays fuzzy, the rest is neither.
        let translated = document.units.filter { $0.state == .translated }.map(\.key)
        let fuzzy = document.units.filter { $0.state == .fuzzy }.map(\.key)
        #expect(translated.count >= 30 && !fuzzy.isEmpty, "the sample's es-US catalog changed: \(translated.count) translated, \(fuzzy.count) fuzzy")
        for (unit, theirs) in zip(document.units, verdict.units) {
            #expect(theirs.translated == (unit.state == .translated), "\(unit.key): translate-toolkit says translated=\(theirs.translated)")
            #expect(theirs.fuzzy == (unit.state == .fuzzy), "\(unit.key): translate-toolkit says fuzzy=\(theirs.fuzzy)")
        }

        // xliff2po keeps the two keys whose English is "Home" apart (it gives each its id as context) and the fuzzy flags.
        let po = POReader.parse(verdict.po, path: "xliff2po.po")
        #expect(po.diagnostics.isEmpty, "\(po.diagnostics)")
        let homes = po.catalog.entries.filter { $0.source == "Home" }
        #expect(homes.count == 2 && Set(homes.compactMap(\.key)).count == 2, "\(homes.map(\.key))")
        let entries = po.catalog.entries.filter { !$0.isHeader && !$0.isObsolete }
        #expect(entries.count == document.units.count)
        #expect(entries.filter(\.isFuzzy).count == fuzzy.count)

        // Our import of our export changes nothing.
        let read = try XLIFF12Document.read(try TextFile.read(file), path: "es-US.xlf")
        #expect(
            read.units
                == document.units.map { unit in
                    var unit = unit
                    unit.position = read.units.first { $0.key == unit.key }?.position
                    return unit
                })
        let (applied, report) = CatalogImporter.apply(read, to: catalog)
        #expect(applied == catalog)
        #expect(report.added.isEmpty && report.updated.isEmpty && report.rejected.isEmpty)
    }
}
