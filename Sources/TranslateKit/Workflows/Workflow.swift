import Foundation

/// Emphasis a summary's text rendering may ask for; the caller decides what it looks like
/// (ANSI colour on a terminal, nothing in a pipe or under NO_COLOR / TERM=dumb).
public enum TextStyle: String, Sendable {
    case red, yellow, green, bold, dim, cyan
}

/// Turns text plus a style into what is printed; `isColoured` tells renderers that need a
/// plain-text substitute (e.g. brackets around changed words) when colour is off.
public struct TextPainter {
    public var isColoured: Bool
    private let apply: (String, TextStyle) -> String

    public init(isColoured: Bool, _ apply: @escaping (String, TextStyle) -> String) {
        self.isColoured = isColoured
        self.apply = apply
    }

    /// No colour at all: for library callers and tests.
    public static let plain = TextPainter(isColoured: false) { text, _ in text }

    public func callAsFunction(_ text: String, _ style: TextStyle) -> String { apply(text, style) }
}

/// What a workflow hands back to its caller: a summary that is both `Encodable` (for
/// `--format json`) and renderable as the text a command prints.
public protocol WorkflowSummary: Encodable {
    /// The text printed on standard output for `--format text`; nil prints nothing.
    func text(_ paint: TextPainter) -> String?
    /// Lines for standard error after the text, in text output only (notes such as "run 'translate check'").
    var notes: [String] { get }
    /// Lines for standard error after the output in every format (inputs that could not be read).
    var errors: [String] { get }
    /// Nothing to print on standard output in any format (the workflow stopped before producing one).
    var isEmpty: Bool { get }
    /// How --format json lays the summary out: one line for the commands whose scripts read one
    /// line (sync, extract, build, version), indented otherwise.
    static var jsonLayout: JSONLayout { get }
}

/// The two layouts of the one JSON form (keys sorted, slashes unescaped).
public enum JSONLayout: Sendable {
    case pretty, compact
}

extension WorkflowSummary {
    public var notes: [String] { [] }
    public var errors: [String] { [] }
    public var isEmpty: Bool { false }
    public static var jsonLayout: JSONLayout { .pretty }
}

/// An option value a workflow cannot work with (a bad date, a missing language): a usage
/// mistake, which the command reports with its usage (exit 2).
public struct WorkflowOptionError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// How a workflow ended, from the caller's point of view; the CLI maps it to exit 0, 1 or 2.
public enum WorkflowOutcome: Int, Comparable, Sendable {
    /// Done, nothing to report.
    case success = 0
    /// Done, but the content has problems (check errors, rejected units, a catalog not merged).
    case findings = 1
    /// An input could not be read; the rest was still done.
    case inputError = 2

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A workflow's result: its summary, the findings met on the way (already streamed through the
/// log), and the outcome.
public struct WorkflowResult<Summary: WorkflowSummary> {
    public var summary: Summary
    public var diagnostics: [Diagnostic]
    public var outcome: WorkflowOutcome

    public init(summary: Summary, diagnostics: [Diagnostic] = [], outcome: WorkflowOutcome = .success) {
        self.summary = summary
        self.diagnostics = diagnostics
        self.outcome = outcome
    }
}

/// Where a workflow reports as it goes, since it never prints: progress lines, notes that
/// must be seen whatever the output format (warnings, "not merged"), and findings as they are
/// met (a later step may throw, and what came before must still be seen).
public struct WorkflowLog {
    public var progress: (String) -> Void
    public var note: (String) -> Void
    public var diagnostic: (Diagnostic) -> Void

    public init(progress: @escaping (String) -> Void, note: @escaping (String) -> Void, diagnostic: @escaping (Diagnostic) -> Void) {
        self.progress = progress
        self.note = note
        self.diagnostic = diagnostic
    }

    /// Reports nothing: for library callers that only want the result.
    public static var silent: WorkflowLog { WorkflowLog(progress: { _ in }, note: { _ in }, diagnostic: { _ in }) }

    /// The same log without progress lines (as with --format json, where the summary says it all).
    public var quiet: WorkflowLog { WorkflowLog(progress: { _ in }, note: note, diagnostic: diagnostic) }
}

/// The languages a workflow runs on: those given, else every Locales/<tag>.po.
func catalogLanguages(_ given: [String], project: Project) -> [String] {
    given.isEmpty ? TranslationMemory.catalogLanguages(root: project.paths.root) : given
}
