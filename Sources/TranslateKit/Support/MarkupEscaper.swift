/// The one place markup is escaped: every writer of HTML (pages, the report) and of XML (XLIFF, TBX,
/// TMX, the benchmark generator) goes through these four functions, so the rule that stops injection
/// is audited here.
///
/// Each works on Unicode scalars, so a `<` or `&` that starts a grapheme cluster (`<` + U+0338) is
/// escaped too. Every other character passes through as it is; in particular U+2028/U+2029 (HTML
/// and XML text, not JavaScript) and `'` in text. The rules are the strictest that keep every
/// output the tool wrote before they were shared byte for byte.
public enum MarkupEscaper {
    /// HTML text content: `&`, `<` and `>` (so `</script>` and `]]>` stay text), and CR as a
    /// reference, since HTML parsing turns a raw CR (and CR LF) into LF.
    public static func htmlText(_ text: String) -> String { escape(text, textReference) }

    /// The rule HTML and XML text share: `&`, `<`, `>` and CR. The attribute rules add their quotes to it.
    private static func textReference(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\r": return "&#13;"
        default: return nil
        }
    }

    /// An HTML attribute value, quoted with `"` or `'`, and text content too (the report uses it for
    /// both): the text rule plus both quotes. U+0000 cannot be carried: HTML parsing turns it into U+FFFD,
    /// raw or as a reference, so it is left as it is.
    public static func htmlAttribute(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "\"": return "&quot;"
            case "'": return "&#39;"
            default: return textReference(scalar)
            }
        }
    }

    /// XML element content: `&`, `<`, `>` (so `]]>` never appears), and CR as a reference so parsers do
    /// not turn CR LF into LF. Quotes stay as they are (element content needs no quoting).
    ///
    /// Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF)
    /// pass through unchanged, so the result is not well-formed: writers check `isXMLCharacter` first
    /// and refuse such text (`XMLEscape.requireRepresentable`), since a reference (`&#1;`) is not allowed either.
    public static func xmlText(_ text: String) -> String { escape(text, textReference) }

    /// An XML attribute value in `"` quotes: the text rule, `"`, and tab, LF and CR as references
    /// (attribute-value normalisation would turn them into spaces). `'` stays: values are always in `"`.
    public static func xmlAttribute(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "\"": return "&quot;"
            case "\t": return "&#9;"
            case "\n": return "&#10;"
            default: return textReference(scalar)
            }
        }
    }

    /// Whether XML 1.0 can carry `scalar` at all, raw or as a reference.
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` with each scalar `replacement` names replaced; the text itself when none is (the common case).
    @inline(__always)
    private static func escape(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        guard let first = text.unicodeScalars.firstIndex(where: { replacement($0) != nil }) else { return text }
        var out = String(text.unicodeScalars[..<first])
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars[first...] {
            if let replacement = replacement(scalar) { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
