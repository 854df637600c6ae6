import Foundation

/// Where the messages of an HTML document sit in its token stream: what the page renderer replaces.
public struct HTMLLayout: Sendable {
    /// A run of inline content (text and inline elements) between block boundaries.
    public struct Region: Sendable {
        /// Token indices the run covers; the renderer replaces them.
        public var tokens: Range<Int>
        /// The start tag of the element that holds the run (nil at top level).
        public var container: Int?
        /// Whether the run is all of the container's content (so `lang="en"` can go on the container).
        public var isWholeContainer: Bool
        /// The run's messages (sentences), in order.
        public var units: [ComposedUnit]
        /// Whitespace before and after the run in the source, kept in the output.
        public var leadingSpace: String
        /// Whitespace after the run's text, kept too.
        public var trailingSpace: String
    }

    /// A translatable attribute value.
    public struct AttributeUnit: Sendable {
        /// The start tag's token index.
        public var token: Int
        /// The attribute name, lowercased.
        public var attribute: String
        /// The attribute value's message.
        public var unit: ComposedUnit
    }

    /// Runs of inline content, in document order.
    public var regions: [Region] = []
    /// Translatable attribute values, in document order.
    public var attributes: [AttributeUnit] = []
    /// The `<html>` start tag, where `lang` and `dir` go.
    public var root: Int?
}

