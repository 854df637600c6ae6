import Foundation

/// `translate extract`: the content sources → Locales/messages.pot, then (unless told not to) sync.
public enum ExtractWorkflow {
    public struct Options: Sendable {
        /// Run sync after writing the template.
        public var sync: Bool
        /// What sync is given (languages to create catalogs for).
        public var syncOptions: SyncWorkflow.Options

        public init(sync: Bool = true, syncOptions: SyncWorkflow.Options = SyncWorkflow.Options()) {
            self.sync = sync
            self.syncOptions = syncOptions
        }
    }

    /// A finding as the JSON summary lists it.
    public struct Finding: Codable, Equatable, Sendable {
        public var severity: String
        public var path: String
        public var message: String
    }

    public struct Summary: WorkflowSummary, Equatable {
        public var files: Int
        public var messages: Int
        /// Counted per message in messages.pot (a message on every page counts once), as status and analyze count.
        public var words: Int
        public var changed: Bool
        /// The template, relative to the root.
        public var output: String
        public var diagnostics: [Finding]
        /// What the sync that followed did (nil with `sync: false`); not part of the JSON summary.
        public var sync: SyncWorkflow.Summary?

        enum CodingKeys: String, CodingKey { case files, messages, words, changed, output, diagnostics }
        public static var jsonLayout: JSONLayout { .compact }

        /// Extract reports on standard error (the progress line); standard output is for --format json.
        public func text(_ paint: TextPainter) -> String? { nil }
    }

    /// Extracts every content file (a file that cannot be read or parsed becomes a finding and
    /// the others are still extracted), writes the template if it changed, then syncs.
    public static func run(_ project: Project, _ options: Options = Options(), log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        let paths = project.paths
        let sources = project.config.sources.isEmpty ? [ProjectPaths.contentName] : project.config.sources
        let (files, refused) = ContentExtractor.scan(root: paths.root, sources: sources)
        if files.isEmpty && refused.isEmpty {
            throw TranslateError(
                path: sources.joined(separator: ", "), "no content files found",
                hint: "put .html, .md, .txt or .json files under \(ProjectPaths.contentName)/, or list sources in \(ProjectConfig.fileName)")
        }
        var result = ContentExtractor.extract(files: files)
        result.diagnostics = refused + result.diagnostics
        let catalog = ContentExtractor.template(result.units)
        let changed = try AtomicFile.writeIfChanged(Data(POWriter.write(catalog).utf8), to: try paths.permitted(paths.template))
        for diagnostic in result.diagnostics { log.diagnostic(diagnostic) }
        let words = catalog.entries.reduce(0) { $0 + ($1.isHeader ? 0 : WordCount.of($1.source)) }
        let output = paths.display(paths.template)
        log.progress("extracted \(result.units.count) messages (\(words) words) from \(files.count) files → \(output)\(changed ? "" : " (unchanged)")")
        var summary = Summary(
            files: files.count, messages: result.units.count, words: words, changed: changed, output: output,
            diagnostics: result.diagnostics.map { Finding(severity: $0.severity.rawValue, path: $0.path, message: $0.message) })
        var outcome: WorkflowOutcome = result.diagnostics.contains { $0.severity == .error } ? .findings : .success
        var diagnostics = result.diagnostics
        if options.sync {
            let synced = try SyncWorkflow.run(project, options.syncOptions, log: log)
            summary.sync = synced.summary
            diagnostics += synced.diagnostics
            outcome = max(outcome, synced.outcome)
        }
        return WorkflowResult(summary: summary, diagnostics: diagnostics, outcome: outcome)
    }

    /// The HTML token stream of `file` as JSON (a debugging aid; `file` relative to the root).
    public static func tokenDump(of file: String, root: URL) throws -> String {
        let url = URL(fileURLWithPath: file, relativeTo: root).standardizedFileURL
        var json = HTMLTokenizer.dumpJSON(try TextFile.read(url, displayPath: file))
        if json.hasSuffix("\n") { json.removeLast() }
        return json
    }
}
