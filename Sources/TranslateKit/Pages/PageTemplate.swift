import Foundation

/// A content page segmented once, ready to be rendered in every language: the HTML tokens with the
/// layout extraction found in them, or the blocks of the parsed Markdown document (without the
/// extracted units' references and notes, which rendering does not need: a build keeps every page).
///
/// A build renders each page once per language (94 of them); tokenizing and segmenting the page once
/// instead of once per language keeps the build from running the extraction pipeline again each time.
public struct PageTemplate: Sendable {
    enum Document: Sendable {
        case html(tokens: [HTMLToken], layout: HTMLLayout)
        case markdown([MarkdownExtractor.Block])
    }

    let document: Document

    /// The page for a content file by its extension (HTML or Markdown); nil for formats that are not pages.
    public init?(_ text: String, path: String) {
        switch ContentExtractor.Format(path: path) {
        case .html:
            let tokens = ContentExtractor.tokenize(text)
            // Keys do not depend on the path: the layout is the one extraction found when it wrote the template.
            document = .html(tokens: tokens, layout: HTMLExtractor.extract(tokens: tokens, path: "").layout)
        case .markdown:
            document = .markdown(MarkdownExtractor.parse(text, path: "").blocks)
        default:
            return nil
        }
    }

    /// The page in `language`: translations from `lookup`, marks for text in another language from `origin`.
    public func render(language: PageLanguage, lookup: PageRenderer.Lookup, origin: PageRenderer.Origin = { _ in nil }) -> String {
        switch document {
        case .html(let tokens, let layout):
            return PageRenderer.renderHTML(tokens: tokens, layout: layout, language: language, lookup: lookup, origin: origin)
        case .markdown(let blocks):
            return PageRenderer.renderMarkdown(blocks: blocks, language: language, lookup: lookup, origin: origin)
        }
    }
}
