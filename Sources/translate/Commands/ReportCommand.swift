import Foundation
import TranslateKit

/// `translate report`: a static page showing, at a glance, which families can read what.
enum ReportCommand: Command {
    static let name = "report"
    static let summary = "write Output/report/index.html: coverage, critical messages, findings, trend"
    static let description = """
        Writes a self-contained page to Output/report/index.html (no scripts, fonts or network;
        readable offline and printable) with, for every language in the registry: translated,
        fuzzy and untranslated words as a chart backed by a table; the share of families who can
        read each message flagged 'critical'; errors and warnings from 'translate check', each
        language linking to Output/report/<tag>.html with file:line:col and how to fix; and the
        change since the previous report. Output/report/history.json keeps one record per run
        whose numbers changed. Nothing outside Output/report/ is written.

        The date defaults to SOURCE_DATE_EPOCH when set, else today (UTC); with the same date and
        the same files, two runs write byte-identical pages.
        """
    static let epilogue = """
        Examples:
          translate report
          translate report --date 2026-11-23 --format json
        """
    static let options: [OptionSpec] = [
        .value("--date", placeholder: "YYYY-MM-DD", help: "the report's date (for reproducible builds and tests)"),
        .format("text|json", help: "what is printed after writing: a line (default) or JSON"),
        .root,
    ]
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.outputFormat()
        let date: String
        do {
            date = try ReportDate.resolve(option: options.value("--date"), environment: ProcessInfo.processInfo.environment)
        } catch let error as TranslateError {
            throw UsageError(message: error.message + (error.hint.map { " (\($0))" } ?? ""))
        }
        return try console.emit(try ReportWorkflow.run(try options.project(), .init(date: date), log: console.log()), format: format)
    }
}
