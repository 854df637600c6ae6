import Foundation
import TranslateICU

/// Builds localized pages: translated messages in place of the English ones, placeholders restored
/// to the source's markup.
///
/// Security: a translation can never add markup. Only placeholder tags that the source message has
/// become markup again, and only as the source's own markup; every other character a translator
/// typed (`<script>`, `<a href>`, `&`, quotes, an unknown `<7>`) is escaped. Markdown output stays
/// Markdown: translated text has Markdown-active characters backslash-escaped and `<`/`&` written
/// as entities, so it cannot open links, emphasis or raw HTML either.
public enum PageRenderer {
    /// Translation for a key (an ICU MessageFormat string), or nil when there is none.
    public typealias Lookup = (String) -> String?
    /// The language a found translation is in when it is not the page's own (a language of its
    /// fallback chain), by key; nil for the page's own.
    public typealias Origin = (String) -> String?

    /// Renders a content file by its extension (HTML or Markdown); nil for formats that are not pages.
    public static func render(_ text: String, path: String, language: PageLanguage, lookup: Lookup, origin: Origin = { _ in nil }) -> String? {
        PageTemplate(text, path: path)?.render(language: language, lookup: lookup, origin: origin)
    }

    /// Renders a page for a tag of the built-in registry.
    public static func render(_ text: String, path: String, locale: String, lookup: Lookup) -> String? {
        render(text, path: path, language: PageLanguage(tag: locale), lookup: lookup)
    }

    /// Translations a page may show: reviewed ones only (fuzzy and untranslated entries are never shipped).
    public static func lookup(_ catalog: Catalog) -> Lookup {
        var map: [String: String] = [:]
        for entry in catalog.activeEntries where entry.state == .translated && map[entry.effectiveKey] == nil {
            map[entry.effectiveKey] = entry.translation
        }
        return { map[$0] }
    }

    /// The language a rendered message is in when it must be marked: the source language for an
    /// untranslated one, a fallback language that runs the other way; nil for text the page's own
    /// language (or a same-direction fallback, as before) and text without letters.
    static func foreignLanguage(_ unit: ComposedUnit, translated: Bool, page: PageLanguage, origin: Origin) -> String? {
        guard unit.isTranslatable else { return nil }
        guard translated else { return page.sourceTag }
        return origin(unit.key).flatMap { page.isolation(for: $0) == nil ? nil : $0 }
    }

    /// Renders an HTML document from its tokens for a tag of the built-in registry.
    public static func renderHTML(tokens: [HTMLToken], locale: String, lookup: Lookup) -> String {
        renderHTML(tokens: tokens, language: PageLanguage(tag: locale), lookup: lookup)
    }

    /// Renders an HTML document from its tokens: `lang`/`dir` on `<html>` from the registry, untranslated
    /// messages left in English and marked `lang="en"`, and text running against the page's direction
    /// isolated with `dir` (on its block, or on the span around an inline run).
    public static func renderHTML(tokens: [HTMLToken], language page: PageLanguage, lookup: Lookup, origin: Origin = { _ in nil }) -> String {
        renderHTML(tokens: tokens, layout: HTMLExtractor.extract(tokens: tokens, path: "").layout, language: page, lookup: lookup, origin: origin)
    }

