import Foundation

/// `translate sync`: merges Locales/messages.pot into every Locales/<tag>.po (new → untranslated,
/// changed → fuzzy, gone → obsolete), creating catalogs for languages asked for.
public enum SyncWorkflow {
    public struct Options: Sendable {
        /// Languages to create a catalog for when they have none (BCP 47 tags).
        public var languages: [String]
        /// Create a catalog for every registry language but the source language.
        public var allLanguages: Bool

        public init(languages: [String] = [], allLanguages: Bool = false) {
            self.languages = languages
            self.allLanguages = allLanguages
        }
    }

    /// What the merge did to one catalog.
    public struct CatalogChange: Codable, Equatable, Sendable {
        public var language: String
        public var added: Int
        public var changed: Int
        public var obsoleted: Int
        public var modernized: Int
        public var written: Bool
    }

    public struct Summary: WorkflowSummary, Equatable {
        public var catalogs: [CatalogChange]
        public static var jsonLayout: JSONLayout { .compact }

        /// Sync reports on standard error as it goes; standard output is for --format json.
        public func text(_ paint: TextPainter) -> String? { nil }
    }

    /// Merges the template into every catalog; catalogs are replaced together at the end, so a
    /// kill leaves every catalog as it was, or all synced. A catalog with syntax errors is left
    /// alone and makes the outcome `.findings`.
    public static func run(_ project: Project, _ options: Options = Options(), log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        let paths = project.paths
        let potURL = try paths.permitted(paths.template)
        let template = try POReader.read(potURL, displayPath: paths.display(paths.template))
        var outcome = WorkflowOutcome.success
        var diagnostics: [Diagnostic] = []
        func report(_ found: [Diagnostic]) {
            for diagnostic in found { log.diagnostic(diagnostic) }
            diagnostics += found
        }
        report(template.diagnostics)
        if template.diagnostics.contains(where: { $0.severity == .error }) { outcome = .findings }
        var tags = Set<String>()
        for tag in options.languages {
            let language = try project.registry.resolve(tag: tag)
            if let warning = language.warning { log.note("warning: \(warning)") }
            tags.insert(language.tag)
        }
        if options.allLanguages {
            let source = project.config.sourceLanguage.lowercased()
            for tag in project.registry.tags where tag.lowercased() != source && !tag.lowercased().hasPrefix(source + "-") { tags.insert(tag) }
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: paths.locales.path)) ?? []
        for file in existing where file.hasSuffix(".po") && !file.hasPrefix(".") { tags.insert(String(file.dropLast(3))) }
        var changes: [CatalogChange] = []
        let transaction = FileTransaction(root: paths.root)
        for tag in tags.sorted() {
            let url = try paths.catalog(for: tag)
            let path = paths.display(url)
            var catalog: Catalog
            if FileManager.default.fileExists(atPath: url.path) {
                let read = try POReader.read(url, displayPath: path)
                if read.diagnostics.contains(where: { $0.severity == .error }) {
                    report(read.diagnostics)
                    log.note("\(path): not merged: fix the errors above first")
                    outcome = .findings
                    continue
                }
                catalog = read.catalog
            } else {
                catalog = Catalog()
                for field in template.catalog.headerFields { catalog.setHeaderField(field.name, field.value) }
                catalog.setHeaderField("Language", tag)
            }
            let rekeyed = EditedMessageMatcher.rekey(catalog, template: template.catalog)
            let result = CatalogMerger.merge(template: template.catalog, into: rekeyed.catalog)
            let written = try transaction.writeIfChanged(Data(POWriter.write(result.catalog).utf8), to: url)
            changes.append(
                CatalogChange(
                    language: tag, added: result.added, changed: result.changed, obsoleted: result.obsoleted,
                    modernized: result.modernized, written: written))
            let renamed = result.modernized > 0 ? ", \(result.modernized) with tags renamed <1> → <x1> (state kept)" : ""
            log.progress(
                "\(path): \(result.added) new, \(result.changed) changed (fuzzy), \(result.obsoleted) obsolete\(renamed)\(written ? "" : " (unchanged)")")
        }
        try transaction.commit()
        return WorkflowResult(summary: Summary(catalogs: changes), diagnostics: diagnostics, outcome: outcome)
    }
}
