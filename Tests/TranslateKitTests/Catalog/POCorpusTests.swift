import Foundation
import Testing

@testable import TranslateKit

/// The real-world corpus: Django 5.1.4's PO files (made by `bash .ci/setup`).
enum CatalogCorpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".corpus/django")

    /// Every .po file, sorted; nil when the corpus is absent (then CI must fail, others skip).
    static func files() -> [URL]? {
        guard FileManager.default.fileExists(atPath: root.path),
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        else { return nil }
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "po" { files.append(url) }
        return files.isEmpty ? nil : files.sorted { $0.path < $1.path }
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}

@Suite struct POCorpusTests {
    @Test func everyDjangoFileRoundTripsByteForByteWithoutDiagnostics() throws {
        guard let files = CatalogCorpus.files() else {
            if CatalogCorpus.isCI { Issue.record("the Django corpus is missing under \(CatalogCorpus.root.path); run bash .ci/setup") }
            return
        }
        var checked = 0
        var entries = 0
        var canonicalSame = 0
        var canonicalChecked = 0
        var failures: [String] = []
        for url in files {
            let data = try Data(contentsOf: url)
            let text = String(decoding: data, as: UTF8.self)
            let relative = String(url.path.dropFirst(CatalogCorpus.root.path.count + 1))
            let result = POReader.parse(text, path: relative)
            if !result.diagnostics.isEmpty {
                failures.append("\(relative): \(result.diagnostics.count) diagnostics, first: \(result.diagnostics[0].formatted)")
            }
            let written = POWriter.write(result.catalog)
            if Array(written.utf8) != Array(data) { failures.append("\(relative): round trip differs") }
            #expect(result.catalog.header != nil, "\(relative) has no header")
            entries += result.catalog.entries.count
            checked += 1
            // Without the kept original text, the canonical writer should reproduce what msgmerge /
            // Transifex wrote for nearly every entry (the rest differ in line-break opportunities
            // between gettext versions). Every third file keeps the suite fast on busy machines.
            if checked % 3 == 1 {
                for entry in [result.catalog.header].compactMap({ $0 }) + result.catalog.entries {
                    canonicalChecked += 1
                    if POWriter.format(entry, lineEnding: result.catalog.lineEnding) == entry.originalText?.body { canonicalSame += 1 }
                }
            }
        }
        let rate = Double(canonicalSame) / Double(max(canonicalChecked, 1))
        print(
            "Django corpus: canonical form equals the original for \(canonicalSame) of \(canonicalChecked) entries in every third file (\(String(format: "%.2f", rate * 100))%)"
        )
        #expect(canonicalChecked > 25_000)
        #expect(rate > 0.99)
        print("Django corpus (Django 5.1.4 PO files under .corpus/django): checked \(checked) files, \(entries) entries, \(failures.count) failures")
        #expect(checked == 1226, "expected the 1,226 Django PO files, found \(checked)")
        #expect(entries > 80_000)
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
    }

    /// Marking one entry fuzzy in a real file changes only that entry's lines.
    @Test func changingOneEntryChangesOnlyItsLines() throws {
        guard let files = CatalogCorpus.files() else {
            if CatalogCorpus.isCI { Issue.record("the Django corpus is missing") }
            return
        }
        var checked = 0
        for url in files.filter({ $0.path.contains("/conf/locale/") }).prefix(40) {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            var catalog = POReader.parse(text, path: url.lastPathComponent).catalog
            guard let index = catalog.entries.firstIndex(where: { $0.state == .translated && !$0.isObsolete }) else { continue }
            let original = catalog.entries[index]
            catalog.entries[index].setFlag("fuzzy", true)
            let written = POWriter.write(catalog)
            let oldLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let newLines = written.split(separator: "\n", omittingEmptySubsequences: false)
            // Lines before the entry and after it are identical; only the entry's block differs.
            let before = text.utf8.count - (original.originalText!.body.utf8.count)
            let prefixCount = zip(oldLines, newLines).prefix { $0 == $1 }.count
            let suffixCount = zip(oldLines.reversed(), newLines.reversed()).prefix { $0 == $1 }.count
            let entryStart = original.location!.start.line - 1
            let entryLines = original.originalText!.body.split(separator: "\n", omittingEmptySubsequences: true).count
            #expect(prefixCount >= entryStart, "\(url.path): lines before the entry changed")
            #expect(suffixCount >= oldLines.count - entryStart - entryLines, "\(url.path): lines after the entry changed")
            #expect(newLines.count - oldLines.count <= 1, "\(url.path): more than the flag line was added")
            #expect(before > 0)
            let reread = POReader.parse(written, path: url.lastPathComponent)
            #expect(reread.diagnostics.isEmpty)
            #expect(reread.catalog.entries[index].isFuzzy)
            #expect(reread.catalog.entries[index].translation == original.translation)
            checked += 1
        }
        print("Django corpus: marked one entry fuzzy in \(checked) files; only its lines changed")
        #expect(checked >= 30)
    }
}