    /// Renders an HTML document from its tokens and the layout extraction found in them (see `PageTemplate`).
    static func renderHTML(tokens: [HTMLToken], layout: HTMLLayout, language page: PageLanguage, lookup: Lookup, origin: Origin) -> String {
        var attributeTranslations: [Int: [String: String]] = [:]
        for attribute in layout.attributes {
            if let translation = lookup(attribute.unit.key), !translation.isEmpty {
                // Attribute values hold no markup: only a literal "<" placeholder can occur.
                let text = renderMessage(
                    translation, unit: attribute.unit, escape: { $0 },
                    markup: { if case .text("&lt;") = $0 { return "<" } else { return "" } })
                attributeTranslations[attribute.token, default: [:]][attribute.attribute] = text
            }
        }
        var markLanguage: [Int: String] = [:]
        var regionAt: [Int: HTMLLayout.Region] = [:]
        for region in layout.regions {
            regionAt[region.tokens.lowerBound] = region
        }
        var serializer = HTMLSerializer(tokens: tokens, attributeTranslations: attributeTranslations)
        serializer.page = page
        // Decide first where lang="en" goes, since the container's start tag is written before its content.
        var regionOutput: [Int: String] = [:]
        for region in layout.regions {
            var rendered: [(String, String?)] = []
            var languages: Set<String?> = []
            for unit in region.units {
                // A part without letters is written as it is and needs no lang mark.
                let translation = unit.isTranslatable ? lookup(unit.key).flatMap { $0.isEmpty ? nil : $0 } : unit.source
                let foreign = foreignLanguage(unit, translated: translation != nil, page: page, origin: origin)
                if unit.isTranslatable { languages.insert(foreign) }
                var local = serializer
                let markup: (PlaceholderMarkup) -> String = { local.markup($0) }
                var body = unit.prefix.map(markup).joined()
                body += renderMessage(translation ?? unit.source, unit: unit, escape: HTMLSerializer.escapeText, markup: markup)
                body += unit.suffix.map(markup).joined()
                rendered.append((body, foreign))
            }
            // One language for the whole container: the mark goes on the container itself.
            var markContainer = false
            if languages.count == 1, let only = languages.first, region.isWholeContainer, let container = region.container {
                if let foreign = only {
                    markLanguage[container] = foreign
                    markContainer = true
                } else if case .startTag(_, let attributes, _) = tokens[container],
                    attributes.contains(where: { $0.name.lowercased() == "lang" && $0.value.lowercased() == page.sourceTag.lowercased() })
                {
                    // The source marks the element English, but its text is now the page's language.
                    markLanguage[container] = page.tag
                }
            }
            let joined = join(rendered, page: page, mark: !markContainer)
            regionOutput[region.tokens.lowerBound] = region.leadingSpace + joined + region.trailingSpace
        }
        serializer.markLanguage = markLanguage
        serializer.root = layout.root
        var out = ""
        var index = 0
        while index < tokens.count {
            if let region = regionAt[index] {
                out += regionOutput[index]!
                serializer.noteSkipped(region.tokens)
                index = region.tokens.upperBound
                continue
            }
            out += serializer.token(index)
            index += 1
        }
        return out
    }

    /// Renders a Markdown document for a tag of the built-in registry.
    public static func renderMarkdown(_ text: String, locale: String, lookup: Lookup) -> String {
        renderMarkdown(text, language: PageLanguage(tag: locale), lookup: lookup)
    }

    /// Renders a Markdown document; untranslated messages are wrapped in `<span lang="en">`.
    ///
    /// Direction survives Markdown renderers as HTML blocks: a right-to-left page is wrapped in
    /// `<div dir="rtl" lang="…">`, and a paragraph wholly in a language running the other way in its
    /// own `<div dir="ltr" lang="en">`, each with blank lines inside, so CommonMark ends the HTML block
    /// at the blank line and reads the content between as Markdown. Inline runs get `dir` on their span.
    public static func renderMarkdown(_ text: String, language page: PageLanguage, lookup: Lookup, origin: Origin = { _ in nil }) -> String {
        renderMarkdown(blocks: MarkdownExtractor.parse(text, path: "").blocks, language: page, lookup: lookup, origin: origin)
    }

    /// Renders the blocks of a parsed Markdown document (see `PageTemplate`).
    static func renderMarkdown(blocks: [MarkdownExtractor.Block], language page: PageLanguage, lookup: Lookup, origin: Origin) -> String {
        var out = ""
        var afterBlock = false
        for block in blocks {
            switch block {
            case .literal(var literal) where afterBlock:
                // The paragraph's line ending was written after `</div>`; what follows needs a blank
                // line before it, or CommonMark would read it as part of the HTML block.
                afterBlock = false
                if let first = literal.first, first.isNewline { literal.removeFirst() }
                if let first = literal.first, !first.isNewline { out += "\n" }
                out += literal
            case .literal(let literal): out += literal
            case .message(let units, let context):
                var languages: Set<String?> = []
                let rendered = units.map { unit -> (String, String?) in
                    let translation = unit.isTranslatable ? lookup(unit.key).flatMap { $0.isEmpty ? nil : $0 } : unit.source
                    let foreign = foreignLanguage(unit, translated: translation != nil, page: page, origin: origin)
                    if unit.isTranslatable { languages.insert(foreign) }
                    let escape: (String) -> String = { MarkdownExtractor.escape($0, inTable: context == .tableCell) }
                    let markup: (PlaceholderMarkup) -> String = { if case .text(let t) = $0 { return t } else { return "" } }
                    let body =
                        unit.prefix.map(markup).joined()
                        + renderMessage(translation ?? unit.source, unit: unit, escape: escape, markup: markup)
                        + unit.suffix.map(markup).joined()
                    return (body, foreign)
                }
                if context == .paragraph, languages.count == 1, let only = languages.first, let foreign = only,
                    let direction = page.isolation(for: foreign)
                {
                    if !out.isEmpty && !out.hasSuffix("\n\n") { out += "\n" }
                    out += "<div dir=\"\(direction.rawValue)\" lang=\"\(foreign)\">\n\n"
                    out += join(rendered, page: page, mark: false) + "\n\n</div>\n"
                    afterBlock = true
                } else {
                    out += join(rendered, page: page, mark: true)
                }
            }
        }
        guard page.isRightToLeft else { return out }
        return "<div dir=\"rtl\" lang=\"\(page.tag)\">\n\n" + out + (out.hasSuffix("\n") ? "" : "\n") + "\n</div>\n"
    }

