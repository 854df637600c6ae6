import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// `translate report` as users run it.
@Suite(.serialized) struct ReportCommandTests {
    @Test func writesTheSampleProjectsReportWithAnInjectedDate() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try TranslateBinary.run(["report", "--date", "2026-11-23", "--format", "json", "--root", project.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["index"] as? String == "Output/report/index.html")
        #expect(summary["date"] as? String == "2026-11-23")
        #expect((summary["languages"] as? Int ?? 0) >= 89)
        let html = try String(contentsOf: project.appendingPathComponent("Output/report/index.html"), encoding: .utf8)
        // The sample's translated languages, with their numbers from `translate status`.
        let status = try TranslateBinary.run(["status", "--format", "json", "--root", project.path])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [[String: Any]])
        for tag in ["es-US", "ar", "pl", "zh-Hans"] {
            let row = try #require(rows.first { $0["tag"] as? String == tag })
            let statistics = try #require(row["statistics"] as? [String: Any])
            let translated = try #require((statistics["translated"] as? [String: Any])?["words"] as? Int)
            let cells = try #require(ReportTable.row(html, tag: tag)).numbers
            #expect(cells.first == ReportNumbers.count(translated), "\(tag): \(cells)")
        }
        #expect(html.contains("<bdi lang=\"zh-Hans\" dir=\"ltr\">中文（简体）</bdi>"))
        // SOURCE_DATE_EPOCH sets the date when --date is absent.
        let epoch = try TranslateBinary.run(["report", "--root", project.path], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(epoch.status == 0)
        #expect(try String(contentsOf: project.appendingPathComponent("Output/report/index.html"), encoding: .utf8).contains("Report date 2023-11-14."))
    }

    @Test func badDateIsAUsageError() throws {
        let result = try TranslateBinary.run(["report", "--date", "2026-02-30"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("invalid date '2026-02-30'"))
    }
}
