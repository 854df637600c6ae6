/// `--format github`: workflow commands that GitHub Actions turns into annotations on the pull request.
public enum GitHubReporter {
    public static func render(_ report: CheckReport) -> String {
        var out = ""
        for d in report.diagnostics {
            let command: String
            switch d.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            var properties = ["file=\(escapeProperty(d.path))"]
            if let position = d.position {
                properties.append("line=\(position.line)")
                properties.append("col=\(position.column)")
            }
            let title = [d.check.map { "[\($0)]" }, d.locale].compactMap { $0 }.joined(separator: " ")
            if !title.isEmpty { properties.append("title=\(escapeProperty(title))") }
            var message = d.message
            for note in d.notes { message += "\nnote: \(note)" }
            out += "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }
        let errors = report.errorCount
        let warnings = report.warningCount
        out += "translate check: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        return out
    }

    /// Message data: %, CR and LF are encoded (as in @actions/core's escapeData).
    static func escapeData(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Property values also encode ':' and ','.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingColonsAndCommas()
    }
}

private extension String {
    func replacingColonsAndCommas() -> String {
        var out = ""
        for c in unicodeScalars {
            switch c {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
