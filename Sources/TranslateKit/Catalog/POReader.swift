import Foundation

/// The outcome of reading a PO file: what could be read, and what was wrong with it.
public struct POParseResult: Sendable {
    public var catalog: Catalog
    /// Syntax problems with positions; reading goes on after each where it can.
    public var diagnostics: [Diagnostic]

    public init(catalog: Catalog, diagnostics: [Diagnostic]) {
        self.catalog = catalog
        self.diagnostics = diagnostics
    }
}

/// Reads gettext PO files. (Contract stub: the PO helper replaces the implementation.)
public enum POReader {
    /// Parses PO text. Never throws and never crashes: problems become diagnostics.
    public static func parse(_ text: String, path: String) -> POParseResult {
        POParseResult(catalog: Catalog(), diagnostics: [])
    }

    /// Reads a file (UTF-8 with or without BOM, or UTF-16 with BOM). Throws TranslateError
    /// when the file cannot be read or is not valid text.
    public static func read(_ url: URL, displayPath: String? = nil) throws -> POParseResult {
        let text = try TextFile.read(url, displayPath: displayPath)
        return parse(text, path: displayPath ?? url.path)
    }
}
