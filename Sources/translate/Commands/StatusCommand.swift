import Foundation
import TranslateKit

/// `translate status`: how far each language has come.
enum StatusCommand: Command {
    static let name = "status"
    static let summary = "per language: messages and words translated, fuzzy, untranslated, % complete"
    static let help = """
    Usage: translate status [--lang TAG,...] [--format text|json] [--root DIR]

    Reads Locales/messages.pot and every Locales/<tag>.po and reports, for every language in
    the registry (also those with no file yet, counted as all untranslated): messages and
    source words translated, fuzzy (needs review) and untranslated, and the share of words
    translated. Words are counted in the English source with ICU's word breaks, as vendors
    count them.

    Options:
      --lang TAG,...      only these languages
      --format text|json  a table (default) or JSON for scripts and the report
      --root DIR          the project folder (default: the current folder)

    Examples:
      translate status
      translate status --lang es-US,ar --format json
    """
    static let valueOptions: Set<String> = ["--lang"]
    static let flagOptions: Set<String> = []

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.format(["text", "json"])
        if !options.positional.isEmpty { throw UsageError(message: "unexpected argument '\(options.positional[0])'") }
        let project = try Project.open(root: options.root)
        let rows = try ProjectStatus.compute(project, languages: options.all("--lang"))
        // An unreadable catalog is an input error (exit 2), reported after the others are counted.
        let unreadable = rows.compactMap(\.error)
        let status = unreadable.isEmpty ? ExitStatus.success : ExitStatus.failure
        defer { for error in unreadable { console.err(error) } }
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            console.out(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return status
        }
        let header = ["TAG", "LANGUAGE", "TRANSLATED", "FUZZY", "UNTRANSLATED", "WORDS DONE", "COMPLETE"]
        let cells: [[String]] = rows.map { row in
            let s = row.statistics
            return [row.tag, row.englishName.count > 30 ? String(row.englishName.prefix(29)) + "…" : row.englishName,
                    "\(s.translated.messages)", "\(s.fuzzy.messages)", "\(s.untranslated.messages)",
                    "\(s.translated.words)/\(s.total.words)", row.error == nil ? String(format: "%.1f%%", s.percentComplete) : "unreadable"]
        }
        var widths = header.map(LanguageTable.displayWidth)
        for line in cells { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], LanguageTable.displayWidth(cell)) } }
        func render(_ line: [String]) -> String {
            line.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - LanguageTable.displayWidth(cell))
                // Numbers right-aligned so columns compare at a glance.
                return i >= 2 ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
        console.out(console.paint(render(header), .bold))
        for (row, line) in zip(rows, cells) {
            var text = render(line)
            if row.error != nil { text = console.paint(text, .red) }
            else if row.statistics.percentComplete >= 100 { text = console.paint(text, .green) }
            else if row.file == nil { text = console.paint(text, .dim) }
            console.out(text)
        }
        let withProblems = rows.filter { $0.problems > 0 }
        if !withProblems.isEmpty {
            console.err("note: \(withProblems.map(\.tag).joined(separator: ", ")) have syntax problems; run 'translate check' for details")
        }
        return status
    }
}
