import Foundation
import TranslateKit

/// `translate pretranslate`: fills untranslated catalog entries from the translation memory.
enum PretranslateCommand: Command {
    static let name = "pretranslate"
    static let summary = "fill untranslated entries of Locales/<tag>.po from the translation memory"
    static let description = """
        For each untranslated entry of Locales/<tag>.po, looks the English source up in
        Locales/memory/<tag>.tmx:
          101% (same key, or same source between the same neighbours)  → translated
          100% (same source elsewhere)                                  → fuzzy (or --exact translated)
          fuzzy ≥ --min (default 75)  → a '#. TM suggestion NN% (origin): …' comment; the entry
                                         stays untranslated for a translator to decide
        Numbers, dates, times and placeholders of the new source are carried into the match.
        Entries that have a translation, fuzzy or not, are never changed.
        """
    static let epilogue = """
        Example:
          translate pretranslate --lang es,ar
        """
    static let options: [OptionSpec] = [
        .value("--lang", placeholder: "TAG,…", help: "languages (default: every Locales/*.po)"),
        .value("--exact", placeholder: "STATE", help: "state for 100% matches: fuzzy (default) or translated"),
        .value("--min", placeholder: "SCORE", help: "lowest score offered as a suggestion (default 75)"),
        .format("text|json", help: "text or json summary"),
        .root,
    ]
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
        let format = try options.outputFormat()
        var matching = PretranslationOptions()
        switch options.value("--exact") ?? "fuzzy" {
        case "fuzzy": matching.exactMatchState = .fuzzy
        case "translated": matching.exactMatchState = .translated
        case let other: throw UsageError(message: "--exact '\(other)': use fuzzy or translated")
        }
        if let text = options.value("--min") {
            guard let value = Int(text), (1...100).contains(value) else { throw UsageError(message: "--min must be 1–100") }
            matching.minimumSuggestionScore = value
        }
        let result = try PretranslateWorkflow.run(
            try options.project(), .init(languages: options.all("--lang"), matching: matching),
            log: console.log())
        return try console.emit(result, format: format)
    }
}
