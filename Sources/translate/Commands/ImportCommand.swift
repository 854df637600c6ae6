import Foundation
import TranslateKit

/// `translate import`: brings translations back from XLIFF, JSON or CSV into Locales/<tag>.po.
enum ImportCommand: Command {
    static let name = "import"
    static let summary = "bring translations back from an XLIFF, JSON or CSV file into Locales/<tag>.po"
    static let arguments = "FILE"
    static let description = """
        Reads FILE (format from --format, else from its extension and XLIFF version) and sets the
        translations of Locales/<TAG>.po. Only translations change. A unit is reported and NOT
        applied when its key is not in the catalog, when its English differs from the catalog's
        (the text changed since the export), or when its translation loses or invents an
        argument ({name}) or tag (<1>) of the English or is not valid ICU MessageFormat (JSON files
        carry no English, so for them only keys and placeholders are checked). An empty
        translation never clears one. Imported translations are marked translated, or fuzzy when
        the file says they need review (XLIFF initial / needs-review-translation, CSV state fuzzy).
        Reports added (was untranslated), updated, unchanged and rejected messages with reasons.
        A malformed file changes nothing. The catalog is written atomically.
        """
    static let epilogue = """
        Exit status: 0 all units applied or unchanged, 1 some units rejected, 2 usage or input error.

        Examples:
          translate import ar.xlf
          translate import volunteers-es.csv --lang es-US --dry-run
        """
    static let options: [OptionSpec] = [
        .value(
            "--lang", placeholder: "TAG",
            help: """
                the catalog's language (default: the XLIFF file's target language;
                required for JSON and CSV)
                """),
        .format("xliff|xliff12|json|csv", help: "the file's format when its extension does not tell"),
        .flag("--dry-run", help: "report what would change, write nothing"),
        .value("--report", placeholder: "text|json", help: "the report's format (default text)"),
        .root,
    ]
    static let takesArguments = true
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        guard options.positional.count == 1 else {
            throw UsageError(message: options.positional.isEmpty ? "which file? give the file to import" : "unexpected argument '\(options.positional[1])'")
        }
        guard let report = OutputFormat(rawValue: options.value("--report") ?? "text") else {
            throw UsageError(message: "unknown report format '\(options.value("--report")!)'; use text or json")
        }
        var format: ExchangeFormat?
        if let name = options.value("--format") {
            guard let chosen = ExchangeFormat(rawValue: name) else {
                throw UsageError(message: "unknown format '\(name)'; use one of: \(ExchangeFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            format = chosen
        }
        let result = try ImportWorkflow.run(
            try options.project(),
            .init(
                file: options.positional[0], format: format, language: options.value("--lang"),
                dryRun: options.has("--dry-run")), log: console.log())
        return try console.emit(result, format: report)
    }
}