/// Finds the translatable text of an HTML document in the tokenizer's token stream.
///
/// Block-level elements bound messages; inline elements inside become placeholder tags. Skipped:
/// script, style, pre, textarea, template, svg, math, anything under `translate="no"` or class
/// `notranslate`, and anything whose `lang` is not English. Translated attributes: alt, title,
/// placeholder, aria-label, meta description content, and the value of button-like inputs.
public enum HTMLExtractor {
    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]
    /// Inline elements whose content is never text to translate: kept whole as an empty pair `<xN></xN>`.
    static let opaqueInline: Set<String> = ["code", "kbd", "samp", "var", "img", "br", "wbr", "svg", "math", "input"]
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    static let skippedElements: Set<String> = ["script", "style", "pre", "textarea", "template", "svg", "math", "noscript", "iframe", "object"]
    static let rawTextElements: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"]
    static let labels: [String: String] = [
        "a": "link", "abbr": "abbreviation", "b": "bold", "br": "line break", "cite": "citation", "code": "code",
        "em": "emphasis", "i": "italic", "img": "image", "q": "quotation", "span": "span", "strong": "strong emphasis",
        "sub": "subscript", "sup": "superscript", "time": "time", "u": "underline", "small": "small print",
    ]

    /// The outcome for one document: messages with notes, and where they sit.
    public struct Result: Sendable {
        /// Messages with references and notes, in document order.
        public var units: [ExtractedUnit]
        /// Where the messages sit, for rendering.
        public var layout: HTMLLayout
    }

    private struct Element {
        var name: String
        var token: Int
        var skip: Bool
        /// Skipped only because its language is not English: an English descendant is source again.
        var foreign: Bool = false
        var flags: [String]
        var i18nID: String?
        var hadContent: Bool = false
    }

    /// Extracts from tokens; `path` becomes the units' reference, with the line a unit starts on when
    /// `lines` gives each token's first line.
    public static func extract(tokens: [HTMLToken], path: String, lines: [Int]? = nil) -> Result {
        var walker = Walker(tokens: tokens, path: path)
        walker.lines = lines
        walker.run()
        return Result(units: walker.units, layout: walker.layout)
    }

    private struct Walker {
        let tokens: [HTMLToken]
        let path: String
        /// Each token's first line, when known.
        var lines: [Int]?
        var stack: [Element] = []
        var layout = HTMLLayout()
        var units: [ExtractedUnit] = []

        // The current run.
        var runStart: Int?
        var content = InlineContent()
        var inlineStack: [(name: String, id: Int)] = []
        var leading = ""
        var trailing = ""

        init(tokens: [HTMLToken], path: String) {
            self.tokens = tokens
            self.path = path
        }

        var skipping: Bool { stack.last?.skip ?? false }

        /// `path:line` for text starting at token `index`: the line of its first character that is not white space.
        func reference(at index: Int) -> String {
            guard let lines, index < lines.count else { return path }
            var line = lines[index]
            if case .character(let text) = tokens[index] {
                for character in text.prefix(while: { HTMLExtractor.isHTMLSpace($0) }) where character == "\n" || character == "\r\n" || character == "\r" {
                    line += 1
                }
            }
            return ContentReference(file: path, line: line).text
        }
        var flags: [String] { stack.last?.flags ?? [] }

        mutating func run() {
            var index = 0
            while index < tokens.count {
                index = step(index)
            }
            flush(at: tokens.count)
        }

        /// Handles the token at `index`; returns the next index to look at.
        mutating func step(_ index: Int) -> Int {
            switch tokens[index] {
            case .doctype, .comment:
                if runStart != nil {
                    // A comment inside a run stays where it is, as self-closing markup.
                    if case .comment = tokens[index] {
                        let id = content.add(Placeholder(open: .tokens(index..<(index + 1)), close: nil, label: "comment"))
                        content.pieces.append(.standalone(id))
                    }
                }
                return index + 1
            case .character(let text):
                if skipping { return index + 1 }
                if runStart == nil {
                    guard text.contains(where: { !isHTMLSpace($0) }) else { return index + 1 }
                    startRun(index)
                    leading = String(text.prefix { isHTMLSpace($0) })
                }
                content.pieces.append(.text(text))
                trailing = text.allSatisfy(isHTMLSpace) ? trailing + text : String(text.reversed().prefix { isHTMLSpace($0) }.reversed())
                return index + 1
            case .startTag(let rawName, let attributes, let selfClosing):
                let name = rawName.lowercased()
                if name == "html" && layout.root == nil { layout.root = index }
                let inherited = stack.last
                let noTranslate = HTMLExtractor.isNoTranslate(attributes) || HTMLExtractor.skippedElements.contains(name)
                let foreign = HTMLExtractor.isForeignLanguage(attributes)
                let backToEnglish = inherited?.foreign == true && HTMLExtractor.isEnglish(attributes)
                let inheritedSkip = (inherited?.skip ?? false) && !backToEnglish
                let skipHere = inheritedSkip || noTranslate || foreign
                let onlyForeign = skipHere && !noTranslate && (foreign || (inherited?.foreign ?? false)) && !(inheritedSkip && inherited?.foreign != true)
                if !skipHere { collectAttributes(index, name: name, attributes: attributes) }
                let isVoid = HTMLExtractor.voidElements.contains(name) || selfClosing
                if HTMLExtractor.inlineElements.contains(name) && !skipping {
                    if runStart == nil {
                        // An image or line break alone does not start a message.
                        if isVoid { return index + 1 }
                        startRun(index)
                    }
                    trailing = ""
                    if skipHere || HTMLExtractor.opaqueInline.contains(name) {
                        let end = isVoid ? index + 1 : matchingEnd(from: index, name: name)
                        var label = HTMLExtractor.labels[name] ?? name
                        let inner = tokens[index..<end].compactMap { token -> String? in if case .character(let t) = token { return t } else { return nil } }
                            .joined()
                        let shown = UnitKey.collapseWhitespace(inner)
                        if !shown.isEmpty && !isVoid { label += " \u{201C}\(shown.prefix(60))\u{201D}" + (skipHere ? " (not translated)" : "") }
                        let id = content.add(Placeholder(open: .tokens(index..<end), close: nil, label: label))
                        content.pieces.append(.standalone(id))
                        return end
                    }
                    if isVoid {
                        let id = content.add(Placeholder(open: .tokens(index..<(index + 1)), close: nil, label: HTMLExtractor.labels[name] ?? name))
                        content.pieces.append(.standalone(id))
                        return index + 1
                    }
                    let id = content.add(
                        Placeholder(open: .tokens(index..<(index + 1)), close: .tokens(index..<index), label: HTMLExtractor.labels[name] ?? name))
                    content.pieces.append(.open(id))
                    inlineStack.append((name, id))
                    return index + 1
                }
                // A block boundary (or a skipped element).
                flush(at: index)
                if isVoid { return index + 1 }
                closeImplied(by: name)
                markContent()
                let element = Element(
                    name: name, token: index, skip: skipHere, foreign: onlyForeign,
                    flags: (inherited?.flags ?? []) + HTMLExtractor.flags(attributes),
                    i18nID: attributes.first { $0.name.lowercased() == "data-i18n-id" }?.value)
                stack.append(element)
                return index + 1
            case .endTag(let rawName):
                let name = rawName.lowercased()
                if runStart != nil, HTMLExtractor.inlineElements.contains(name) {
                    if let position = inlineStack.lastIndex(where: { $0.name == name }) {
                        // Close misnested children first, then this one.
                        while inlineStack.count > position {
                            let open = inlineStack.removeLast()
                            if case .tokens(let r)? = content.placeholders[open.id]?.close, r.isEmpty, open.name == name, inlineStack.count == position {
                                content.placeholders[open.id]?.close = .tokens(index..<(index + 1))
                            } else {
                                content.placeholders[open.id]?.close = .text("</\(open.name)>")
                            }
                            content.pieces.append(.close(open.id))
                        }
                        trailing = ""
                    }
                    return index + 1
                }
                if HTMLExtractor.inlineElements.contains(name) && !stack.contains(where: { $0.name == name }) { return index + 1 }
                flush(at: index)
                if let position = stack.lastIndex(where: { $0.name == name }) {
                    stack.removeSubrange(position...)
                }
                return index + 1
            }
        }

        mutating func startRun(_ index: Int) {
            runStart = index
            content = InlineContent()
            inlineStack = []
            leading = ""
            trailing = ""
        }

        mutating func markContent() {
            if !stack.isEmpty { stack[stack.count - 1].hadContent = true }
        }

        /// Ends the current run before token `end`, turning it into messages.
        mutating func flush(at end: Int) {
            guard let start = runStart else { return }
            runStart = nil
            // Close tags left open (unclosed inline elements): their end tags are written on output.
            while let open = inlineStack.popLast() {
                content.placeholders[open.id]?.close = .text("</\(open.name)>")
                content.pieces.append(.close(open.id))
            }
            guard content.hasText else { return }
            let container = stack.last
            let wasEmptyBefore = !(container?.hadContent ?? true)
            markContent()
            let composed = UnitComposer.compose(content, split: true, explicitKey: container?.i18nID)
            guard composed.contains(where: \.isTranslatable) else { return }
            let wholeContainer: Bool = {
                guard wasEmptyBefore, let container else { return false }
                // The run must reach the container's end tag.
                if end < tokens.count, case .endTag(let name) = tokens[end], name.lowercased() == container.name { return true }
                return false
            }()
            let place = container.map { "HTML <\($0.name)>" } ?? "HTML text"
            let reference = reference(at: start)
            for unit in composed where unit.isTranslatable {
                units.append(
                    ExtractedUnit(
                        key: unit.key, source: unit.source, references: [reference], notes: [place] + unit.placeholderNotes,
                        wordCount: unit.wordCount, flags: flags))
            }
            layout.regions.append(
                HTMLLayout.Region(
                    tokens: start..<end, container: container?.token, isWholeContainer: wholeContainer,
                    units: composed, leadingSpace: leading, trailingSpace: trailing))
        }

        /// Ends elements whose end tag HTML lets authors leave out.
        mutating func closeImplied(by name: String) {
            let closers: [String: Set<String>] = [
                "li": ["li"], "dt": ["dt", "dd"], "dd": ["dt", "dd"], "option": ["option"], "tr": ["tr", "td", "th"],
                "td": ["td", "th"], "th": ["td", "th"],
            ]
            let blockStarts: Set<String> = [
                "p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                "header", "footer", "nav", "aside", "main", "blockquote", "form", "figure", "address", "hr", "pre",
            ]
            if let last = stack.last, last.name == "p", blockStarts.contains(name) || name == "li" {
                stack.removeLast()
            }
            if let closes = closers[name], let last = stack.last, closes.contains(last.name) {
                stack.removeLast()
                if name == "tr", let again = stack.last, again.name == "tr" { stack.removeLast() }
            }
        }

        /// The index after the end tag matching the start tag at `index` (or the end of input).
        func matchingEnd(from index: Int, name: String) -> Int {
            var depth = 0
            var i = index
            while i < tokens.count {
                switch tokens[i] {
                case .startTag(let n, _, let selfClosing) where n.lowercased() == name && !selfClosing: depth += 1
                case .endTag(let n) where n.lowercased() == name:
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            return tokens.count
        }

        mutating func collectAttributes(_ index: Int, name: String, attributes: [HTMLAttribute]) {
            let type = attributes.first { $0.name.lowercased() == "type" }?.value.lowercased() ?? ""
            for attribute in attributes {
                let attributeName = attribute.name.lowercased()
                var translatable = false
                switch attributeName {
                case "title", "aria-label", "placeholder": translatable = true
                case "alt": translatable = ["img", "area", "input"].contains(name)
                case "content":
                    let metaName = attributes.first { $0.name.lowercased() == "name" || $0.name.lowercased() == "property" }?.value.lowercased() ?? ""
                    translatable = name == "meta" && ["description", "og:description", "og:title", "twitter:description", "twitter:title"].contains(metaName)
                case "value": translatable = name == "input" && ["button", "submit", "reset"].contains(type)
                default: break
                }
                guard translatable else { continue }
                var inline = InlineContent()
                inline.pieces = [.text(attribute.value)]
                guard let unit = UnitComposer.compose(inline, split: false).first, unit.isTranslatable else { continue }
                layout.attributes.append(HTMLLayout.AttributeUnit(token: index, attribute: attributeName, unit: unit))
                units.append(
                    ExtractedUnit(
                        key: unit.key, source: unit.source, references: [reference(at: index)],
                        notes: ["HTML <\(name)> \(attributeName) attribute"] + unit.placeholderNotes,
                        wordCount: unit.wordCount, flags: flags))
            }
        }
    }

    static func isHTMLSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{C}" || c == "\r\n" }

    static func isNoTranslate(_ attributes: [HTMLAttribute]) -> Bool {
        for attribute in attributes {
            let name = attribute.name.lowercased()
            if name == "translate" && attribute.value.lowercased() == "no" { return true }
            if name == "class" && attribute.value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains("notranslate") { return true }
        }
        return false
    }

    /// A `lang` that says English.
    static func isEnglish(_ attributes: [HTMLAttribute]) -> Bool {
        guard let lang = attributes.first(where: { $0.name.lowercased() == "lang" || $0.name.lowercased() == "xml:lang" })?.value.lowercased() else {
            return false
        }
        return lang == "en" || lang.hasPrefix("en-")
    }

    /// A `lang` that is set and not English marks text that is not source text.
    static func isForeignLanguage(_ attributes: [HTMLAttribute]) -> Bool {
        guard let lang = attributes.first(where: { $0.name.lowercased() == "lang" || $0.name.lowercased() == "xml:lang" })?.value else { return false }
        let tag = lang.lowercased()
        return !tag.isEmpty && tag != "en" && !tag.hasPrefix("en-")
    }

    static func flags(_ attributes: [HTMLAttribute]) -> [String] {
        guard let value = attributes.first(where: { $0.name.lowercased() == "data-i18n-flags" })?.value else { return [] }
        return value.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    }
}
