import Foundation
import TranslateKit

/// `translate check`: validates every language file and reports what is wrong, where, and how to fix it.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "validate translations: placeholders, plurals, punctuation, numbers, links, encoding"
    static let help = """
    Usage: translate check [--lang TAG,…|--source] [--format text|json|sarif|github] [--strict] [--list]

    Checks every Locales/<tag>.po file (and the template Locales/messages.pot) and prints each problem as
    path:line:col: severity: [check] message, with the line, a caret under the spot and a note on how to
    fix it, then errors and warnings per language. Never changes a file.

    Errors are what would ship wrong (a lost link, a broken placeholder); warnings are what might be
    (punctuation, spacing). Silence a check for one entry with the flag '#, ignore-<check>'.

    Options:
      --lang TAG,…      check only these languages (default: every file in Locales/)
      --source          check only the English (Locales/messages.pot) for translatability: mojibake,
                        acronyms, numeric dates, times, link text; for writers before publishing
      --format FORMAT   text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations;
                        the default when GITHUB_ACTIONS=true)
      --strict          exit 1 on warnings too
      --list            list the checks (id, severity, summary); with --format markdown, print docs/checks.md
      --root DIR        the project folder (default: the current folder)

    Exit status: 0 no errors, 1 errors found (or warnings with --strict), 2 usage or input error.

    Examples:
      translate check
      translate check --lang ar,pl --strict
      translate check --source --format github
      translate check --format sarif > check.sarif
      translate check --list
    """
    static let valueOptions: Set<String> = ["--lang"]
    static let flagOptions: Set<String> = ["--strict", "--list", "--source"]

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        if !options.positional.isEmpty {
            throw UsageError(message: "unexpected argument '\(options.positional[0])'")
        }
        let inActions = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
        if options.has("--list") {
            let format = try options.format(["text", "json", "markdown"])
            emit(list(format: format), console)
            return ExitStatus.success
        }
        let format = try options.format(["text", "json", "sarif", "github"], default: inActions ? "github" : "text")
        let languages = options.all("--lang")
        let sourceOnly = options.has("--source")
        if sourceOnly && !languages.isEmpty { throw UsageError(message: "--source checks the English only; it takes no --lang") }
        let registry = try LanguageRegistry.forProject(root: options.root)
        let config = try ProjectConfig.load(root: options.root)
        let settings = CheckSettings(config: config, registry: registry)
        let report = try ProjectChecker.check(root: options.root, languages: languages, settings: settings, registry: registry,
                                                sourceOnly: sourceOnly)
        switch format {
        case "json": emit(JSONReporter.render(report), console)
        case "sarif": emit(SARIFReporter.render(report, toolVersion: CommandLineTool.version), console)
        case "github": emit(GitHubReporter.render(report), console)
        default:
            emit(TextReporter.render(report) { text, style in
                switch style {
                case .error: return console.paint(text, .red)
                case .warning: return console.paint(text, .yellow)
                case .info: return console.paint(text, .cyan)
                case .note, .location, .heading: return console.paint(text, .bold)
                case .caret: return console.paint(text, .green)
                }
            }, console)
        }
        return report.exitStatus(strict: options.has("--strict"))
    }

    /// Console.out adds the final newline the reporters already end with.
    private static func emit(_ text: String, _ console: Console) {
        console.out(text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }

    static func list(format: String) -> String {
        let checks = CheckRegistry.descriptions
        switch format {
        case "markdown":
            return CheckRegistry.documentation()
        case "json":
            let items = checks.map { check -> String in
                "{\"id\":\(quote(check.id)),\"severity\":\(quote(check.severity.rawValue)),\"summary\":\(quote(check.summary))}"
            }
            return "[" + items.joined(separator: ",\n") + "]"
        default:
            let width = checks.map(\.id.count).max() ?? 10
            return checks.map { check in
                check.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + check.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + check.summary
            }.joined(separator: "\n")
        }
    }

    private static func quote(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }
}
