import Foundation
import TranslateKit

/// `translate analyze`: words and segments per match band, as translation vendors quote them.
enum AnalyzeCommand: Command {
    static let name = "analyze"
    static let summary = "count words and segments per translation-memory match band"
    static let help = """
    Usage: translate analyze [--lang TAG,…] [--format text|json|csv]

    Analyses every active message of Locales/<tag>.po against Locales/memory/<tag>.tmx, the
    way memoQ and Trados Studio analyses count: 101% (in context), repetitions (later
    occurrences of a source already seen in the job), 100%, 95–99%, 85–94%, 75–84%, 50–74%
    and no match. Words are counted as every command counts them (README, Files).

    Options:
      --lang TAG,…   languages (default: every Locales/*.po)
      --format F     text (a table), json or csv

    Example:
      translate analyze --lang es --format csv > es-analysis.csv
    """
    static let valueOptions: Set<String> = ["--lang"]
    static let flagOptions: Set<String> = []

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.format(["text", "json", "csv"])
        let root = options.root
        let given = options.all("--lang")
        let languages = given.isEmpty ? TranslationMemory.catalogLanguages(root: root) : given
        guard !languages.isEmpty else { throw TranslateError(path: "Locales", "no catalogs to analyse", hint: "pass --lang TAG, or run 'translate init'") }
        var analyses: [MemoryAnalysis] = []
        for language in languages {
            let path = "Locales/\(language).po"
            let parsed = try POReader.read(try ProjectPaths(root: root).catalog(for: language), displayPath: path)
            for diagnostic in parsed.diagnostics where diagnostic.severity == .error { console.err(diagnostic.formatted) }
            let memory = try TranslationMemory.load(root: root, language: language)
            analyses.append(MemoryAnalysis.analyze(parsed.catalog, index: MemoryIndex(memory), language: language))
        }
        switch format {
        case "json":
            // Bands as an ordered array so the output reads in the vendors' order.
            var out = "[\n"
            out += analyses.map { analysis in
                let bands = AnalysisBand.allCases.map { band -> String in
                    let c = analysis.bands[band]!
                    return "      {\"band\": \"\(band.rawValue)\", \"segments\": \(c.segments), \"words\": \(c.words)}"
                }.joined(separator: ",\n")
                return "  {\n    \"language\": \"\(analysis.language)\",\n    \"bands\": [\n\(bands)\n    ],\n    \"total\": {\"segments\": \(analysis.total.segments), \"words\": \(analysis.total.words)}\n  }"
            }.joined(separator: ",\n")
            console.out(out + "\n]")
        case "csv":
            console.out("language,band,segments,words")
            for analysis in analyses {
                for band in AnalysisBand.allCases {
                    let c = analysis.bands[band]!
                    console.out("\(analysis.language),\(band.rawValue),\(c.segments),\(c.words)")
                }
                console.out("\(analysis.language),total,\(analysis.total.segments),\(analysis.total.words)")
            }
        default:
            for analysis in analyses {
                console.out(console.paint(analysis.language, .bold))
                console.out("  " + "band".padding(toLength: 12, withPad: " ", startingAt: 0) + "   segments      words")
                for band in AnalysisBand.allCases + [nil] {
                    let c = band.map { analysis.bands[$0]! } ?? analysis.total
                    let label = (band?.rawValue ?? "total").padding(toLength: 12, withPad: " ", startingAt: 0)
                    console.out("  \(label) \(pad(c.segments, 10)) \(pad(c.words, 10))")
                }
            }
        }
        return ExitStatus.success
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
