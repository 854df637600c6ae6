import Foundation

/// Everything the report page shows, computed from a project: coverage, critical messages,
/// findings and history. Building it never writes; `ReportWriter` does.
public struct ProjectReport: Sendable {
    /// How languages are weighted in weighted coverage.
    public enum Weighting: String, Sendable {
        /// By the registry's `families` counts (languages without a count weigh nothing and are named).
        case families
        /// One per language: the registry has no family counts.
        case perLanguage = "per-language"
    }

    /// One target language as the page shows it.
    public struct Row: Sendable {
        public var language: Language
        public var status: LanguageStatus
        public var counts: CheckReport.Counts
        /// This language's diagnostics, sorted by file and position.
        public var diagnostics: [Diagnostic]
        /// The file line each diagnostic points at (nil without a position), shown under it.
        public var excerpts: [String?]
        /// Weight in weighted coverage (0 for fallback catalogs, which no family reads directly).
        public var weight: Int
        /// Critical messages (keys) this language cannot show: untranslated or fuzzy.
        public var missingCritical: [String]
        /// Percent complete in the previous history record, when there is one that knew the language.
        public var previousPercent: String?
        /// Locales/memory/<tag>.tmx relative to the root, when the language has a memory.
        public var memoryFile: String?
        /// The memory analysis of the language's messages (the numbers `translate analyze` prints), when it has a memory.
        public var memoryAnalysis: MemoryAnalysis?

        /// Output/report/<tag>.html, relative to the index.
        public var pageName: String { ReportWriter.pageName(for: language.tag) }
    }

    /// One message flagged `critical` in the template.
    public struct CriticalMessage: Sendable {
        public var key: String
        public var source: String
        public var references: [String]
        /// Sum of the weights of languages that have it translated and not fuzzy.
        public var readableWeight: Int
        /// Tags of the weighted languages that do not.
        public var missing: [String]
    }

    public var date: String
    public var rows: [Row]
    public var critical: [CriticalMessage]
    public var weighting: Weighting
    public var totalWeight: Int
    /// Tags that have no family count when weighting by families.
    public var uncounted: [String]
    /// Findings in the English template.
    public var sourceDiagnostics: [Diagnostic]
    public var sourceExcerpts: [String?]
    public var sourceTag: String
    /// The English's reading grade per page and the critical messages above target (ReadingGrade.swift).
    public var readingGrade = ReadingGrade()
    /// Earlier record used for the trend, if any.
    public var previous: ReportHistory.Record?
    /// The record this run stands for.
    public var current: ReportHistory.Record

    /// Share (0–100) of weighted (family, critical message) pairs that can be read; 100 with no critical messages.
    public var overallCriticalCoverage: Double {
        guard !critical.isEmpty, totalWeight > 0 else { return 100 }
        let readable = critical.reduce(0) { $0 + $1.readableWeight }
        return 100 * Double(readable) / Double(totalWeight * critical.count)
    }

    /// Share (0–100) of weight whose language can show every critical message.
    public var fullyCoveredShare: Double {
        guard totalWeight > 0 else { return 100 }
        let covered = rows.filter { $0.weight > 0 && $0.missingCritical.isEmpty }.reduce(0) { $0 + $1.weight }
        return 100 * Double(covered) / Double(totalWeight)
    }

