/// Messages as they go into `<tag>.json`, spelled so that FormatJS (react-intl, i18next-icu; its parser is
/// @formatjs/icu-messageformat-parser) shows the same text as ICU4C/ICU4J. The two read literal text
/// differently in two places only:
/// - FormatJS also starts a quote at an apostrophe before `<` or `>`; ICU4C shows that apostrophe. Such a
///   lone apostrophe is doubled (`l'<x1>école</x1>` → `l''<x1>école</x1>`): `''` is one apostrophe in both.
/// - FormatJS reads `<` followed by an ASCII letter or `/` as a tag (and rejects the message when it does not
///   pair); ICU4C shows it. FormatJS would need `'<'`, which ICU4C shows with its apostrophes, so no spelling
///   gives both runtimes the same bytes. Such a `<` gets U+2060 WORD JOINER after it: invisible, it stops
///   FormatJS from reading a tag, and both runtimes then show the same text. Only `<` that are not tags
///   pairing properly within one branch (`<x1>…</x1>`, or a named `<b>…</b>` from an app catalog) get it;
///   extraction already turns a literal `<` of the content into a placeholder, so sources never need it.
/// - Inside a tag, FormatJS ends the tag's content at a `}`; ICU4C shows a `}` that closes nothing at the top
///   level. Such a `}` is quoted (`'}'`, one `}` in both) — or, in the rare case where an apostrophe is next to
///   it and quoting would swallow that apostrophe, the enclosing tags get word joiners instead.
/// Everything else (arguments, plural syntax, `#`, quoted literals, `''`) is kept byte for byte.
public enum RuntimeMessage {
    /// The word joiner written after a `<` FormatJS must not read as a tag.
    public static let tagBreaker: Unicode.Scalar = "\u{2060}"

    /// `message` re-spelled for the bundle; unchanged when it needs nothing or is not valid MessageFormat.
    public static func forBundle(_ message: String) -> String {
        guard message.contains("<") || message.contains(">") else { return message }  // nothing FormatJS reads differently
        var levels: [[Int]] = []
        guard let (s, spans) = LiteralSpan.spans(of: message, levels: &levels) else { return message }
        var pairs = pairedTags(s, spans, levels)
        // A `}` FormatJS would read as the end of a tag's content.
        var braces: [Int] = []
        for span in spans where span.kind == .plain && span.parent == .top {
            for i in span.range where s[i] == "}" {
                guard pairs.contains(where: { $0.open < i && i < $0.close }) else { continue }
                // Quoting next to an apostrophe would join it into `''` (one literal apostrophe inside the quote):
                // after a quoted run (`'}'}`) as well as before an apostrophe. Break the tags instead.
                let besideApostrophe = (i + 1 < s.count && s[i + 1] == "'") || (i > 0 && s[i - 1] == "'")
                if besideApostrophe { pairs.removeAll { $0.open < i && i < $0.close } } else { braces.append(i) }
            }
        }
        let paired = Set(pairs.flatMap { [$0.open, $0.close] })
        // Replacements of single scalars: doubled apostrophes, `<` with a word joiner, quoted braces.
        var edits: [Int: String] = [:]
        for i in braces where pairs.contains(where: { $0.open < i && i < $0.close }) { edits[i] = "'}'" }
        for span in spans {
            switch span.kind {
            case .loneApostrophe:
                let next = span.range.upperBound < s.count ? s[span.range.upperBound] : nil
                if next == "<" || next == ">" { edits[span.range.lowerBound] = "''" }
            case .plain:
                for i in span.range where s[i] == "<" && !paired.contains(i) {
                    let next = i + 1 < s.count ? s[i + 1] : nil
                    if let next, next == "/" || (next.isASCII && next.properties.isAlphabetic) {
                        edits[i] = "<" + String(Character(tagBreaker))
                    }
                }
            case .quoted, .doubledApostrophe: break
            }
        }
        guard !edits.isEmpty else { return message }
        var out = String.UnicodeScalarView()
        for (i, scalar) in s.enumerated() {
            if let edit = edits[i] { out.append(contentsOf: edit.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// The `<` offsets of tags that pair within their own message or branch, nested properly, as FormatJS
    /// needs them: `<name>` … `</name>` with an ASCII-letter name.
    static func pairedTags(_ s: [Unicode.Scalar], _ spans: [LiteralSpan], _ levels: [[Int]]) -> [(open: Int, close: Int)] {
        var paired: [(open: Int, close: Int)] = []
        for level in levels {
            var open: [(name: String, at: Int)] = []
            for index in level where spans[index].kind == .plain {
                let run = spans[index].range
                var i = run.lowerBound
                while i < run.upperBound {
                    guard s[i] == "<", let (kind, name, end) = MarkupTag.lex(s, at: i), end <= run.upperBound,
                        name.unicodeScalars.first?.properties.isAlphabetic == true
                    else {
                        i += 1
                        continue
                    }
                    switch kind {
                    case .open: open.append((name, i))
                    case .close:
                        if let top = open.last, top.name == name {
                            paired.append((top.at, i))
                            open.removeLast()
                        } else if let index = open.lastIndex(where: { $0.name == name }) {
                            // Crossed tags: the inner ones left open can no longer pair.
                            open.removeSubrange(index...)
                        }
                    case .selfClosing: break
                    }
                    i = end
                }
            }
        }
        return paired
    }
}
