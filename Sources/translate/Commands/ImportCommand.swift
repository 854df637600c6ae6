import Foundation
import TranslateKit

/// `translate import`: brings translations back from XLIFF, JSON or CSV into Locales/<tag>.po.
enum ImportCommand: Command {
    static let name = "import"
    static let summary = "bring translations back from an XLIFF, JSON or CSV file into Locales/<tag>.po"
    static let help = """
    Usage: translate import FILE [--lang TAG] [--format xliff|xliff12|json|csv] [--dry-run] [--report text|json] [--root DIR]

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

    Options:
      --lang TAG          the catalog's language (default: the XLIFF file's target language;
                          required for JSON and CSV)
      --format FORMAT     the file's format when its extension does not tell
      --dry-run           report what would change, write nothing
      --report text|json  the report's format (default text)
      --root DIR          the project folder (default: the current folder)

    Exit status: 0 all units applied or unchanged, 1 some units rejected, 2 usage or input error.

    Examples:
      translate import ar.xlf
      translate import volunteers-es.csv --lang es-US --dry-run
    """
    static let valueOptions: Set<String> = ["--lang", "--report"]
    static let flagOptions: Set<String> = ["--dry-run"]
    static let takesArguments = true
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        guard options.positional.count == 1 else {
            throw UsageError(message: options.positional.isEmpty ? "which file? give the file to import" : "unexpected argument '\(options.positional[1])'")
        }
        let reportFormat = options.value("--report") ?? "text"
        guard ["text", "json"].contains(reportFormat) else { throw UsageError(message: "unknown report format '\(reportFormat)'; use text or json") }
        let filePath = options.positional[0]
        let text = try TextFile.read(URL(fileURLWithPath: filePath), displayPath: filePath)
        let format: ExchangeFormat
        if let name = options.value("--format") {
            guard let chosen = ExchangeFormat(rawValue: name) else {
                throw UsageError(message: "unknown format '\(name)'; use one of: \(ExchangeFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            format = chosen
        } else {
            guard let detected = ExchangeFormat.detect(path: filePath, text: text) else {
                throw UsageError(message: "cannot tell the format of '\(filePath)'; pass --format xliff, xliff12, json or csv")
            }
            format = detected
        }
        let document = try ExchangeDocument.read(text, format: format, path: filePath)
        let tag: String
        switch (options.value("--lang"), document.targetLanguage) {
        case let (given?, inFile?) where given.caseInsensitiveCompare(inFile) != .orderedSame:
            throw TranslateError(path: filePath, "the file is for '\(inFile)', not '\(given)'", hint: "import it into Locales/\(inFile).po, or fix --lang")
        case let (given?, _): tag = given
        case let (nil, inFile?): tag = inFile
        case (nil, nil): throw UsageError(message: "--lang TAG is required for \(format.rawValue) files")
        }
        let project = try Project.open(root: options.root)
        let catalogPath = "Locales/\(tag).po"
        let catalogURL = try project.paths.catalog(for: tag)
        let parsed = try POReader.read(catalogURL, displayPath: catalogPath)
        if let problem = parsed.diagnostics.first(where: { $0.severity == .error }) {
            throw TranslateError(path: catalogPath, position: problem.position, "the catalog has syntax errors: \(problem.message)",
                                 hint: "fix them first ('translate check --lang \(tag)'), so the import cannot lose text")
        }
        let (catalog, report) = CatalogImporter.apply(document, to: parsed.catalog)
        let dryRun = options.has("--dry-run")
        if !dryRun && report.changesCatalog { try POWriter.save(catalog, to: catalogURL) }
        if reportFormat == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            console.out(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            for rejection in report.rejected {
                let position = rejection.position.map { ":\($0.line):\($0.column)" } ?? ""
                console.out("\(filePath)\(position): \(console.paint("rejected", .red)): [\(rejection.key)] \(rejection.reason)")
            }
            let verb = dryRun ? "would import" : "imported"
            console.out("\(catalogPath): \(verb) \(report.added.count) added, \(report.updated.count) updated, \(report.unchanged.count) unchanged, \(report.rejected.count) rejected"
                        + (dryRun ? " (dry run: nothing written)" : ""))
        }
        return report.rejected.isEmpty ? ExitStatus.success : ExitStatus.findings
    }
}
