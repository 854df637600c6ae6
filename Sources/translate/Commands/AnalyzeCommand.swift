import Foundation
import TranslateKit

/// `translate analyze`: words and segments per match band, as translation vendors quote them.
enum AnalyzeCommand: Command {
    static let name = "analyze"
    static let summary = "count words and segments per translation-memory match band"
    static let description = """
        Analyses every active message of Locales/<tag>.po against Locales/memory/<tag>.tmx, the
        way memoQ and Trados Studio analyses count: 101% (in context), repetitions (later
        occurrences of a source already seen in the job), 100%, 95–99%, 85–94%, 75–84%, 50–74%
        and no match. Words are counted as every command counts them (README, Files).
        """
    static let epilogue = """
        Example:
          translate analyze --lang es --format csv > es-analysis.csv
        """
    static let options: [OptionSpec] = [
        .value("--lang", placeholder: "TAG,…", help: "languages (default: every Locales/*.po)"),
        .format("text|json|csv", help: "text (a table), json or csv"),
        .root,
    ]

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.format(["text", "json", "csv"])
        let result = try AnalyzeWorkflow.run(try options.project(), .init(languages: options.all("--lang")), log: console.log())
        if format == "csv" {
            console.emit(result.summary.csv)
            return ExitStatus.of(result.outcome)
        }
        return try console.emit(result, format: OutputFormat(rawValue: format)!)
    }
}
