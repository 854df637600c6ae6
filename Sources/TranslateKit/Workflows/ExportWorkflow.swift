import Foundation

/// `translate export`: one language's current messages as XLIFF, JSON or CSV.
public enum ExportWorkflow {
    public struct Options: Sendable {
        public var language: String
        public var format: ExchangeFormat
        /// Start with a UTF-8 byte order mark (Excel needs it for CSV).
        public var byteOrderMark: Bool

        public init(language: String, format: ExchangeFormat = .xliff, byteOrderMark: Bool = false) {
            self.language = language
            self.format = format
            self.byteOrderMark = byteOrderMark
        }
    }

    /// The file's bytes and what is in it; the caller writes the bytes where it was asked to.
    public struct Summary: WorkflowSummary, Equatable {
        public var data: Data
        /// The catalog exported, relative to the root.
        public var catalog: String
        public var messages: Int
        public var format: String

        enum CodingKeys: String, CodingKey { case catalog, messages, format }

        public func text(_ paint: TextPainter) -> String? { nil }
    }

    public static func run(_ project: Project, _ options: Options, log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        let url = try project.paths.catalog(for: options.language)
        let path = project.paths.display(url)
        let parsed = try POReader.read(url, displayPath: path)
        let errors = parsed.diagnostics.filter { $0.severity == .error }
        for diagnostic in errors { log.diagnostic(diagnostic) }
        let document = ExchangeDocument(catalog: parsed.catalog, language: options.language, sourceLanguage: project.config.sourceLanguage)
        let plural = parsed.catalog.entries.filter { !$0.isObsolete && $0.sourcePlural != nil }.count
        if plural > 0 { log.note("note: \(plural) gettext plural entries (msgid_plural) are not exported; translate them in the PO file") }
        let data = try document.encoded(as: options.format, byteOrderMark: options.byteOrderMark)
        return WorkflowResult(
            summary: Summary(data: data, catalog: path, messages: document.units.count, format: options.format.rawValue),
            diagnostics: errors)
    }
}
