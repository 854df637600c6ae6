import Foundation
import TranslateKit

/// `translate tm`: import, export, update and search the per-language translation memories.
enum TMCommand: Command {
    static let name = "tm"
    static let summary = "import, export and search the translation memory (Locales/memory/<tag>.tmx)"
    static let help = """
    Usage: translate tm import FILE [--lang TAG,…] [--date DATE] [--format text|json] [--root DIR]
           translate tm export [--lang TAG,…] [--output FILE] [--root DIR]
           translate tm update [--lang TAG,…] [--date DATE] [--format text|json] [--root DIR]
           translate tm lookup --lang TAG [TEXT… | --file FILE] [--limit N] [--min SCORE] [--format text|json] [--root DIR]

    Each target language has one memory, Locales/memory/<tag>.tmx (TMX 1.4b), holding every
    translation ever made with its dates, origin file, key, state and neighbours.

      import FILE   adds the units of a TMX file from OmegaT, Trados Studio, memoQ, Weblate or
                    any TMX 1.4 tool. Language codes are mapped to the project's (es-ES → es).
                    A bad file is rejected with its line and column; nothing is half-imported.
      export        writes the memories as one TMX file (stdout, or --output FILE).
      update        adds the translated (not fuzzy) entries of Locales/<tag>.po.
      lookup        shows the best matches for each TEXT (or each line of --file): 101% in
                    context, 100% exact, fuzzy scores below; words that differ are highlighted.

    Options:
      --lang TAG,…    languages (default: all with a memory, or all catalogs for update)
      --date DATE     date for new units (YYYYMMDDThhmmssZ or YYYY-MM-DD; default: now)
      --output FILE   where export writes
      --file FILE     lookup: one query per line
      --limit N       lookup: matches per query (default 5)
      --min SCORE     lookup: lowest fuzzy score shown (default 50)
      --format F      import, update, lookup: text or json

    Exit status: 0 done (lookup: some match found), 1 lookup found no match, 2 usage or input error.

    Example:
      translate tm import ~/Downloads/hps-es.tmx --lang es
      translate tm lookup --lang es "School is closed on Monday 1/5"
    """
    static let valueOptions: Set<String> = ["--lang", "--date", "--output", "--file", "--limit", "--min"]
    static let flagOptions: Set<String> = []
    static let takesArguments = true
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        guard let sub = options.positional.first else { throw UsageError(message: "missing subcommand: import, export, update or lookup") }
        let arguments = Array(options.positional.dropFirst())
        switch sub {
        case "import": return try importFile(options, arguments, console)
        case "export", "update":
            if let extra = arguments.first { throw UsageError(message: "unexpected argument '\(extra)'") }
            return sub == "export" ? try export(options, console) : try update(options, console)
        case "lookup": return try lookup(options, arguments, console)
        default: throw UsageError(message: "unknown subcommand '\(sub)'; use import, export, update or lookup")
        }
    }

    static func date(_ options: Options) throws -> Date {
        guard let text = options.value("--date") else { return Date() }
        guard let date = TMXDate.parse(text) else { throw UsageError(message: "--date '\(text)' is not YYYYMMDDThhmmssZ or YYYY-MM-DD") }
        return date
    }

    static func importFile(_ options: Options, _ arguments: [String], _ console: Console) throws -> Int32 {
        guard arguments.count == 1 else { throw UsageError(message: "import takes one TMX file") }
        let root = options.root
        let languages = options.all("--lang")
        // Everything is converted before anything is written.
        let results: [(memory: TranslationMemory, added: Int)]
        do {
            results = try TranslationMemory.importing(contentsOf: URL(fileURLWithPath: arguments[0]), displayPath: arguments[0], root: root, languages: languages.isEmpty ? nil : languages, date: try date(options))
        } catch var error as TranslateError where error.path == nil {
            error.path = arguments[0]  // a language in the file that cannot name a memory
            throw error
        }
        if results.isEmpty {
            console.err("\(arguments[0]): no units for \(languages.isEmpty ? "any target language" : languages.joined(separator: ", "))")
            return ExitStatus.findings
        }
        // Every memory the file touches is replaced together (a kill leaves all old or all new).
        let transaction = FileTransaction(root: root)
        for (memory, _) in results { try memory.save(in: transaction) }
        try transaction.commit()
        try emit(results.map { MemoryChange(language: $0.0.language, added: $0.1, units: $0.0.units.count) }, options, console)
        return ExitStatus.success
    }

    /// What import and update did to one language's memory.
    struct MemoryChange: Encodable {
        var language: String
        var added: Int
        var units: Int
        var file: String

        init(language: String, added: Int, units: Int) {
            (self.language, self.added, self.units, file) = (language, added, units, "Locales/memory/\(language).tmx")
        }
    }

    /// Prints import's and update's summary as text lines or, with --format json, one JSON array.
    static func emit(_ changes: [MemoryChange], _ options: Options, _ console: Console) throws {
        if try options.format(["text", "json"]) == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            console.out(String(decoding: try encoder.encode(changes), as: UTF8.self))
            return
        }
        for change in changes {
            console.out("\(change.language): \(change.added) new unit\(change.added == 1 ? "" : "s"), \(change.units) in \(change.file)")
        }
    }

    static func languages(_ options: Options, fallback: [String]) throws -> [String] {
        let given = options.all("--lang")
        let languages = given.isEmpty ? fallback : given
        if languages.isEmpty { throw TranslateError("no languages", hint: "pass --lang TAG, or add Locales/<tag>.po") }
        return languages
    }

    static func export(_ options: Options, _ console: Console) throws -> Int32 {
        let root = options.root
        let languages = try languages(options, fallback: TranslationMemory.languages(root: root))
        var document = TMXDocument()
        for language in languages {
            let memory = try TranslationMemory.load(root: root, language: language)
            let part = memory.document
            document.header = part.header
            document.units += part.units
        }
        let text = TMXWriter.write(document)
        if let output = options.value("--output") {
            try AtomicFile.write(text, to: URL(fileURLWithPath: output))
            console.progress("wrote \(document.units.count) units to \(output)")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        return ExitStatus.success
    }

    static func update(_ options: Options, _ console: Console) throws -> Int32 {
        let root = options.root
        let stamp = try date(options)
        let transaction = FileTransaction(root: root)
        var lines: [MemoryChange] = []
        for language in try languages(options, fallback: TranslationMemory.catalogLanguages(root: root)) {
            let path = "Locales/\(language).po"
            let parsed = try POReader.read(try ProjectPaths(root: root).catalog(for: language), displayPath: path)
            if parsed.diagnostics.contains(where: { $0.severity == .error }) {
                for diagnostic in parsed.diagnostics { console.err(diagnostic.formatted) }
                throw TranslateError(path: path, "the catalog has syntax errors; the memory was not updated")
            }
            var memory = try TranslationMemory.load(root: root, language: language)
            let added = memory.update(from: parsed.catalog, language: language, originFile: path, date: stamp)
            try memory.save(in: transaction)
            lines.append(MemoryChange(language: language, added: added, units: memory.units.count))
        }
        try transaction.commit()
        try emit(lines, options, console)
        return ExitStatus.success
    }

    struct JSONMatch: Encodable {
        var score: Int
        var source: String
        var target: String
        var origin: String?
        var key: String?
        var changed: String?

        // Absent values are written as null so every match has the same fields.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(score, forKey: .score)
            try container.encode(source, forKey: .source)
            try container.encode(target, forKey: .target)
            try container.encode(origin, forKey: .origin)
            try container.encode(key, forKey: .key)
            try container.encode(changed, forKey: .changed)
        }

        enum CodingKeys: String, CodingKey { case score, source, target, origin, key, changed }
    }

    struct JSONResult: Encodable {
        var query: String
        var matches: [JSONMatch]
    }

    static func lookup(_ options: Options, _ arguments: [String], _ console: Console) throws -> Int32 {
        let root = options.root
        let format = try options.format(["text", "json"])
        let available = TranslationMemory.languages(root: root)
        guard let language = options.value("--lang") ?? (available.count == 1 ? available[0] : nil) else {
            throw UsageError(message: "which memory? pass --lang TAG (available: \(available.joined(separator: ", ")))")
        }
        var queries = arguments
        if let file = options.value("--file") {
            let text = try TextFile.read(URL(fileURLWithPath: file), displayPath: file)
            queries += text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        guard !queries.isEmpty else { throw UsageError(message: "lookup needs TEXT or --file FILE") }
        guard let limit = Int(options.value("--limit") ?? "5"), limit > 0 else { throw UsageError(message: "--limit must be a positive number") }
        guard let minimum = Int(options.value("--min") ?? "50"), (0...100).contains(minimum) else { throw UsageError(message: "--min must be 0–100") }
        let index = try TranslationMemory.openForLookup(root: root, language: language)
        var results: [JSONResult] = []
        var found = false
        for query in queries {
            let matches = index.lookup(MemoryQuery(query), limit: limit, minimumScore: minimum)
            found = found || !matches.isEmpty
            if format == "json" {
                results.append(JSONResult(query: query, matches: matches.map {
                    JSONMatch(score: $0.score, source: $0.unit.sourceText, target: $0.target, origin: $0.unit.origin,
                              key: $0.unit.key, changed: $0.unit.changeDate)
                }))
                continue
            }
            console.out(console.paint(query, .bold))
            if matches.isEmpty { console.out("  no match of \(minimum)% or more") }
            for match in matches {
                let source = MatchDifference.words(query: query, source: match.unit.sourceText).map { word in
                    word.differs ? (console.colorOut ? console.paint(word.text, .yellow) : "[\(word.text)]") : word.text
                }.joined(separator: " ")
                let score = "\(match.score)%".padding(toLength: 5, withPad: " ", startingAt: 0)
                console.out("  \(console.paint(score, match.score >= 100 ? .green : .cyan)) \(source)")
                console.out("        \(match.target)")
                let origin = [match.unit.origin, match.unit.key == match.unit.origin ? nil : match.unit.key, match.unit.changeDate].compactMap { $0 }.joined(separator: " · ")
                if !origin.isEmpty { console.out("        \(console.paint(origin, .dim))") }
            }
        }
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            console.out(String(decoding: try encoder.encode(results), as: UTF8.self))
        }
        return found ? ExitStatus.success : ExitStatus.findings
    }
}
