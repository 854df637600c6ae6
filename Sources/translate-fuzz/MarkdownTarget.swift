import Foundation
import TranslateKit

extension FuzzTarget {
    /// Markdown: parsing and extraction of a post never crash or stall.
    static let markdown = FuzzTarget(name: "markdown", maximumLength: 16_384) { data in
        guard let (text, _) = decodedText(data, path: "post.md") else { return }
        _ = MarkdownExtractor.parse(text, path: "Content/post.md")
        _ = ContentExtractor.extract(text: text, path: "Content/post.md", format: .markdown)
    }
}
