import Foundation
import Testing
@testable import TranslateKit

/// The real-world corpus: Django 5.1.4's PO files (made by `bash .ci/setup`).
enum DjangoCorpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".corpus/django")

    /// Every .po file, sorted; nil when the corpus is absent (then CI must fail, others skip).
    static func files() -> [URL]? {
        guard FileManager.default.fileExists(atPath: root.path),
              let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return nil }
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "po" { files.append(url) }
        return files.isEmpty ? nil : files.sorted { $0.path < $1.path }
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}

@Suite struct POCorpusTests {
    @Test func everyDjangoFileRoundTripsByteForByteWithoutDiagnostics() throws {
        guard let files = DjangoCorpus.files() else {
            if DjangoCorpus.isCI { Issue.record("the Django corpus is missing under \(DjangoCorpus.root.path); run bash .ci/setup") }
            return
        }
        var checked = 0, entries = 0, failures: [String] = []
        for url in files {
            let data = try Data(contentsOf: url)
            let text = String(decoding: data, as: UTF8.self)
            let relative = String(url.path.dropFirst(DjangoCorpus.root.path.count + 1))
            let result = POReader.parse(text, path: relative)
            if !result.diagnostics.isEmpty {
                failures.append("\(relative): \(result.diagnostics.count) diagnostics, first: \(result.diagnostics[0].formatted)")
            }
            let written = POWriter.write(result.catalog)
            if Array(written.utf8) != Array(data) { failures.append("\(relative): round trip differs") }
            #expect(result.catalog.header != nil, "\(relative) has no header")
            entries += result.catalog.entries.count
            checked += 1
        }
        print("Django corpus (Django 5.1.4 PO files under .corpus/django): checked \(checked) files, \(entries) entries, \(failures.count) failures")
        #expect(checked == 1226, "expected the 1,226 Django PO files, found \(checked)")
        #expect(entries > 80_000)
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
    }
}
