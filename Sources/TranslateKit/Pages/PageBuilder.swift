import Foundation

/// Output/pages/<tag>/…: the project's HTML and Markdown content pages in every target language.
///
/// Each page is read once (the bytes its hash and its text come from are the same) and segmented once
/// (`PageTemplate`); every language then only renders it with its own messages.
struct PageBuilder {
    /// One content page: its path relative to the project root, and its template (nil when the file
    /// is not readable as text: it is not rendered, as the extractor skipped it).
    struct Page: Sendable {
        var path: String
        var template: PageTemplate?
    }

    /// The pages in path order.
    let pages: [Page]
    /// `path:sha256` of every page, one a line: part of every language's input hash, so a changed page
    /// rebuilds every language.
    let contentHash: String

    /// The pages of `project`'s content sources; none when `enabled` is false (`translate build --no-pages`).
    init(project: Project, enabled: Bool) {
        let files =
            enabled
            ? ContentExtractor.files(root: project.paths.root, sources: project.config.sources).filter {
                let format = ContentExtractor.Format(path: $0.path)
                return format == .html || format == .markdown
            }
            : []
        self.init(files: files.map { (path: $0.path, data: try? Data(contentsOf: $0.url)) })
    }

    /// The pages from their bytes (nil: the file could not be read).
    init(files: [(path: String, data: Data?)]) {
        contentHash = files.map { $0.path + ":" + SHA256.hex($0.data ?? Data()) + "\n" }.joined()
        // Segmented on every core: pages are independent, and order is kept.
        pages = parallelMap(files.count) { index in
            let file = files[index]
            let text = file.data.flatMap { try? TextFile.decode($0, path: file.path) }
            return Page(path: file.path, template: text.flatMap { PageTemplate($0, path: file.path) })
        }
    }

    /// The pages of one language as `pages/<tag>/<path>` → bytes, in path order. `bundle` and `metadata`
    /// are the language's resolved messages: a page shows what the language (or a language it falls back
    /// to) has, else its English.
    func render(
        _ language: Language, registry: LanguageRegistry, sourceTag: String,
        bundle: [String: String], metadata: BundleMetadata
    ) -> [(path: String, data: Data)] {
        let pageLanguage = PageLanguage(language, registry: registry, sourceTag: sourceTag)
        // Pages are rendered on every core (the bundle is only read), then returned in path order.
        let rendered = parallelMap(pages.count) { index -> Data? in
            guard let template = pages[index].template else { return nil }
            let page = template.render(
                language: pageLanguage,
                lookup: { key in
                    metadata.fallbacks[key] == sourceTag ? nil : bundle[key]
                }, origin: { metadata.fallbacks[$0] })
            return Data(page.utf8)
        }
        return rendered.enumerated().compactMap { index, data in
            data.map { (path: "\(ProjectPaths.outputPages(language.tag))/\(pages[index].path)", data: $0) }
        }
    }
}
