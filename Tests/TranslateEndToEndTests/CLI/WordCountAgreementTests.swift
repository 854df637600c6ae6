import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// extract, status, analyze and report give one word count on the sample (they used to say 1,090 and 1,181).
@Suite(.serialized) struct WordCountAgreementTests {
    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func extractStatusAnalyzeAndReportAgreeOnTheSample() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let extract = try TranslateBinary.run(["extract", "--no-sync", "--format", "json"], in: project)
        #expect(extract.status == 0, "\(extract.stderr)")
        let summary = try #require(try Self.json(extract.stdout) as? [String: Any])
        let words = try #require(summary["words"] as? Int)
        #expect(summary["changed"] as? Bool == false, "the sample's messages.pot is out of date")

        // status: every language's translated + fuzzy + untranslated words.
        let status = try TranslateBinary.run(["status", "--format", "json"], in: project)
        #expect(status.status == 0, "\(status.stderr)")
        let languages = try #require(try Self.json(status.stdout) as? [[String: Any]])
        #expect(languages.count > 80)
        for language in languages {
            let statistics = try #require(language["statistics"] as? [String: [String: Int]])
            let total = ["translated", "fuzzy", "untranslated"].reduce(0) { $0 + (statistics[$1]?["words"] ?? 0) }
            #expect(total == words, "status \(language["tag"] ?? "?"): \(total) words, extract: \(words)")
        }

        // analyze: the job's total over the bands.
        let analyze = try TranslateBinary.run(["analyze", "--lang", "es-US,ar,pl", "--format", "json"], in: project)
        #expect(analyze.status == 0, "\(analyze.stderr)")
        let analyses = try #require(try Self.json(analyze.stdout) as? [[String: Any]])
        #expect(analyses.count == 3)
        for analysis in analyses {
            let total = (analysis["total"] as? [String: Int])?["words"]
            #expect(total == words, "analyze \(analysis["language"] ?? "?"): \(total ?? -1) words, extract: \(words)")
        }

        // report: the translated, fuzzy and untranslated cells of each language's row.
        let report = try TranslateBinary.run(["report", "--date", "2026-12-04"], in: project)
        #expect(report.status == 0, "\(report.stderr)")
        let page = try String(contentsOf: project.appendingPathComponent("Output/report/index.html"), encoding: .utf8)
        for tag in ["es-US", "ar", "pl", "so"] {
            let row = try #require(page.components(separatedBy: "<tr data-tag=\"\(tag)\">").dropFirst().first?.components(separatedBy: "</tr>").first)
            let cells = row.components(separatedBy: "<td class=\"num\">").dropFirst().prefix(3)
                .compactMap { Int($0.prefix { $0 != "<" }.replacingOccurrences(of: ",", with: "")) }
            #expect(cells.count == 3 && cells.reduce(0, +) == words, "report \(tag): \(cells), extract: \(words)")
        }
    }
}
