/// How the text report marks up its parts; the command maps these to terminal colours (or none).
public enum ReportStyle: Sendable {
    case error, warning, info, note, location, caret, heading
}

/// The human report: `path:line:col: severity: [check] message`, the offending line with a caret
/// under the column, `note:` lines, then errors and warnings per language.
public enum TextReporter {
    /// Lines longer than this are shown as a window around the column.
    static let window = 60

    public static func render(_ report: CheckReport, paint: (String, ReportStyle) -> String = { text, _ in text }) -> String {
        var out = ""
        for d in report.diagnostics {
            var location = d.path
            if let position = d.position { location += ":\(position.line):\(position.column)" }
            let style: ReportStyle = d.severity == .error ? .error : (d.severity == .warning ? .warning : .info)
            let tag = d.check.map { "[\($0)] " } ?? ""
            out += paint(location + ":", .location) + " " + paint(d.severity.rawValue + ":", style) + " " + tag + sanitize(d.message) + "\n"
            if let position = d.position, let lines = report.lines[d.path], position.line >= 1, position.line <= lines.count {
                let (shown, caretColumn) = excerpt(lines[position.line - 1], column: position.column)
                out += "    " + shown + "\n"
                out += "    " + caretColumn + paint("^", .caret) + "\n"
            }
            for note in d.notes { out += paint("note:", .note) + " " + sanitize(note) + "\n" }
        }
        out += summary(report, paint: paint)
        return out
    }

    /// The per-language table and the totals line.
    public static func summary(_ report: CheckReport, paint: (String, ReportStyle) -> String = { text, _ in text }) -> String {
        let languages = report.summary.keys.sorted()
        var out = ""
        if !languages.isEmpty {
            if !report.diagnostics.isEmpty { out += "\n" }
            let width = max(8, languages.map(\.count).max() ?? 0)
            func row(_ a: String, _ b: String, _ c: String) -> String {
                a.padding(width) + "  " + String(repeating: " ", count: max(0, 6 - b.count)) + b + "  " + String(repeating: " ", count: max(0, 8 - c.count)) + c
            }
            out += paint(row("Language", "Errors", "Warnings"), .heading) + "\n"
            for language in languages {
                let counts = report.summary[language]!
                out += row(language, String(counts.errors), String(counts.warnings)) + "\n"
            }
            out += row("Total", String(report.errorCount), String(report.warningCount)) + "\n"
        }
        let errors = report.errorCount
        let warnings = report.warningCount
        // "source" is the template's row, not a language.
        let count = languages.filter { $0 != "source" }.count
        // With no language file checked (`check --source`) only the template was read: say so, not "in 0 languages".
        let scope = count == 0 ? "the source template" : "\(count) language\(count == 1 ? "" : "s")"
        let verdict = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(scope)"
        out += paint(verdict, errors > 0 ? .error : (warnings > 0 ? .warning : .heading)) + "\n"
        return out
    }

    /// The line as shown (a window around the column for long lines, invisible characters made visible)
    /// and the spaces (tabs kept) that put a caret under the column.
    static func excerpt(_ line: Substring, column: Int) -> (String, String) {
        let scalars = Array(line.unicodeScalars)
        let index = min(max(column - 1, 0), scalars.count)
        var start = 0
        var end = scalars.count
        var prefix = ""
        var suffix = ""
        if scalars.count > 2 * window {
            start = max(0, index - window)
            end = min(scalars.count, index + window)
            if start > 0 { prefix = "…" }
            if end < scalars.count { suffix = "…" }
        }
        var shown = prefix
        var caret = String(repeating: " ", count: prefix.count)
        for (offset, scalar) in scalars[start..<end].enumerated() {
            let visible = visibleForm(scalar)
            shown += visible
            if start + offset < index { caret += scalar == "\t" ? "\t" : String(repeating: " ", count: visible.count) }
        }
        return (shown + suffix, caret)
    }

    /// Bidi controls and other invisible characters would reorder or hide the excerpt in a terminal.
    static func visibleForm(_ scalar: Unicode.Scalar) -> String { Diagnostic.visibleForm(scalar) }

    /// Messages quote translations: keep them on one line and free of bidi controls.
    static func sanitize(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" { out += "\\n" } else { out += visibleForm(scalar) }
        }
        return out
    }
}

private extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