    /// Computes the report. `history` is the history before this run.
    public static func build(_ project: Project, date: String, history: ReportHistory = ReportHistory()) throws -> ProjectReport {
        let paths = project.paths
        let statuses = try ProjectStatus.compute(project)
        let languages = project.targetLanguages
        let settings = CheckSettings(config: project.config, registry: project.registry)
        let checked = try ProjectChecker.check(root: paths.root, settings: settings, registry: project.registry)

        var template = Catalog()
        if FileManager.default.fileExists(atPath: paths.template.path) {
            template = try POReader.read(paths.template, displayPath: paths.display(paths.template)).catalog
        }
        let criticalEntries = template.entries.filter { !$0.isObsolete && !$0.isHeader && $0.flags.contains("critical") }

        let anyCounts = languages.contains { $0.families != nil }
        let weighting: Weighting = anyCounts ? .families : .perLanguage
        let current = ReportHistory.record(date: date, statuses: statuses)
        let previous = history.previous(before: current)

        // The offending line, as `translate check` prints it; long lines are cut so a page stays small.
        func excerpt(_ diagnostic: Diagnostic) -> String? {
            guard let line = diagnostic.position?.line, let lines = checked.lines[diagnostic.path], line >= 1, line <= lines.count else { return nil }
            let text = lines[line - 1]
            return text.unicodeScalars.count > 240 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(240))) + "…" : String(text)
        }
        var byLanguage: [String: [Diagnostic]] = [:]
        var sourceDiagnostics: [Diagnostic] = []
        for diagnostic in checked.diagnostics {
            if let locale = diagnostic.locale { byLanguage[locale, default: []].append(diagnostic) } else { sourceDiagnostics.append(diagnostic) }
        }
        // Errors first on each page, each group in file order (the checker's order is by position).
        func errorsFirst(_ list: [Diagnostic]) -> [Diagnostic] {
            list.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
        }
        byLanguage = byLanguage.mapValues(errorsFirst)
        sourceDiagnostics = errorsFirst(sourceDiagnostics)

        var rows: [Row] = []
        var uncounted: [String] = []
        for (language, status) in zip(languages, statuses) {
            var readable: Set<String> = []
            if !criticalEntries.isEmpty, status.file != nil, status.error == nil {
                let url = try paths.catalog(for: language.tag)
                let catalog = try POReader.read(url, displayPath: paths.display(url)).catalog
                for entry in catalog.entries where !entry.isObsolete && !entry.isHeader && entry.state == .translated {
                    readable.insert(entry.effectiveKey)
                }
            }
            let weight: Int
            if language.tier == .fallback {
                weight = 0
            } else if weighting == .families {
                weight = language.families ?? 0
                if language.families == nil { uncounted.append(language.tag) }
            } else {
                weight = 1
            }
            let memory = try paths.memory(for: language.tag)
            var analysis: MemoryAnalysis?
            if FileManager.default.fileExists(atPath: memory.path) {
                var catalog = template
                let url = try paths.catalog(for: language.tag)
                if status.error == nil, FileManager.default.fileExists(atPath: url.path) {
                    catalog = try POReader.read(url, displayPath: paths.display(url)).catalog
                }
                let loaded = try TranslationMemory.load(root: paths.root, language: language.tag)
                analysis = MemoryAnalysis.analyze(catalog, index: MemoryIndex(loaded), language: language.tag)
            }
            rows.append(
                Row(
                    language: language, status: status,
                    counts: checked.summary[language.tag] ?? CheckReport.Counts(),
                    diagnostics: byLanguage[language.tag] ?? [], excerpts: (byLanguage[language.tag] ?? []).map(excerpt), weight: weight,
                    missingCritical: criticalEntries.map(\.effectiveKey).filter { !readable.contains($0) },
                    previousPercent: previous?.percent[language.tag],
                    memoryFile: analysis == nil ? nil : paths.display(memory), memoryAnalysis: analysis))
        }
        rows = sorted(rows)

        let totalWeight = rows.reduce(0) { $0 + $1.weight }
        let critical = criticalEntries.map { entry -> CriticalMessage in
            let key = entry.effectiveKey
            var readableWeight = 0
            var missing: [String] = []
            for row in rows where row.weight > 0 {
                if row.missingCritical.contains(key) { missing.append(row.language.tag) } else { readableWeight += row.weight }
            }
            return CriticalMessage(key: key, source: entry.source, references: entry.references, readableWeight: readableWeight, missing: missing)
        }
        var report = ProjectReport(
            date: date, rows: rows, critical: critical, weighting: weighting, totalWeight: totalWeight,
            uncounted: uncounted, sourceDiagnostics: sourceDiagnostics, sourceExcerpts: sourceDiagnostics.map(excerpt),
            sourceTag: project.config.sourceLanguage,
            previous: previous, current: current)
        report.readingGrade = ReadingGrade.measure(template, target: settings.targetReadingGrade)
        return report
    }

    /// Families served first (largest count first); languages without a count after, by tier
    /// (core, on-request, interpretation, fallback), then in registry order.
    static func sorted(_ rows: [Row]) -> [Row] {
        let tierOrder: [Language.Tier] = [.core, .onRequest, .interpretation, .fallback, .source]
        return rows.enumerated().sorted { a, b in
            let fa = a.element.language.families ?? -1
            let fb = b.element.language.families ?? -1
            if fa != fb { return fa > fb }
            let ta = tierOrder.firstIndex(of: a.element.language.tier) ?? 9
            let tb = tierOrder.firstIndex(of: b.element.language.tier) ?? 9
            if ta != tb { return ta < tb }
            return a.offset < b.offset
        }.map(\.element)
    }
}
