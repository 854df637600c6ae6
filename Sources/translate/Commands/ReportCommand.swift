import Foundation
import TranslateKit

/// `translate report`: a static page showing, at a glance, which families can read what.
enum ReportCommand: Command {
    static let name = "report"
    static let summary = "write Output/report/index.html: coverage, critical messages, findings, trend"
    static let help = """
    Usage: translate report [--date YYYY-MM-DD] [--format text|json] [--root DIR]

    Writes a self-contained page to Output/report/index.html (no scripts, fonts or network;
    readable offline and printable) with, for every language in the registry: translated,
    fuzzy and untranslated words as a chart backed by a table; the share of families who can
    read each message flagged 'critical'; errors and warnings from 'translate check', each
    language linking to Output/report/<tag>.html with file:line:col and how to fix; and the
    change since the previous report. Output/report/history.json keeps one record per run
    whose numbers changed. Nothing outside Output/report/ is written.

    The date defaults to SOURCE_DATE_EPOCH when set, else today (UTC); with the same date and
    the same files, two runs write byte-identical pages.

    Options:
      --date YYYY-MM-DD   the report's date (for reproducible builds and tests)
      --format text|json  what is printed after writing: a line (default) or JSON
      --root DIR          the project folder (default: the current folder)

    Examples:
      translate report
      translate report --date 2026-11-23 --format json
    """
    static let valueOptions: Set<String> = ["--date"]
    static let flagOptions: Set<String> = []
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.format(["text", "json"])
        if !options.positional.isEmpty { throw UsageError(message: "unexpected argument '\(options.positional[0])'") }
        let date: String
        do {
            date = try ReportDate.resolve(option: options.value("--date"), environment: ProcessInfo.processInfo.environment)
        } catch let error as TranslateError {
            throw UsageError(message: error.message + (error.hint.map { " (\($0))" } ?? ""))
        }
        let project = try Project.open(root: options.root)
        console.progress("report: reading \(project.targetLanguages.count) languages and running checks…")
        let result = try ReportWriter.write(project, date: date)
        let report = result.report
        let index = project.paths.display(result.index)
        if format == "json" {
            let object: [String: Any] = [
                "date": report.date, "index": index, "pages": result.pages, "historyRecords": result.historyRecords,
                "addedHistoryRecord": result.addedRecord, "weighting": report.weighting.rawValue,
                "criticalCoverage": (report.overallCriticalCoverage * 10).rounded() / 10,
                "criticalMessages": report.critical.count, "languages": report.rows.count,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            console.out(String(decoding: data, as: UTF8.self))
        } else {
            console.out("wrote \(index) (\(result.pages) pages, \(report.rows.count) languages; critical messages readable by \(ReportNumbers.percent(report.overallCriticalCoverage))% of weighted \(report.weighting == .families ? "families" : "languages"))")
        }
        // The page is written with the other languages counted; an unreadable catalog is still an input error.
        let unreadable = report.rows.compactMap(\.status.error)
        for error in unreadable { console.err(error) }
        return unreadable.isEmpty ? ExitStatus.success : ExitStatus.failure
    }
}
