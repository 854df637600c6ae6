import Foundation
import TranslateKit

/// `translate pretranslate`: fills untranslated catalog entries from the translation memory.
enum PretranslateCommand: Command {
    static let name = "pretranslate"
    static let summary = "fill untranslated entries of Locales/<tag>.po from the translation memory"
    static let help = """
    Usage: translate pretranslate [--lang TAG,…] [--exact fuzzy|translated] [--min SCORE] [--format text|json]

    For each untranslated entry of Locales/<tag>.po, looks the English source up in
    Locales/memory/<tag>.tmx:
      101% (same key, or same source between the same neighbours)  → translated
      100% (same source elsewhere)                                  → fuzzy (or --exact translated)
      fuzzy ≥ --min (default 75)  → a '#. TM suggestion NN% (origin): …' comment; the entry
                                     stays untranslated for a translator to decide
    Numbers, dates, times and placeholders of the new source are carried into the match.
    Entries that have a translation, fuzzy or not, are never changed.

    Options:
      --lang TAG,…    languages (default: every Locales/*.po)
      --exact STATE   state for 100% matches: fuzzy (default) or translated
      --min SCORE     lowest score offered as a suggestion (default 75)
      --format F      text or json summary

    Example:
      translate pretranslate --lang es,ar
    """
    static let valueOptions: Set<String> = ["--lang", "--exact", "--min"]
    static let flagOptions: Set<String> = []
    static let writesProject = true

    struct Report: Encodable {
        var language: String
        var inContext: Int
        var exact: Int
        var suggested: Int
        var unmatched: Int
        var written: Bool
    }

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.format(["text", "json"])
        let root = options.root
        var settings = PretranslationOptions()
        switch options.value("--exact") ?? "fuzzy" {
        case "fuzzy": settings.exactMatchState = .fuzzy
        case "translated": settings.exactMatchState = .translated
        case let other: throw UsageError(message: "--exact '\(other)': use fuzzy or translated")
        }
        if let text = options.value("--min") {
            guard let value = Int(text), (1...100).contains(value) else { throw UsageError(message: "--min must be 1–100") }
            settings.minimumSuggestionScore = value
        }
        let given = options.all("--lang")
        let languages = given.isEmpty ? TranslationMemory.catalogLanguages(root: root) : given
        guard !languages.isEmpty else { throw TranslateError(path: "Locales", "no catalogs to pretranslate", hint: "pass --lang TAG, or run 'translate init'") }
        var reports: [Report] = []
        // Catalogs are replaced together at the end: a kill leaves every catalog as it was, or all pretranslated.
        let transaction = FileTransaction(root: root)
        for language in languages {
            let path = "Locales/\(language).po"
            let url = try ProjectPaths(root: root).catalog(for: language)
            let parsed = try POReader.read(url, displayPath: path)
            if parsed.diagnostics.contains(where: { $0.severity == .error }) {
                for diagnostic in parsed.diagnostics { console.err(diagnostic.formatted) }
                throw TranslateError(path: path, "the catalog has syntax errors; nothing was pretranslated", hint: "fix them, then run again")
            }
            let memory = try TranslationMemory.load(root: root, language: language)
            console.progress("\(language): \(memory.units.count) units in memory")
            let (catalog, summary) = Pretranslator.pretranslate(parsed.catalog, index: MemoryIndex(memory), options: settings)
            var written = false
            if catalog != parsed.catalog {
                written = try transaction.writeIfChanged(Data(POWriter.write(catalog).utf8), to: url)
            }
            reports.append(Report(language: language, inContext: summary.inContext, exact: summary.exact,
                                  suggested: summary.suggested, unmatched: summary.unmatched, written: written))
        }
        try transaction.commit()
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            console.out(String(decoding: try encoder.encode(reports), as: UTF8.self))
        } else {
            for r in reports {
                console.out("\(r.language): \(r.inContext) translated (101%), \(r.exact) fuzzy (100%)\(settings.exactMatchState == .translated ? " → translated" : ""), \(r.suggested) suggestions, \(r.unmatched) without a match")
            }
        }
        return ExitStatus.success
    }
}
