import Foundation
import TranslateKit

/// `translate languages`: the language registry as the tool understands it.
enum LanguagesCommand: Command {
    static let name = "languages"
    static let summary = "list the family languages: names, script, direction, plural categories, coverage"
    static let description = """
        Lists the languages in the project's Locales/languages.tsv (or the built-in registry when
        the project has none): tag, English name, endonym, script, direction, the cardinal and
        ordinal plural categories translators must write, tier, and where the data come from:
          CLDR data         ICU's CLDR data, used as they are
          district overlay  the registry states plural rules or sort order itself, because ICU has
                            no data for the language (or wrong data, like French rules for Haitian)
          unknown           not in the registry and unknown to ICU (only with --lang)
        """
    static let epilogue = """
        Examples:
          translate languages
          translate languages --lang ht --lang rhg
          translate languages --format json > languages.json
        """
    static let options: [OptionSpec] = [
        .format("text|json", help: "text table (default) or a JSON array of objects"),
        .value(
            "--lang", placeholder: "TAG",
            help: """
                show one language in detail, with sample numbers for each plural
                category and why its rules are right; repeat or use commas for more.
                A tag outside the registry is shown from ICU's data, with a warning.
                """),
        .root,
    ]

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.outputFormat()
        return try console.emit(
            try LanguagesWorkflow.run(try options.project(), .init(languages: options.all("--lang")), log: console.log()),
            format: format)
    }
}
