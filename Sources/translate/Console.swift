import Foundation
import TranslateKit

/// Output channels: results on stdout, progress and errors on stderr; colour only on a terminal without NO_COLOR.
final class Console {
    let colorOut: Bool
    let colorErr: Bool

    init() {
        let environment = ProcessInfo.processInfo.environment
        // NO_COLOR (no-color.org) or a terminal that cannot show colour (TERM=dumb, as Emacs shells set).
        let noColor = (environment["NO_COLOR"].map { !$0.isEmpty } ?? false) || environment["TERM"] == "dumb"
        colorOut = !noColor && isatty(1) != 0
        colorErr = !noColor && isatty(2) != 0
    }

    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func err(_ text: String) {
        fflush(stdout)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Progress for long work; on stderr so stdout stays parseable.
    func progress(_ text: String) { err(text) }

    typealias Style = TextStyle

    func paint(_ text: String, _ style: Style, stderr: Bool = false) -> String {
        (stderr ? colorErr : colorOut) ? "\u{1B}[\(Self.ansi(style))m\(text)\u{1B}[0m" : text
    }

    private static func ansi(_ style: Style) -> String {
        switch style {
        case .red: "31"
        case .yellow: "33"
        case .green: "32"
        case .bold: "1"
        case .dim: "2"
        case .cyan: "36"
        }
    }

    /// What summaries render their standard-output text with.
    var painter: TextPainter { TextPainter(isColoured: colorOut) { [self] text, style in paint(text, style) } }

    /// A finding on stderr: `path:line:col: severity: message` (red for errors, yellow otherwise), then its notes.
    func report(_ diagnostic: Diagnostic) {
        err(paint(diagnostic.formatted, diagnostic.severity == .error ? .red : .yellow, stderr: true))
        for note in diagnostic.notes { err("note: \(note)") }
    }

    /// Where a workflow's progress, notes and findings go: standard error. With `quiet` (JSON
    /// output) progress lines are left out.
    func log(quiet: Bool = false) -> WorkflowLog {
        let log = WorkflowLog(progress: { [self] in progress($0) }, note: { [self] in err($0) }, diagnostic: { [self] in report($0) })
        return quiet ? log.quiet : log
    }
}

/// The one JSON form of every command's output: keys sorted, slashes as they are; indented or
/// on one line as the summary says.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T, layout: JSONLayout = .pretty) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = layout == .pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The formats a summary is printed in.
enum OutputFormat: String {
    case text, json
}

extension Console {
    /// Prints a workflow's summary: its text rendering or JSON on standard output, then its notes
    /// (text only) and errors on standard error. Returns the exit status for the outcome.
    @discardableResult
    func emit<S: WorkflowSummary>(_ result: WorkflowResult<S>, format: OutputFormat) throws -> Int32 {
        emit(try rendering(result.summary, format: format))
        if format == .text { for note in result.summary.notes { err(note) } }
        for error in result.summary.errors { err(error) }
        return ExitStatus.of(result.outcome)
    }

    /// A summary as `emit` prints it on standard output; nil when there is nothing to print.
    func rendering<S: WorkflowSummary>(_ summary: S, format: OutputFormat) throws -> String? {
        guard !summary.isEmpty else { return nil }
        switch format {
        case .json: return try JSONOutput.encode(summary, layout: S.jsonLayout)
        case .text: return summary.text(painter)
        }
    }

    /// Prints already rendered output (a reporter's, a TMX file's); a final newline is not doubled.
    func emit(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        out(text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }

    /// Writes a file's bytes to `path` (atomically, then says so on stderr) or to standard output.
    func write(_ data: Data, to path: String?, saying message: ((String) -> String)?) throws {
        if let path {
            try AtomicFile.write(data, to: URL(fileURLWithPath: path))
            if let message { progress(message(path)) }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
