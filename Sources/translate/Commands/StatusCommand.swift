import Foundation
import TranslateKit

/// `translate status`: how far each language has come.
enum StatusCommand: Command {
    static let name = "status"
    static let summary = "per language: messages and words translated, fuzzy, untranslated, % complete"
    static let description = """
        Reads Locales/messages.pot and every Locales/<tag>.po and reports, for every language in
        the registry (also those with no file yet, counted as all untranslated): messages and
        source words translated, fuzzy (needs review) and untranslated, and the share of words
        translated. Words are counted in the English source with ICU's word breaks, as vendors
        count them.
        """
    static let epilogue = """
        Examples:
          translate status
          translate status --lang es-US,ar --format json
        """
    static let options: [OptionSpec] = [
        .value("--lang", placeholder: "TAG,...", help: "only these languages"),
        .format("text|json", help: "a table (default) or JSON for scripts and the report"),
        .root,
    ]

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.outputFormat()
        return try console.emit(
            try StatusWorkflow.run(try options.project(), .init(languages: options.all("--lang")), log: console.log()),
            format: format)
    }
}