    /// Joins a block's sentences: runs in one other language share one `<span lang="…">` (with `dir`
    /// when that language runs against the page); sentences are separated by a space unless both sides
    /// are in a language written without spaces.
    static func join(_ parts: [(text: String, language: String?)], page: PageLanguage, mark: Bool) -> String {
        let spaceless = sentenceJoiner(page.tag).isEmpty
        var out = ""
        var index = 0
        var previous: String??
        while index < parts.count {
            let language = parts[index].language
            var end = index + 1
            if language != nil { while end < parts.count && parts[end].language == language { end += 1 } }
            let text = parts[index..<end].map(\.text).joined(separator: " ")
            if let previous { out += (spaceless && previous == nil && language == nil) ? "" : " " }
            if let language, mark {
                let dir = page.isolation(for: language).map { " dir=\"\($0.rawValue)\"" } ?? ""
                out += "<span lang=\"\(language)\"\(dir)>\(text)</span>"
            } else {
                out += text
            }
            previous = .some(language)
            index = end
        }
        return out
    }

    /// Whether a language is written right to left, from its likely script.
    public static func isRightToLeft(_ tag: String) -> Bool {
        guard let locale = try? ICU.Locale(tag: tag) else { return false }
        let script = locale.addingLikelySubtags().script
        return script.flatMap { ICU.Script($0)?.isRightToLeft } ?? false
    }

    /// Sentences of one block are joined by a space, except in languages written without spaces.
    static func sentenceJoiner(_ tag: String) -> String {
        let language = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return ["zh", "ja", "th", "lo", "km", "my"].contains(language) ? "" : " "
    }

    /// Turns a translated message into output text. Recognized: `''`, ICU quoting, `{argument}` for
    /// the source's arguments, and `<xN>`, `</xN>` for the source's placeholders (properly nested; a
    /// placeholder without content is written `<xN></xN>`). Everything else goes through `escape`.
    static func renderMessage(_ message: String, unit: ComposedUnit, escape: (String) -> String, markup: (PlaceholderMarkup) -> String) -> String {
        let s = Array(message.unicodeScalars)
        var out = ""
        var literal = ""
        var open: [Int] = []
        func flush() {
            if !literal.isEmpty { out += escape(literal) }
            literal = ""
        }
        func number(from start: Int) -> (Int, Int)? {
            guard start < s.count, s[start] == "x" else { return nil }
            var j = start + 1
            var value = 0
            while j < s.count, ("0"..."9").contains(s[j]), j - start < 4 {
                value = value * 10 + Int(s[j].value - 48)
                j += 1
            }
            return j > start + 1 ? (value, j) : nil
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "'" {
                if i + 1 < s.count, s[i + 1] == "'" {
                    literal += "'"
                    i += 2
                    continue
                }
                if i + 1 < s.count, "{}#|".unicodeScalars.contains(s[i + 1]) {
                    // Quoted literal up to the next lone apostrophe.
                    var j = i + 1
                    while j < s.count {
                        if s[j] == "'" {
                            if j + 1 < s.count, s[j + 1] == "'" {
                                literal += "'"
                                j += 2
                                continue
                            }
                            break
                        }
                        literal.unicodeScalars.append(s[j])
                        j += 1
                    }
                    i = j + 1
                    continue
                }
                literal += "'"
                i += 1
                continue
            }
            if c == "{" {
                var j = i + 1
                var name = ""
                while j < s.count, s[j] != "}", s[j] != "{", j - i < 64 {
                    name.unicodeScalars.append(s[j])
                    j += 1
                }
                let trimmed = name.trimmingCharacters(in: .whitespaces)
                if j < s.count, s[j] == "}", let original = unit.arguments[trimmed] {
                    flush()
                    out += escape(original)
                    i = j + 1
                    continue
                }
                literal += "{"
                i += 1
                continue
            }
            if c == "<" {
                if i + 1 < s.count, s[i + 1] == "/", let (n, j) = number(from: i + 2), j < s.count, s[j] == ">",
                    open.last == n, let close = unit.placeholders[n]?.close
                {
                    flush()
                    out += markup(close)
                    open.removeLast()
                    i = j + 1
                    continue
                }
                if let (n, j) = number(from: i + 1), let placeholder = unit.placeholders[n] {
                    if placeholder.close == nil, j < s.count, s[j] == ">" {
                        // `<xN></xN>`: the element itself; a translator's lone `<xN>` counts too.
                        flush()
                        out += markup(placeholder.open)
                        let close = Array("</x\(n)>".unicodeScalars)
                        i = j + 1
                        if i + close.count <= s.count, Array(s[i..<(i + close.count)]) == close { i += close.count }
                        continue
                    }
                    if placeholder.close != nil, j < s.count, s[j] == ">" {
                        flush()
                        out += markup(placeholder.open)
                        open.append(n)
                        i = j + 1
                        continue
                    }
                }
            }
            literal.unicodeScalars.append(c)
            i += 1
        }
        flush()
        // Tags a translator left open are closed, so the page keeps its structure.
        while let n = open.popLast() { out += markup(unit.placeholders[n]!.close!) }
        return out
    }
}

