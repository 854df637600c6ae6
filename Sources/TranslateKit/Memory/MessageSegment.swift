/// Converts translate's messages (ICU MessageFormat with numbered tags) to TMX inline content
/// and back: `{name}` and whole `{n, plural, …}` arguments become `<ph>`, `<x1>…</x1>` become
/// `<bpt i="1">`/`<ept i="1">` (a legacy `<1/>` a `<ph>`). The native text sits inside each code, so
/// converting back gives the message unchanged.
public enum MessageSegment {
    public static func segment(from message: String) -> [TMXInline] {
        let scalars = Array(message.unicodeScalars)
        var parts: [TMXInline] = []
        var text = String.UnicodeScalarView()
        var index = 0
        var x = 0
        func flush() {
            if !text.isEmpty {
                parts.append(.text(String(text)))
                text = String.UnicodeScalarView()
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "'" {
                // ICU quoting: '' is an apostrophe, '{…}' is literal text.
                if index + 1 < scalars.count, scalars[index + 1] == "'" {
                    text.append("'")
                    text.append("'")
                    index += 2
                    continue
                }
                if index + 1 < scalars.count, "{}#|".unicodeScalars.contains(scalars[index + 1]),
                    let close = scalars[(index + 1)...].firstIndex(of: "'")
                {
                    text.append(contentsOf: scalars[index...close])
                    index = close + 1
                    continue
                }
                text.append(scalar)
                index += 1
                continue
            }
            if scalar == "{", let end = balancedEnd(scalars, from: index) {
                flush()
                x += 1
                let native = String(String.UnicodeScalarView(scalars[index...end]))
                parts.append(.code(TMXCode(element: "ph", attributes: ["x": String(x), "type": "x-icu-argument"], content: [.text(native)])))
                index = end + 1
                continue
            }
            if scalar == "<", let (end, number, kind) = tag(scalars, from: index) {
                flush()
                x += 1
                let native = String(String.UnicodeScalarView(scalars[index...end]))
                let code: TMXCode
                switch kind {
                case .open: code = TMXCode(element: "bpt", attributes: ["i": number, "x": String(x), "type": "x-tag"], content: [.text(native)])
                case .close: code = TMXCode(element: "ept", attributes: ["i": number], content: [.text(native)])
                case .empty: code = TMXCode(element: "ph", attributes: ["x": String(x), "type": "x-tag"], content: [.text(native)])
                }
                parts.append(.code(code))
                index = end + 1
                continue
            }
            text.append(scalar)
            index += 1
        }
        flush()
        return parts
    }

    /// The message a segment stands for: its text and the native content of its codes.
    public static func message(from segment: [TMXInline]) -> String { TMXInline.plainText(segment) }

    /// Ranges (in scalars) of placeholders and tags in a message, for matching.
    static func codeRanges(_ message: String) -> [Range<Int>] {
        let scalars = Array(message.unicodeScalars)
        var ranges: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{", let end = balancedEnd(scalars, from: index) {
                ranges.append(index..<(end + 1))
                index = end + 1
                continue
            }
            if scalars[index] == "<", let (end, _, _) = tag(scalars, from: index) {
                ranges.append(index..<(end + 1))
                index = end + 1
                continue
            }
            index += 1
        }
        return ranges
    }

    enum TagKind { case open, close, empty }

    /// `<x1>`, `</x1>` (the `i` is the number, `1`), legacy `<1>`, `<1/>`, and named tags like `<b>` that
    /// Trans-style messages use; the index of the tag's `>`.
    static func tag(_ s: [Unicode.Scalar], from start: Int) -> (Int, String, TagKind)? {
        guard let (kind, name, end) = MarkupTag.lex(s, at: start), name.unicodeScalars.count <= 16,
            name.first?.isNumber == true || name.allSatisfy({ $0.isLetter }) || MarkupTag.number(inName: name) != nil
        else { return nil }
        let id = MarkupTag.number(inName: name).map(String.init) ?? name
        switch kind {
        case .open: return (end - 1, id, .open)
        case .close: return (end - 1, id, .close)
        case .selfClosing: return (end - 1, id, .empty)
        }
    }

    /// The index of the `}` closing the `{` at `start`, honouring nesting and ICU quotes.
    static func balancedEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 0
        var end: Int?
        MessageFormatBraces.forEachUnquoted(in: s, from: start) { i, brace in
            depth += brace == "{" ? 1 : -1
            if brace == "}", depth == 0 {
                end = i
                return false
            }
            return true
        }
        return end
    }
}
