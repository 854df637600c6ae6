import Foundation

/// Writes the report into Output/report/ and nothing outside it: index.html, one page per
/// language, and history.json. Every write is atomic and skipped when the bytes are unchanged.
public enum ReportWriter {
    /// What a run wrote.
    public struct Result: Sendable {
        public var report: ProjectReport
        /// Output/report/ relative to the root.
        public var folder: String
        public var index: URL
        public var pages: Int
        public var historyRecords: Int
        public var addedRecord: Bool
    }

    /// Output/report/
    public static func folder(_ project: Project) -> URL {
        project.paths.reportFolder
    }

    /// A language's page name. Tags are letters, digits and hyphens; anything else is replaced so a
    /// registry tag can never name a path outside the folder.
    public static func pageName(for tag: String) -> String {
        let safe = String(
            tag.unicodeScalars.map { scalar -> Character in
                (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-")) ? Character(scalar) : "_"
            })
        return (safe == "index" || safe == "history" ? "language-" + safe : safe) + ".html"
    }

    /// Builds the report for `date` and writes it.
    public static func write(_ project: Project, date: String) throws -> Result {
        let folder = try project.paths.permitted(folder(project))  // a symlinked Output/report/ must not lead outside
        let historyURL = folder.appendingPathComponent("history.json")
        var history = try ReportHistory.load(historyURL, displayPath: project.paths.display(historyURL))
        let report = try ProjectReport.build(project, date: date, history: history)
        let added = history.add(report.current)

        var pages: Set<String> = ["index.html"]
        for row in report.rows {
            try AtomicFile.writeIfChanged(Data(ReportPage.language(row, report: report).utf8), to: folder.appendingPathComponent(row.pageName))
            pages.insert(row.pageName)
        }
        if !report.sourceDiagnostics.isEmpty {
            let name = pageName(for: report.sourceTag)
            try AtomicFile.writeIfChanged(Data(ReportPage.source(report).utf8), to: folder.appendingPathComponent(name))
            pages.insert(name)
        }
        // Pages of languages that left the registry (or a source page with no findings left) would
        // otherwise linger with stale numbers; only .html files in this folder are ever removed.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".html") && !pages.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        let index = folder.appendingPathComponent("index.html")
        try AtomicFile.writeIfChanged(Data(ReportPage.index(report).utf8), to: index)
        try AtomicFile.writeIfChanged(Data(history.json.utf8), to: historyURL)
        return Result(
            report: report, folder: project.paths.display(folder), index: index, pages: pages.count,
            historyRecords: history.records.count, addedRecord: added)
    }
}
