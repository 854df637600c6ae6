import Foundation

/// The template and the catalogs as one build sees them: every file read once through the build's
/// `CatalogSnapshot` (the one the build gate checked), its hash and its entries taken from those bytes.
///
/// Catalogs another language falls back to are kept once parsed; every other one is parsed, used and
/// let go, so memory holds the fallback catalogs and one language, not the whole of Locales/.
final class BuildCatalogs {
    let paths: ProjectPaths
    let snapshot: CatalogSnapshot
    /// The template, slim (see `slim`).
    let template: Catalog
    /// SHA-256 of the template's bytes.
    let templateHash: String
    /// Tags some language falls back to: their catalogs are kept.
    private let fallbackTags: Set<String>
    private var hashes: [String: String] = [:]
    private var kept: [String: Catalog] = [:]

    /// Reads the template; throws when there is none (nothing to build from) or it is not text.
    init(paths: ProjectPaths, snapshot: CatalogSnapshot, fallbackTags: Set<String>) throws {
        self.paths = paths
        self.snapshot = snapshot
        self.fallbackTags = fallbackTags
        let shown = paths.display(paths.template)
        let data: Data
        do { data = try snapshot.data(paths.template, displayPath: shown) } catch {
            throw TranslateError(path: shown, "no template", hint: "run 'translate extract' first")
        }
        templateHash = SHA256.hex(data)
        template = Self.slim(POReader.parse(try TextFile.decode(data, path: shown), path: shown).catalog)
    }

    /// Whether `tag`'s catalog is kept for the languages that fall back to it.
    func isFallback(_ tag: String) -> Bool { fallbackTags.contains(tag) }

    /// SHA-256 of Locales/<tag>.po's bytes, "-" when there is no such file (or it may not be read).
    func hash(_ tag: String) -> String {
        if let known = hashes[tag] { return known }
        let found = (try? snapshot.data(paths.catalog(for: tag))).map { SHA256.hex($0) } ?? "-"
        hashes[tag] = found
        return found
    }

    /// Locales/<tag>.po parsed, nil when there is no such file; throws when it is not text.
    func catalog(_ tag: String) throws -> Catalog? {
        if let known = kept[tag] { return known }
        guard let url = try? paths.catalog(for: tag), let data = try? snapshot.data(url) else { return nil }
        let shown = paths.display(url)
        let parsed = POReader.parse(try TextFile.decode(data, path: shown), path: shown).catalog
        guard fallbackTags.contains(tag) else { return parsed }
        kept[tag] = Self.slim(parsed)
        return kept[tag]
    }

    /// The catalog without what only a writer or a diagnostic needs (each entry's original text and a copy of
    /// the entry as read, positions and source maps): a build keeps the template and the catalogs others fall
    /// back to for its whole run, and these more than double their size.
    static func slim(_ catalog: Catalog) -> Catalog {
        var slim = catalog
        for index in slim.entries.indices {
            slim.entries[index].originalText = nil
            slim.entries[index].location = nil
        }
        return slim
    }
}
