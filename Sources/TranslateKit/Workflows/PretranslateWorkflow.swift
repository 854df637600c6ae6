import Foundation

/// `translate pretranslate`: fills untranslated catalog entries from the translation memory.
public enum PretranslateWorkflow {
    public struct Options: Sendable {
        /// Languages (default: every Locales/*.po).
        public var languages: [String]
        public var matching: PretranslationOptions

        public init(languages: [String] = [], matching: PretranslationOptions = PretranslationOptions()) {
            self.languages = languages
            self.matching = matching
        }
    }

    /// What pretranslation did to one catalog.
    public struct LanguageReport: Codable, Equatable, Sendable {
        public var language: String
        public var inContext: Int
        public var exact: Int
        public var suggested: Int
        public var unmatched: Int
        public var written: Bool
    }

    public struct Summary: WorkflowSummary, Equatable {
        public var languages: [LanguageReport]
        /// State given to 100% matches (named in the text).
        public var exactMatchState: EntryState

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(languages)
        }

        public func text(_ paint: TextPainter) -> String? {
            languages.map { r in
                "\(r.language): \(r.inContext) translated (101%), \(r.exact) fuzzy (100%)\(exactMatchState == .translated ? " → translated" : ""), \(r.suggested) suggestions, \(r.unmatched) without a match"
            }.joined(separator: "\n")
        }
    }

    /// Pretranslates every catalog; catalogs are replaced together at the end, so a kill leaves
    /// every catalog as it was, or all pretranslated. A catalog with syntax errors stops the run.
    public static func run(_ project: Project, _ options: Options = Options(), log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        var reports: [LanguageReport] = []
        let transaction = FileTransaction(root: project.paths.root)
        let diagnostics = try CatalogMemoryLoop.run(
            project, languages: options.languages, purpose: "pretranslate",
            onSyntaxErrors: .stop("the catalog has syntax errors; nothing was pretranslated"),
            log: log
        ) { job in
            log.progress("\(job.language): \(job.memory.units.count) units in memory")
            let (catalog, summary) = Pretranslator.pretranslate(job.catalog, index: job.index, options: options.matching)
            var written = false
            if catalog != job.catalog {
                written = try transaction.writeIfChanged(Data(POWriter.write(catalog).utf8), to: job.url)
            }
            reports.append(
                LanguageReport(
                    language: job.language, inContext: summary.inContext, exact: summary.exact,
                    suggested: summary.suggested, unmatched: summary.unmatched, written: written))
        }
        try transaction.commit()
        return WorkflowResult(summary: Summary(languages: reports, exactMatchState: options.matching.exactMatchState), diagnostics: diagnostics)
    }
}
