import Foundation
import TranslateKit

/// `translate glossary`: lists the glossary in a language's alphabetical order, and converts it to and from TBX.
enum GlossaryCommand: Command {
    static let name = "glossary"
    static let summary = "list the glossary in a language's alphabetical order with likely duplicates; TBX export and import"
    static let help = """
    Usage: translate glossary [--lang TAG] [--format text|json] [--export-tbx FILE] [--import-tbx FILE] [--root DIR]

    Reads Glossary/glossary.csv (one concept per row: a column per language tag, 'part of speech',
    'definition', 'status' preferred or forbidden, 'do-not-translate' yes or no, optional
    'case-sensitive' yes or no (terms match ignoring case, never accents, unless it says yes), and
    optional '<tag> pattern' columns such as 'pl pattern' = 'Rad* Edukacji' for inflected forms,
    where '*' at a word's start or end stands for any letters; '|' separates variants) and lists
    the terms of one language sorted by that language's collation (CLDR), with the English, part of
    speech and status. Terms equal at primary strength (ignoring accents and case, as 'resume' and
    'résumé') are reported as likely duplicates. The checks glossary, do-not-translate and
    forbidden-term use this file ('translate check').

    Options:
      --lang TAG          the language to list (default: en)
      --format text|json  a list (default) or JSON
      --export-tbx FILE   write the glossary as TBX-Basic to FILE
      --import-tbx FILE   replace Glossary/glossary.csv with the concepts of a TBX file (column order, and
                          patterns and case-sensitivity of rows with the same English and status, are kept)
      --root DIR          the project folder (default: the current folder)

    Exit status: 0, 1 when likely duplicates were found, 2 usage or input error.

    Examples:
      translate glossary --lang ar
      translate glossary --lang pl --format json
      translate glossary --export-tbx district.tbx
    """
    static let valueOptions: Set<String> = ["--lang", "--export-tbx", "--import-tbx"]
    static let flagOptions: Set<String> = []
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.format(["text", "json"])
        if !options.positional.isEmpty { throw UsageError(message: "unexpected argument '\(options.positional[0])'") }
        let project = try Project.open(root: options.root)
        let glossaryURL = project.paths.root.appendingPathComponent(Glossary.relativePath)
        if let tbx = options.value("--import-tbx") {
            let imported = try TBXDocument.read(try TextFile.read(URL(fileURLWithPath: tbx), displayPath: tbx), path: tbx)
            let merged = try Glossary.load(projectRoot: project.paths.root)?.replaced(by: imported) ?? imported
            try AtomicFile.write(merged.csv(), to: glossaryURL)
            console.progress("imported \(merged.entries.count) concepts in \(merged.languages.count) languages from \(tbx) into \(Glossary.relativePath)")
            return ExitStatus.success
        }
        guard let glossary = try Glossary.load(projectRoot: project.paths.root) else {
            throw TranslateError(path: Glossary.relativePath, "file not found",
                                 hint: "create it with a header such as: en,es-US,ar,pl,zh-Hans,part of speech,definition,status,do-not-translate")
        }
        if let tbx = options.value("--export-tbx") {
            try AtomicFile.write(try TBXDocument.write(glossary), to: URL(fileURLWithPath: tbx))
            console.progress("exported \(glossary.entries.count) concepts to \(tbx)")
            return ExitStatus.success
        }
        let tag = options.value("--lang") ?? "en"
        let listing = GlossaryListing(glossary, language: tag, collator: try project.registry.collator(for: tag),
                                      primary: try project.registry.collator(for: tag, strength: .primary))
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            console.out(String(decoding: try encoder.encode(listing), as: UTF8.self))
        } else {
            for item in listing.items {
                var line = console.paint(item.term, .bold)
                if tag != "en" { line += " — \(item.english)" }
                if !item.partOfSpeech.isEmpty { line += " (\(item.partOfSpeech))" }
                if item.status == "forbidden" { line += " " + console.paint("[forbidden]", .red) }
                if item.doNotTranslate { line += " " + console.paint("[do not translate]", .cyan) }
                console.out(line)
            }
            if listing.missing > 0 { console.err("note: \(listing.missing) concepts have no '\(tag)' term yet") }
            for duplicate in listing.duplicates {
                let list = zip(duplicate.terms, duplicate.lines).map { "'\($0)' (line \($1))" }.joined(separator: ", ")
                console.out(console.paint("likely duplicates:", .yellow) + " \(list)")
            }
        }
        return listing.duplicates.isEmpty ? ExitStatus.success : ExitStatus.findings
    }
}
