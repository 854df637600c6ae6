import Foundation

/// One language's catalog with its memory, as analyze and pretranslate go through them.
public struct CatalogWithMemory {
    public var language: String
    /// Locales/<tag>.po, relative to the root.
    public var path: String
    public var url: URL
    public var catalog: Catalog
    public var memory: TranslationMemory
    public var index: MemoryIndex
}

/// The loop analyze and pretranslate share: for each language, read its catalog, load its
/// memory, index it, and hand the three to `body`.
enum CatalogMemoryLoop {
    /// What to do with a catalog that has syntax errors.
    enum OnSyntaxErrors {
        /// Report its errors and go on with what could be read (analyze only counts).
        case reportErrorsAndContinue
        /// Report every finding and stop with this message (pretranslate would write the catalog).
        case stop(String)
    }

    /// Runs `body` on every language of `given` (default: every catalog); `purpose` completes
    /// "no catalogs to …" when there is none.
    static func run(
        _ project: Project, languages given: [String], purpose: String, onSyntaxErrors: OnSyntaxErrors,
        log: WorkflowLog, _ body: (CatalogWithMemory) throws -> Void
    ) throws -> [Diagnostic] {
        let paths = project.paths
        let languages = catalogLanguages(given, project: project)
        guard !languages.isEmpty else {
            throw TranslateError(path: ProjectPaths.localesName, "no catalogs to \(purpose)", hint: "pass --lang TAG, or run 'translate init'")
        }
        var diagnostics: [Diagnostic] = []
        for language in languages {
            let url = try paths.catalog(for: language)
            let path = paths.display(url)
            let parsed = try POReader.read(url, displayPath: path)
            let hasErrors = parsed.diagnostics.contains { $0.severity == .error }
            switch onSyntaxErrors {
            case .reportErrorsAndContinue:
                for diagnostic in parsed.diagnostics where diagnostic.severity == .error {
                    log.diagnostic(diagnostic)
                    diagnostics.append(diagnostic)
                }
            case .stop(let message) where hasErrors:
                for diagnostic in parsed.diagnostics { log.diagnostic(diagnostic) }
                throw TranslateError(path: path, message, hint: "fix them, then run again")
            case .stop:
                break
            }
            let memory = try TranslationMemory.load(root: paths.root, language: language)
            try body(
                CatalogWithMemory(
                    language: language, path: path, url: url, catalog: parsed.catalog, memory: memory,
                    index: MemoryIndex(memory)))
        }
        return diagnostics
    }
}
