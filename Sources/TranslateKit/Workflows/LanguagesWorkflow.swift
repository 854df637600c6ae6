import Foundation

/// `translate languages`: the language registry as the tool understands it.
public enum LanguagesWorkflow {
    public struct Options: Sendable {
        /// Languages to show in detail, with sample numbers per plural category (default: the table of all).
        public var languages: [String]
        public init(languages: [String] = []) { self.languages = languages }
    }

    public struct Summary: WorkflowSummary, Equatable {
        public var rows: [LanguageSummary]
        /// The detail blocks of the languages asked for; nil for the table of all.
        public var details: [String]?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rows)
        }

        public func text(_ paint: TextPainter) -> String? {
            details.map { $0.joined(separator: "\n\n") } ?? LanguageTable.text(rows)
        }
    }

    /// Every registry language, or the ones asked for in detail (a tag outside the registry is
    /// shown from ICU's data, with a warning).
    public static func run(_ project: Project, _ options: Options = Options(), log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        let registry = project.registry
        for warning in registry.warnings { log.diagnostic(warning) }
        if options.languages.isEmpty {
            let rows = try registry.languages.map { try LanguageSummary($0, registry: registry) }
            return WorkflowResult(summary: Summary(rows: rows, details: nil), diagnostics: registry.warnings)
        }
        var rows: [LanguageSummary] = []
        var details: [String] = []
        for tag in options.languages {
            let language = try registry.resolve(tag: tag)
            if let warning = language.warning { log.note("warning: \(warning)") }
            let row = try LanguageSummary(language, registry: registry, withSamples: true)
            rows.append(row)
            details.append(LanguageTable.details(row, language: language))
        }
        return WorkflowResult(summary: Summary(rows: rows, details: details), diagnostics: registry.warnings)
    }
}
