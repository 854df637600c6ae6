import Foundation

/// Writes PO files in translate's canonical form. (Contract stub: the PO helper replaces it.)
public enum POWriter {
    public static func write(_ catalog: Catalog) -> String { "" }

    /// Writes atomically (temporary file, then rename).
    public static func save(_ catalog: Catalog, to url: URL) throws {
        try AtomicFile.write(write(catalog), to: url)
    }
}
