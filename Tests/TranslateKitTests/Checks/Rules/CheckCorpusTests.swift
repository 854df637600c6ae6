import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// The checks on real Django PO files: no crash, and every position lands inside the file.
@Suite struct CheckCorpusTests {
    static var corpus: URL {
        TranslateBinary.packageRoot.appendingPathComponent(".corpus/django")
    }

    @Test func positionsLandInsideRealFiles() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus.path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("the Django corpus is missing; run bash .ci/setup") }
            return
        }
        let files = (FileManager.default.enumerator(atPath: Self.corpus.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".po") }.sorted()
        // Every 12th file: about a hundred files in many languages, the same ones on every run.
        let sample = files.enumerated().filter { $0.offset % 12 == 0 }.map(\.element)
        #expect(sample.count > 50)
        var total = 0
        var byCheck: [String: Int] = [:]
        for relative in sample {
            let url = Self.corpus.appendingPathComponent(relative)
            guard let text = try? TextFile.read(url) else { continue }
            let language = url.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.replacingOccurrences(of: "_", with: "-")
            let lines = ProjectChecker.split(text)
            let diagnostics = CheckRunner().run(text: text, path: relative, language: language)
            for d in diagnostics {
                total += 1
                byCheck[d.check ?? "-", default: 0] += 1
                guard let position = d.position else {
                    Issue.record("no position: \(d.formatted)")
                    continue
                }
                let inside =
                    position.line >= 1 && position.line <= lines.count
                    && position.column >= 1 && position.column <= lines[position.line - 1].unicodeScalars.count + 1
                #expect(inside, "\(d.formatted) is outside the file")
            }
        }
        print("CheckCorpusTests: \(sample.count) files, \(total) findings: \(byCheck.sorted { $0.key < $1.key })")
        #expect(total > 0)
    }
}
