/// One language file as catalog checks see it.
public struct CatalogFile: Sendable {
    /// As shown in reports (relative to the project root).
    public var path: String
    /// The tag from the file name ("pl" for Locales/pl.po).
    public var language: String
    public var catalog: Catalog
    /// Problems the PO reader reported.
    public var parseDiagnostics: [Diagnostic]
    /// The source template (messages.pot), when there is one.
    public var template: Catalog?

    public init(path: String, language: String, catalog: Catalog, parseDiagnostics: [Diagnostic] = [], template: Catalog? = nil) {
        self.path = path
        self.language = language
        self.catalog = catalog
        self.parseDiagnostics = parseDiagnostics
        self.template = template
    }
}
