import Foundation
import TranslateKit

/// `translate tm`: import, export, update and search the per-language translation memories.
enum TMCommand: Command {
    static let name = "tm"
    static let summary = "import, export and search the translation memory (Locales/memory/<tag>.tmx)"
    static let synopsis = [
        "import FILE [--lang TAG,…] [--date DATE] [--format text|json] [--root DIR]",
        "export [--lang TAG,…] [--output FILE] [--root DIR]",
        "update [--lang TAG,…] [--date DATE] [--format text|json] [--root DIR]",
        "lookup --lang TAG [TEXT… | --file FILE] [--limit N] [--min SCORE] [--format text|json] [--root DIR]",
    ]
    static let description = """
        Each target language has one memory, Locales/memory/<tag>.tmx (TMX 1.4b), holding every
        translation ever made with its dates, origin file, key, state and neighbours.

          import FILE   adds the units of a TMX file from OmegaT, Trados Studio, memoQ, Weblate or
                        any TMX 1.4 tool. Language codes are mapped to the project's (es-ES → es).
                        A bad file is rejected with its line and column; nothing is half-imported.
          export        writes the memories as one TMX file (stdout, or --output FILE).
          update        adds the translated (not fuzzy) entries of Locales/<tag>.po.
          lookup        shows the best matches for each TEXT (or each line of --file): 101% in
                        context, 100% exact, fuzzy scores below; words that differ are highlighted.
        """
    static let epilogue = """
        Exit status: 0 done (lookup: some match found), 1 lookup found no match, 2 usage or input error.

        Example:
          translate tm import ~/Downloads/hps-es.tmx --lang es
          translate tm lookup --lang es "School is closed on Monday 1/5"
        """
    static let options: [OptionSpec] = [
        .value("--lang", placeholder: "TAG,…", help: "languages (default: all with a memory, or all catalogs for update)"),
        .value("--date", placeholder: "DATE", help: "date for new units (YYYYMMDDThhmmssZ or YYYY-MM-DD; default: now)"),
        .value("--output", placeholder: "FILE", help: "where export writes"),
        .value("--file", placeholder: "FILE", help: "lookup: one query per line"),
        .value("--limit", placeholder: "N", help: "lookup: matches per query (default 5)"),
        .value("--min", placeholder: "SCORE", help: "lookup: lowest fuzzy score shown (default 50)"),
        .format("text|json", help: "import, update, lookup: text or json"),
        .root,
    ]
    static let takesArguments = true
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        guard let sub = options.positional.first else { throw UsageError(message: "missing subcommand: import, export, update or lookup") }
        let arguments = Array(options.positional.dropFirst())
        let project = try options.project()
        switch sub {
        case "import":
            guard arguments.count == 1 else { throw UsageError(message: "import takes one TMX file") }
            let format = try options.outputFormat()
            return try console.emit(
                try TMWorkflow.importFile(
                    project, file: arguments[0], languages: options.all("--lang"),
                    date: try TMWorkflow.date(options.value("--date")), log: console.log()),
                format: format)
        case "update":
            if let extra = arguments.first { throw UsageError(message: "unexpected argument '\(extra)'") }
            let format = try options.outputFormat()
            return try console.emit(
                try TMWorkflow.update(
                    project, languages: options.all("--lang"), date: try TMWorkflow.date(options.value("--date")),
                    log: console.log()), format: format)
        case "export":
            if let extra = arguments.first { throw UsageError(message: "unexpected argument '\(extra)'") }
            let result = try TMWorkflow.export(project, languages: options.all("--lang"), log: console.log())
            try console.write(Data(result.summary.tmx.utf8), to: options.value("--output")) { "wrote \(result.summary.units) units to \($0)" }
            return ExitStatus.of(result.outcome)
        case "lookup":
            let format = try options.outputFormat()
            let lookup = TMWorkflow.LookupOptions(
                language: options.value("--lang"), queries: arguments, file: options.value("--file"),
                limit: options.value("--limit"), minimum: options.value("--min"))
            return try console.emit(try TMWorkflow.lookup(project, lookup, log: console.log()), format: format)
        default:
            throw UsageError(message: "unknown subcommand '\(sub)'; use import, export, update or lookup")
        }
    }
}
