import Foundation

/// `translate check`: validates every catalog (or, with `sourceOnly`, the English template)
/// and reports what is wrong, where, and how to fix it. Never writes.
public enum CheckWorkflow {
    public struct Options: Sendable {
        /// Only these languages (default: every Locales/*.po).
        public var languages: [String]
        /// Check only the English of messages.pot for translatability.
        public var sourceOnly: Bool
        /// Warnings make the outcome `.findings` too.
        public var strict: Bool

        public init(languages: [String] = [], sourceOnly: Bool = false, strict: Bool = false) {
            self.languages = languages
            self.sourceOnly = sourceOnly
            self.strict = strict
        }
    }

    /// The report; the CLI renders it with the reporter the format asks for (text, JSON, SARIF, GitHub).
    public struct Summary: WorkflowSummary, Equatable {
        public var report: CheckReport

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(report.diagnostics)
        }

        public func text(_ paint: TextPainter) -> String? {
            TextReporter.render(report) { text, style in
                switch style {
                case .error: return paint(text, .red)
                case .warning: return paint(text, .yellow)
                case .info: return paint(text, .cyan)
                case .note, .location, .heading: return paint(text, .bold)
                case .caret: return paint(text, .green)
                }
            }
        }
    }

    /// Checks the project with its own settings (translate.json, validated by `Project.open`).
    public static func run(_ project: Project, _ options: Options = Options(), log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        if options.sourceOnly && !options.languages.isEmpty {
            throw WorkflowOptionError("--source checks the English only; it takes no --lang")
        }
        let settings = CheckSettings(config: project.config, registry: project.registry)
        let report = try ProjectChecker.check(
            root: project.paths.root, languages: options.languages, settings: settings,
            registry: project.registry, sourceOnly: options.sourceOnly)
        return WorkflowResult(
            summary: Summary(report: report), diagnostics: report.diagnostics,
            outcome: WorkflowOutcome(rawValue: Int(report.exitStatus(strict: options.strict))) ?? .inputError)
    }

    /// One registered check, as `translate check --list` shows it.
    public struct ListedCheck: Encodable, Equatable, Sendable {
        public var id: String
        public var severity: String
        public var summary: String
    }

    /// The registered checks: id, severity and summary.
    public struct CheckList: WorkflowSummary, Equatable {
        public var checks: [ListedCheck]
        public static var jsonLayout: JSONLayout { .compact }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(checks)
        }

        public func text(_ paint: TextPainter) -> String? {
            let width = checks.map(\.id.count).max() ?? 10
            return checks.map { check in
                check.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + check.severity.padding(toLength: 9, withPad: " ", startingAt: 0) + check.summary
            }.joined(separator: "\n")
        }

        /// docs/checks.md, generated from the registry.
        public var markdown: String { CheckRegistry.documentation() }
    }

    public static func list() -> CheckList {
        CheckList(checks: CheckRegistry.descriptions.map { ListedCheck(id: $0.id, severity: $0.severity.rawValue, summary: $0.summary) })
    }
}
