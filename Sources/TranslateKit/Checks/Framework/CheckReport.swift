/// The outcome of checking a project: every diagnostic, sorted, and a per-language count.
public struct CheckReport: Sendable, Equatable {
    /// Errors, warnings and notes of one language.
    public struct Counts: Sendable, Equatable, Codable {
        public var errors = 0
        public var warnings = 0
        public var infos = 0
        public init(errors: Int = 0, warnings: Int = 0, infos: Int = 0) {
            self.errors = errors
            self.warnings = warnings
            self.infos = infos
        }
    }

    public var diagnostics: [Diagnostic]
    /// Language tag → counts; every language checked appears, clean ones with zeros.
    public var summary: [String: Counts]
    /// The text of each file read, for showing the offending line (path → lines).
    public var lines: [String: [Substring]]
    /// Files that could not be read as text (e.g. invalid UTF-8): an input error, not a finding.
    public var unreadable: [String] = []

    public init(diagnostics: [Diagnostic], languages: [String], lines: [String: [Substring]] = [:]) {
        // Ties keep the order checks emitted them in (CLDR order for plural categories).
        self.diagnostics = diagnostics.enumerated().sorted { a, b in
            if CheckReport.order(a.element, b.element) { return true }
            if CheckReport.order(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
        var summary: [String: Counts] = [:]
        for language in languages { summary[language] = Counts() }
        for diagnostic in diagnostics {
            let language = diagnostic.locale ?? "source"
            var counts = summary[language] ?? Counts()
            switch diagnostic.severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .info: counts.infos += 1
            }
            summary[language] = counts
        }
        self.summary = summary
        self.lines = lines
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// 2 when a file could not be read (as every other command answers), 1 when there are
    /// errors (or warnings with `strict`), else 0.
    public func exitStatus(strict: Bool) -> Int32 {
        if !unreadable.isEmpty { return 2 }
        return errorCount > 0 || (strict && warningCount > 0) ? 1 : 0
    }

    /// File, then position, then check and message: stable across runs.
    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.path != b.path { return a.path < b.path }
        let pa = a.position ?? TextPosition(line: 0, column: 0)
        let pb = b.position ?? TextPosition(line: 0, column: 0)
        if pa != pb { return pa < pb }
        if (a.check ?? "") != (b.check ?? "") { return (a.check ?? "") < (b.check ?? "") }
        return a.severity < b.severity
    }

    public static func == (a: Self, b: Self) -> Bool { a.diagnostics == b.diagnostics && a.summary == b.summary }
}
