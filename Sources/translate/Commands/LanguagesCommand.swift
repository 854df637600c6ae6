import Foundation
import TranslateKit

/// `translate languages`: the language registry as the tool understands it.
enum LanguagesCommand: Command {
    static let name = "languages"
    static let summary = "list the family languages: names, script, direction, plural categories, coverage"
    static let help = """
    Usage: translate languages [--format text|json] [--lang TAG]... [--root DIR]

    Lists the languages in the project's Locales/languages.tsv (or the built-in registry when
    the project has none): tag, English name, endonym, script, direction, the cardinal and
    ordinal plural categories translators must write, tier, and where the data come from:
      CLDR data         ICU's CLDR data, used as they are
      district overlay  the registry states plural rules or sort order itself, because ICU has
                        no data for the language (or wrong data, like French rules for Haitian)
      unknown           not in the registry and unknown to ICU (only with --lang)

    Options:
      --format text|json  text table (default) or a JSON array of objects
      --lang TAG          show one language in detail, with sample numbers for each plural
                          category and why its rules are right; repeat or use commas for more.
                          A tag outside the registry is shown from ICU's data, with a warning.
      --root DIR          the project folder (default: the current folder)

    Examples:
      translate languages
      translate languages --lang ht --lang rhg
      translate languages --format json > languages.json
    """
    static let valueOptions: Set<String> = ["--lang"]
    static let flagOptions: Set<String> = []

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.format(["text", "json"])
        if !options.positional.isEmpty {
            throw UsageError(message: "unexpected argument '\(options.positional[0])' (use --lang TAG)")
        }
        let registry = try LanguageRegistry.forProject(root: options.root)
        for warning in registry.warnings { console.err(console.paint(warning.formatted, .yellow, stderr: true)) }
        let tags = options.all("--lang")
        if tags.isEmpty {
            let rows = try registry.languages.map { try LanguageSummary($0, registry: registry) }
            console.out(format == "json" ? try LanguageTable.json(rows) : LanguageTable.text(rows))
            return ExitStatus.success
        }
        var rows: [LanguageSummary] = []
        var blocks: [String] = []
        for tag in tags {
            let language = try registry.resolve(tag: tag)
            if let warning = language.warning {
                console.err(console.paint("warning: \(warning)", .yellow, stderr: true))
            }
            let row = try LanguageSummary(language, registry: registry, withSamples: true)
            rows.append(row)
            blocks.append(LanguageTable.details(row, language: language))
        }
        console.out(format == "json" ? try LanguageTable.json(rows) : blocks.joined(separator: "\n\n"))
        return ExitStatus.success
    }
}