/// Writes HTML tokens back as text.
struct HTMLSerializer {
    let tokens: [HTMLToken]
    let attributeTranslations: [Int: [String: String]]
    /// Start tags that get `lang` because all their text falls back to that language.
    var markLanguage: [Int: String] = [:]
    var root: Int?
    /// The page's language: `lang`/`dir` on the root, `dir` on elements in a language running the other way.
    var page: PageLanguage?
    private var rawText = false

    init(tokens: [HTMLToken], attributeTranslations: [Int: [String: String]]) {
        self.tokens = tokens
        self.attributeTranslations = attributeTranslations
    }

    mutating func markup(_ markup: PlaceholderMarkup) -> String {
        switch markup {
        case .text(let text): return text
        case .tokens(let range): return range.map { token($0) }.joined()
        }
    }

    mutating func noteSkipped(_ range: Range<Int>) {
        rawText = false
    }

    mutating func token(_ index: Int) -> String {
        switch tokens[index] {
        case .startTag(let name, var attributes, let selfClosing):
            if let translated = attributeTranslations[index] {
                for i in attributes.indices {
                    if let value = translated[attributes[i].name.lowercased()] { attributes[i].value = value }
                }
            }
            if let page {
                if index == root {
                    set(&attributes, "lang", page.tag)
                    set(&attributes, "dir", page.direction.rawValue)
                } else {
                    if let language = markLanguage[index] { set(&attributes, "lang", language) }
                    // Marked or in the source, text in a language that runs the other way is isolated,
                    // unless the source already says which way it runs.
                    if let language = value(attributes, "lang"), !language.isEmpty, value(attributes, "dir") == nil,
                        let direction = page.isolation(for: language)
                    {
                        set(&attributes, "dir", direction.rawValue)
                    }
                }
            }
            let lower = name.lowercased()
            if HTMLExtractor.rawTextElements.contains(lower) && lower != "title" && lower != "textarea" { rawText = true }
            var out = "<" + name
            for attribute in attributes {
                out += " " + attribute.name
                out += "=\"" + Self.escapeAttribute(attribute.value) + "\""
            }
            return out + (selfClosing ? " />" : ">")
        case .endTag(let name):
            rawText = false
            return "</\(name)>"
        case .character(let text):
            return rawText ? text : Self.escapeText(text)
        case .comment(let text):
            return "<!--\(text)-->"
        case .doctype(let name, let publicId, let systemId, _):
            var out = "<!DOCTYPE \(name ?? "html")"
            if let publicId { out += " PUBLIC \"\(publicId)\"" }
            if let systemId { out += (publicId == nil ? " SYSTEM" : "") + " \"\(systemId)\"" }
            return out + ">"
        }
    }

    private func value(_ attributes: [HTMLAttribute], _ name: String) -> String? {
        attributes.first { $0.name.lowercased() == name }?.value
    }

    private func set(_ attributes: inout [HTMLAttribute], _ name: String, _ value: String) {
        if let i = attributes.firstIndex(where: { $0.name.lowercased() == name }) {
            attributes[i].value = value
        } else {
            attributes.append(HTMLAttribute(name: name, value: value))
        }
    }

    static func escapeText(_ text: String) -> String { MarkupEscaper.htmlText(text) }

    static func escapeAttribute(_ text: String) -> String { MarkupEscaper.htmlAttribute(text) }
}
