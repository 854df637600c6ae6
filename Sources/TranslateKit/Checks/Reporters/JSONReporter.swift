/// `--format json`: `{diagnostics: [{file, line, column, severity, check, locale, key, message, notes}], summary: {<lang>: {errors, warnings}}}`.
public enum JSONReporter {
    public static func render(_ report: CheckReport) -> String {
        let diagnostics = report.diagnostics.map { d -> ReportJSON in
            .object([
                "file": .string(d.path),
                "line": d.position.map { .int($0.line) } ?? .null,
                "column": d.position.map { .int($0.column) } ?? .null,
                "severity": .string(d.severity.rawValue),
                "check": d.check.json,
                "locale": d.locale.json,
                "key": d.key.json,
                "message": .string(d.message),
                "notes": .array(d.notes.map(ReportJSON.string)),
            ])
        }
        var summary: [String: ReportJSON] = [:]
        for (language, counts) in report.summary {
            summary[language] = .object(["errors": .int(counts.errors), "warnings": .int(counts.warnings), "infos": .int(counts.infos)])
        }
        return ReportJSON.object(["diagnostics": .array(diagnostics), "summary": .object(summary)]).rendered() + "\n"
    }
}
