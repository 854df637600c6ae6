import Foundation

/// `translate report`: writes Output/report/ (coverage, critical messages, findings, trend).
public enum ReportWorkflow {
    public struct Options: Sendable {
        /// The report's date, YYYY-MM-DD (see `ReportDate.resolve`).
        public var date: String
        public init(date: String) { self.date = date }
    }

    public struct Summary: WorkflowSummary, Equatable {
        public var date: String
        /// The index page, relative to the root.
        public var index: String
        public var pages: Int
        public var historyRecords: Int
        public var addedHistoryRecord: Bool
        public var weighting: String
        /// Percent of weighted families (or languages) who can read the critical messages, to one decimal.
        public var criticalCoverage: Double
        /// The same unrounded, for the text line.
        public var criticalCoverageExact: Double
        public var criticalMessages: Int
        public var languages: Int
        /// Catalogs that could not be read (the page counts the others).
        public var unreadable: [String]

        enum CodingKeys: String, CodingKey {
            case date, index, pages, historyRecords, addedHistoryRecord, weighting, criticalCoverage, criticalMessages, languages
        }

        public func text(_ paint: TextPainter) -> String? {
            "wrote \(index) (\(pages) pages, \(languages) languages; critical messages readable by \(ReportNumbers.percent(criticalCoverageExact))% of weighted \(weighting == ProjectReport.Weighting.families.rawValue ? "families" : "languages"))"
        }

        public var errors: [String] { unreadable }
    }

    public static func run(_ project: Project, _ options: Options, log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        log.progress("report: reading \(project.targetLanguages.count) languages and running checks…")
        let result = try ReportWriter.write(project, date: options.date)
        let report = result.report
        let unreadable = report.rows.compactMap(\.status.error)
        let summary = Summary(
            date: report.date, index: project.paths.display(result.index), pages: result.pages,
            historyRecords: result.historyRecords, addedHistoryRecord: result.addedRecord,
            weighting: report.weighting.rawValue, criticalCoverage: (report.overallCriticalCoverage * 10).rounded() / 10,
            criticalCoverageExact: report.overallCriticalCoverage,
            criticalMessages: report.critical.count, languages: report.rows.count, unreadable: unreadable)
        return WorkflowResult(summary: summary, outcome: unreadable.isEmpty ? .success : .inputError)
    }
}
