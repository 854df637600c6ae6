import Foundation
import TranslateKit

/// `translate glossary`: lists the glossary in a language's alphabetical order, and converts it to and from TBX.
enum GlossaryCommand: Command {
    static let name = "glossary"
    static let summary = "list the glossary in a language's alphabetical order with likely duplicates; TBX export and import"
    static let description = """
        Reads Glossary/glossary.csv (one concept per row: a column per language tag, 'part of speech',
        'definition', 'status' preferred or forbidden, 'do-not-translate' yes or no, optional
        'case-sensitive' yes or no (terms match ignoring case, never accents, unless it says yes), and
        optional '<tag> pattern' columns such as 'pl pattern' = 'Rad* Edukacji' for inflected forms,
        where '*' at a word's start or end stands for any letters; '|' separates variants) and lists
        the terms of one language sorted by that language's collation (CLDR), with the English, part of
        speech and status. Terms equal at primary strength (ignoring accents and case, as 'resume' and
        'résumé') are reported as likely duplicates. The checks glossary, do-not-translate and
        forbidden-term use this file ('translate check').
        """
    static let epilogue = """
        Exit status: 0, 1 when likely duplicates were found, 2 usage or input error.

        Examples:
          translate glossary --lang ar
          translate glossary --lang pl --format json
          translate glossary --export-tbx district.tbx
        """
    static let options: [OptionSpec] = [
        .value("--lang", placeholder: "TAG", help: "the language to list (default: en)"),
        .format("text|json", help: "a list (default) or JSON"),
        .value("--export-tbx", placeholder: "FILE", help: "write the glossary as TBX-Basic to FILE"),
        .value(
            "--import-tbx", placeholder: "FILE",
            help: """
                replace Glossary/glossary.csv with the concepts of a TBX file (column order, and
                patterns and case-sensitivity of rows with the same English and status, are kept)
                """),
        .root,
    ]
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.outputFormat()
        let result = try GlossaryWorkflow.run(
            try options.project(),
            .init(
                language: options.value("--lang") ?? "en",
                exportTBX: options.value("--export-tbx"),
                importTBX: options.value("--import-tbx")), log: console.log())
        return try console.emit(result, format: format)
    }
}
