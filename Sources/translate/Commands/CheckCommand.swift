import Foundation
import TranslateKit

/// `translate check`: validates every language file and reports what is wrong, where, and how to fix it.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "validate translations: placeholders, plurals, punctuation, numbers, links, encoding"
    static let description = """
        Checks every Locales/<tag>.po file (and the template Locales/messages.pot) and prints each problem as
        path:line:col: severity: [check] message, with the line, a caret under the spot and a note on how to
        fix it, then errors and warnings per language. Never changes a file.

        Errors are what would ship wrong (a lost link, a broken placeholder); warnings are what might be
        (punctuation, spacing). Silence a check for one entry with the flag '#, ignore-<check>'.
        """
    static let epilogue = """
        Exit status: 0 no errors, 1 errors found (or warnings with --strict), 2 usage or input error.

        Examples:
          translate check
          translate check --lang ar,pl --strict
          translate check --source --format github
          translate check --format sarif > check.sarif
          translate check --list
        """
    static let options: [OptionSpec] = [
        .value("--lang", placeholder: "TAG,…", help: "check only these languages (default: every file in Locales/)"),
        .flag(
            "--source",
            help: """
                check only the English (Locales/messages.pot) for translatability: mojibake,
                acronyms, numeric dates, times, link text; for writers before publishing
                """),
        .format(
            "text|json|sarif|github",
            help: """
                text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations;
                the default when GITHUB_ACTIONS=true)
                """),
        .flag("--strict", help: "exit 1 on warnings too"),
        .flag("--list", help: "list the checks (id, severity, summary); with --format markdown, print docs/checks.md"),
        .root,
    ]

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        if options.has("--list") {
            let format = try options.format(["text", "json", "markdown"])
            let list = CheckWorkflow.list()
            console.emit(format == "markdown" ? list.markdown : try console.rendering(list, format: OutputFormat(rawValue: format)!))
            return ExitStatus.success
        }
        let inActions = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
        let format = try options.format(["text", "json", "sarif", "github"], default: inActions ? "github" : "text")
        let result = try CheckWorkflow.run(
            try options.project(),
            .init(
                languages: options.all("--lang"), sourceOnly: options.has("--source"),
                strict: options.has("--strict")), log: console.log())
        let report = result.summary.report
        switch format {
        case "json": console.emit(JSONReporter.render(report))
        case "sarif": console.emit(SARIFReporter.render(report, toolVersion: CommandLineTool.version))
        case "github": console.emit(GitHubReporter.render(report))
        default: try console.emit(result, format: .text)
        }
        return ExitStatus.of(result.outcome)
    }
}
