/// A link whose whole text is "click here", "here", "read more" or "this link".
public struct LinkTextCheck: SourceQualityCheck {
    public init() {}
    public let id = "link-text"
    public let name = "Link text that says nothing"
    public let summary = "a link whose text is \"click here\", \"here\", \"read more\" or \"this link\""
    public let rationale = """
        Screen readers list a page's links by their text, and "here, here, read more" tells a blind parent nothing \
        (WCAG 2.4.4). Such links also translate badly: "here" alone is split from the sentence that says where it \
        goes, and translators move it or lose it. Link text that names the destination reads well in every language. \
        The extractor notes which placeholders are links ("<x1>…</x1> = link").
        """
    public let severity = Severity.warning
    public let fixHint = "make the link text name where it goes (\"share your voice in the survey\")"
    public var examples: [CheckExample] {
        [
            .passing("en", "<x1>Read the 2024 equity report</x1> to learn more.", "", flags: []),
            .failing("en", "To register, <x1>click here</x1>.", "", "\"click here\""),
            .failing("en", "The menu is <x1>here</x1>.", "", "\"here\""),
            .failing("en", "<x1>Click here to share your voice</x1> and help imagine our future as a community!", "", "\"Click here"),
        ]
    }

    private static let vague: Set<String> = ["click here", "here", "read more", "this link", "more", "learn more", "link", "click"]

    public func checkSource(_ entry: CatalogEntry, _ context: SourceCheckContext) -> [Finding] {
        guard entry.source.utf8.contains(0x3C) else { return [] }
        let links = Self.linkTags(entry.extractedComments)
        if let links, links.isEmpty { return [] }
        let element = #/<(x\d+)>([^<]*)<\/\1>/#
        return SourceText.matches(of: element, in: entry.source).compactMap { match in
            guard let parsed = match.text.wholeMatch(of: element) else { return nil }
            // Without the extractor's notes (a hand-written template) every paired tag may be a link.
            if let links, !links.contains(String(parsed.1)) { return nil }
            let text = parsed.2.trimmingCharacters(in: .whitespaces)
            let lowered = text.lowercased().trimmingCharacters(in: .punctuationCharacters)
            guard Self.vague.contains(lowered) || lowered.hasPrefix("click here") else { return nil }
            return Finding("link text \"\(text)\" does not say where the link goes", target: .source, at: match.offset, length: match.length)
        }
    }

    /// The placeholders the extractor noted as links ("<x1>…</x1> = link"); nil when there are no notes.
    static func linkTags(_ comments: [String]) -> Set<String>? {
        let notes = comments.compactMap { $0.wholeMatch(of: #/<(x\d+)>…<\/x\d+> = (.*)/#) }
        guard !notes.isEmpty else { return nil }
        return Set(notes.filter { $0.2.hasPrefix("link") }.map { String($0.1) })
    }
}
