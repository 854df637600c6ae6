import Foundation

/// `translate tm`: import, export, update and search the per-language translation memories
/// (Locales/memory/<tag>.tmx).
public enum TMWorkflow {
    /// What import and update did to one language's memory.
    public struct MemoryChange: Codable, Equatable, Sendable {
        public var language: String
        public var added: Int
        public var units: Int
        /// The memory, relative to the root.
        public var file: String

        public init(language: String, added: Int, units: Int) {
            (self.language, self.added, self.units, file) = (language, added, units, ProjectPaths.memoryPath(language))
        }
    }

    /// Import's and update's summary: one line (or JSON object) per memory.
    public struct Changes: WorkflowSummary, Equatable {
        public var changes: [MemoryChange]

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(changes)
        }

        public var isEmpty: Bool { changes.isEmpty }

        public func text(_ paint: TextPainter) -> String? {
            changes.map { "\($0.language): \($0.added) new unit\($0.added == 1 ? "" : "s"), \($0.units) in \($0.file)" }.joined(separator: "\n")
        }
    }

    /// A date for new units: YYYYMMDDThhmmssZ or YYYY-MM-DD; nil is now.
    public static func date(_ text: String?) throws -> Date {
        guard let text else { return Date() }
        guard let date = TMXDate.parse(text) else { throw WorkflowOptionError("--date '\(text)' is not YYYYMMDDThhmmssZ or YYYY-MM-DD") }
        return date
    }

    /// The languages given, else `fallback`; none at all is an input error.
    static func languages(_ given: [String], fallback: [String]) throws -> [String] {
        let languages = given.isEmpty ? fallback : given
        if languages.isEmpty {
            throw TranslateError("no languages", hint: "pass --lang TAG, or add \(ProjectPaths.catalogPath("<tag>"))")
        }
        return languages
    }

    // MARK: - import

    /// Adds the units of a TMX file (`file` as given) to the memories of the languages it has
    /// (or of `languages`). Everything is converted before anything is written, and every
    /// memory the file touches is replaced together. No unit for any language is `.findings`.
    public static func importFile(
        _ project: Project, file: String, languages: [String] = [], date: Date = Date(),
        log: WorkflowLog = .silent
    ) throws -> WorkflowResult<Changes> {
        let root = project.paths.root
        let results: [(memory: TranslationMemory, added: Int)]
        do {
            // Read as a stream, unit by unit: peak memory follows the memories written, not the file's XML.
            results = try TranslationMemory.importing(
                contentsOf: URL(fileURLWithPath: file), displayPath: file, root: root,
                languages: languages.isEmpty ? nil : languages, date: date)
        } catch var error as TranslateError where error.path == nil {
            error.path = file  // a language in the file that cannot name a memory
            throw error
        }
        if results.isEmpty {
            log.note("\(file): no units for \(languages.isEmpty ? "any target language" : languages.joined(separator: ", "))")
            return WorkflowResult(summary: Changes(changes: []), outcome: .findings)
        }
        let transaction = FileTransaction(root: root)
        for (memory, _) in results { try memory.save(in: transaction) }
        try transaction.commit()
        return WorkflowResult(
            summary: Changes(changes: results.map { MemoryChange(language: $0.memory.language, added: $0.added, units: $0.memory.units.count) }))
    }

    // MARK: - update

    /// Adds the translated (not fuzzy) entries of each catalog to its memory; memories are
    /// replaced together. A catalog with syntax errors stops the run before anything is written.
    public static func update(
        _ project: Project, languages given: [String] = [], date: Date = Date(),
        log: WorkflowLog = .silent
    ) throws -> WorkflowResult<Changes> {
        let root = project.paths.root
        let transaction = FileTransaction(root: root)
        var changes: [MemoryChange] = []
        for language in try languages(given, fallback: TranslationMemory.catalogLanguages(root: root)) {
            let url = try project.paths.catalog(for: language)
            let path = project.paths.display(url)
            let parsed = try POReader.read(url, displayPath: path)
            if parsed.diagnostics.contains(where: { $0.severity == .error }) {
                for diagnostic in parsed.diagnostics { log.diagnostic(diagnostic) }
                throw TranslateError(path: path, "the catalog has syntax errors; the memory was not updated")
            }
            var memory = try TranslationMemory.load(root: root, language: language)
            let added = memory.update(from: parsed.catalog, language: language, originFile: path, date: date)
            try memory.save(in: transaction)
            changes.append(MemoryChange(language: language, added: added, units: memory.units.count))
        }
        try transaction.commit()
        return WorkflowResult(summary: Changes(changes: changes))
    }

    // MARK: - export

    /// The memories as one TMX document.
    public struct Export: WorkflowSummary, Equatable {
        public var tmx: String
        public var units: Int

        enum CodingKeys: String, CodingKey { case units }

        public func text(_ paint: TextPainter) -> String? { nil }
    }

    public static func export(_ project: Project, languages given: [String] = [], log: WorkflowLog = .silent) throws -> WorkflowResult<Export> {
        let root = project.paths.root
        var document = TMXDocument()
        for language in try languages(given, fallback: TranslationMemory.languages(root: root)) {
            let part = try TranslationMemory.load(root: root, language: language).document
            document.header = part.header
            document.units += part.units
        }
        return WorkflowResult(summary: Export(tmx: TMXWriter.write(document), units: document.units.count))
    }

    // MARK: - lookup

    public struct LookupOptions: Sendable {
        /// The memory (default: the only one, when there is one).
        public var language: String?
        public var queries: [String]
        /// A file with one query per line, as given.
        public var file: String?
        /// Matches per query, as given (default 5).
        public var limit: String?
        /// Lowest fuzzy score shown, as given (default 50).
        public var minimum: String?

        public init(language: String? = nil, queries: [String] = [], file: String? = nil, limit: String? = nil, minimum: String? = nil) {
            self.language = language
            self.queries = queries
            self.file = file
            self.limit = limit
            self.minimum = minimum
        }
    }

    /// One match as the JSON output lists it; absent values are written as null so every match
    /// has the same fields.
    public struct Match: Encodable, Equatable, Sendable {
        public var score: Int
        public var source: String
        public var target: String
        public var origin: String?
        public var key: String?
        public var changed: String?

        public func encode(to encoder: Encoder) throws {
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

    public struct QueryResult: Encodable, Equatable, Sendable {
        public var query: String
        public var matches: [Match]
    }

    public struct Lookup: WorkflowSummary, Equatable {
        public var results: [QueryResult]
        public var minimum: Int

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(results)
        }

        /// Each query in bold, then its matches: score, the source with the words that differ
        /// highlighted (in brackets without colour), the translation, and where it came from.
        public func text(_ paint: TextPainter) -> String? {
            var lines: [String] = []
            for result in results {
                lines.append(paint(result.query, .bold))
                if result.matches.isEmpty { lines.append("  no match of \(minimum)% or more") }
                for match in result.matches {
                    let source = MatchDifference.words(query: result.query, source: match.source).map { word in
                        word.differs ? (paint.isColoured ? paint(word.text, .yellow) : "[\(word.text)]") : word.text
                    }.joined(separator: " ")
                    let score = "\(match.score)%".padding(toLength: 5, withPad: " ", startingAt: 0)
                    lines.append("  \(paint(score, match.score >= 100 ? .green : .cyan)) \(source)")
                    lines.append("        \(match.target)")
                    let origin = [match.origin, match.key == match.origin ? nil : match.key, match.changed].compactMap { $0 }.joined(separator: " · ")
                    if !origin.isEmpty { lines.append("        \(paint(origin, .dim))") }
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    /// The best matches for each query; no match for any query is `.findings`.
    public static func lookup(_ project: Project, _ options: LookupOptions, log: WorkflowLog = .silent) throws -> WorkflowResult<Lookup> {
        let root = project.paths.root
        let available = TranslationMemory.languages(root: root)
        guard let language = options.language ?? (available.count == 1 ? available[0] : nil) else {
            throw WorkflowOptionError("which memory? pass --lang TAG (available: \(available.joined(separator: ", ")))")
        }
        var queries = options.queries
        if let file = options.file {
            let text = try TextFile.read(URL(fileURLWithPath: file), displayPath: file)
            queries += text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        guard !queries.isEmpty else { throw WorkflowOptionError("lookup needs TEXT or --file FILE") }
        guard let limit = Int(options.limit ?? "5"), limit > 0 else { throw WorkflowOptionError("--limit must be a positive number") }
        guard let minimum = Int(options.minimum ?? "50"), (0...100).contains(minimum) else { throw WorkflowOptionError("--min must be 0–100") }
        // The on-disk index beside the TMX (rebuilt when the TMX changed): no XML is parsed for a lookup.
        let index = try TranslationMemory.openForLookup(root: root, language: language)
        let results = queries.map { query in
            QueryResult(
                query: query,
                matches: index.lookup(MemoryQuery(query), limit: limit, minimumScore: minimum).map {
                    Match(score: $0.score, source: $0.unit.sourceText, target: $0.target, origin: $0.unit.origin, key: $0.unit.key, changed: $0.unit.changeDate)
                })
        }
        let found = results.contains { !$0.matches.isEmpty }
        return WorkflowResult(summary: Lookup(results: results, minimum: minimum), outcome: found ? .success : .findings)
    }
}
