import Foundation

/// `translate import`: brings translations back from an XLIFF, JSON or CSV file into Locales/<tag>.po.
public enum ImportWorkflow {
    public struct Options: Sendable {
        /// The file to import, as given (relative to the current folder or absolute).
        public var file: String
        /// The file's format (default: from its extension and XLIFF version).
        public var format: ExchangeFormat?
        /// The catalog's language (default: the file's target language).
        public var language: String?
        /// Report what would change, write nothing.
        public var dryRun: Bool

        public init(file: String, format: ExchangeFormat? = nil, language: String? = nil, dryRun: Bool = false) {
            self.file = file
            self.format = format
            self.language = language
            self.dryRun = dryRun
        }
    }

    public struct Summary: WorkflowSummary, Equatable {
        public var report: ImportReport
        public var file: String
        /// The catalog, relative to the root.
        public var catalog: String
        public var dryRun: Bool

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(report)
        }

        public func text(_ paint: TextPainter) -> String? {
            var lines: [String] = []
            for rejection in report.rejected {
                let position = rejection.position.map { ":\($0.line):\($0.column)" } ?? ""
                lines.append("\(file)\(position): \(paint("rejected", .red)): [\(rejection.key)] \(rejection.reason)")
            }
            let verb = dryRun ? "would import" : "imported"
            lines.append(
                "\(catalog): \(verb) \(report.added.count) added, \(report.updated.count) updated, \(report.unchanged.count) unchanged, \(report.rejected.count) rejected"
                    + (dryRun ? " (dry run: nothing written)" : ""))
            return lines.joined(separator: "\n")
        }
    }

    /// Applies the file's translations; a malformed file or catalog changes nothing. The outcome
    /// is `.findings` when units were rejected.
    public static func run(_ project: Project, _ options: Options, log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        let filePath = options.file
        let text = try TextFile.read(URL(fileURLWithPath: filePath), displayPath: filePath)
        let format: ExchangeFormat
        if let chosen = options.format {
            format = chosen
        } else {
            guard let detected = ExchangeFormat.detect(path: filePath, text: text) else {
                throw WorkflowOptionError("cannot tell the format of '\(filePath)'; pass --format xliff, xliff12, json or csv")
            }
            format = detected
        }
        let document = try ExchangeDocument.read(text, format: format, path: filePath)
        let tag: String
        switch (options.language, document.targetLanguage) {
        case let (given?, inFile?) where given.caseInsensitiveCompare(inFile) != .orderedSame:
            throw TranslateError(
                path: filePath, "the file is for '\(inFile)', not '\(given)'",
                hint: "import it into \(ProjectPaths.catalogPath(inFile)), or fix --lang")
        case let (given?, _): tag = given
        case let (nil, inFile?): tag = inFile
        case (nil, nil): throw WorkflowOptionError("--lang TAG is required for \(format.rawValue) files")
        }
        let catalogURL = try project.paths.catalog(for: tag)
        let catalogPath = project.paths.display(catalogURL)
        let parsed = try POReader.read(catalogURL, displayPath: catalogPath)
        if let problem = parsed.diagnostics.first(where: { $0.severity == .error }) {
            throw TranslateError(
                path: catalogPath, position: problem.position, "the catalog has syntax errors: \(problem.message)",
                hint: "fix them first ('translate check --lang \(tag)'), so the import cannot lose text")
        }
        let (catalog, report) = CatalogImporter.apply(document, to: parsed.catalog)
        if !options.dryRun && report.changesCatalog { try POWriter.save(catalog, to: catalogURL) }
        return WorkflowResult(
            summary: Summary(report: report, file: filePath, catalog: catalogPath, dryRun: options.dryRun),
            outcome: report.rejected.isEmpty ? .success : .findings)
    }
}
