/// Writes TMX 1.4b deterministically: attributes sorted by name, two-space indentation,
/// no timestamps but the ones in the data, so the same document gives the same bytes.
public enum TMXWriter {
    public static func write(_ document: TMXDocument) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<tmx\(attributes(["version": document.version]))>\n"
        let header = document.header
        if document.headerProperties.isEmpty && document.headerNotes.isEmpty {
            out += "  <header\(attributes(header))/>\n"
        } else {
            out += "  <header\(attributes(header))>\n"
            for note in document.headerNotes { out += "    <note>\(MarkupEscaper.xmlText(note))</note>\n" }
            for property in document.headerProperties { out += "    " + write(property) + "\n" }
            out += "  </header>\n"
        }
        out += "  <body>\n"
        for unit in document.units { write(unit, into: &out) }
        out += "  </body>\n</tmx>\n"
        return out
    }

    /// One `<tu>` as it appears in a memory file (indented for its place in `<body>`).
    public static func write(_ unit: TMXUnit, into out: inout String) {
        out += "    <tu\(attributes(unit.attributes))>\n"
        for note in unit.notes { out += "      <note>\(MarkupEscaper.xmlText(note))</note>\n" }
        for property in unit.properties { out += "      " + write(property) + "\n" }
        for variant in unit.variants {
            var variantAttributes = variant.attributes
            variantAttributes.removeValue(forKey: "xml:lang")
            variantAttributes.removeValue(forKey: "lang")
            out += "      <tuv xml:lang=\"\(MarkupEscaper.xmlAttribute(variant.language))\"\(attributes(variantAttributes))>\n"
            for note in variant.notes { out += "        <note>\(MarkupEscaper.xmlText(note))</note>\n" }
            for property in variant.properties { out += "        " + write(property) + "\n" }
            out += "        <seg>\(write(variant.segment))</seg>\n"
            out += "      </tuv>\n"
        }
        out += "    </tu>\n"
    }

    /// Inline content as TMX markup.
    public static func write(_ parts: [TMXInline]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += MarkupEscaper.xmlText(text)
            case .code(let code):
                out += "<\(code.element)\(attributes(code.attributes))"
                if code.content.isEmpty { out += "/>" } else { out += ">\(write(code.content))</\(code.element)>" }
            }
        }
        return out
    }

    static func write(_ property: TMXProperty) -> String {
        var attrs = " type=\"\(MarkupEscaper.xmlAttribute(property.type))\""
        if let language = property.language { attrs += " xml:lang=\"\(MarkupEscaper.xmlAttribute(language))\"" }
        return "<prop\(attrs)>\(MarkupEscaper.xmlText(property.value))</prop>"
    }

    static func attributes(_ attributes: [String: String]) -> String {
        attributes.keys.sorted().map { " \($0)=\"\(MarkupEscaper.xmlAttribute(attributes[$0]!))\"" }.joined()
    }
}
