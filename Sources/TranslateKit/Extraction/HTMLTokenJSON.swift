extension HTMLTokenizer {
    /// The tokens of `text` in html5lib-tests JSON form, one token per line (`translate extract --dump-tokens`).
    ///
    /// `["StartTag", name, {attrs}, true?]`, `["EndTag", name]`, `["Character", data]`, `["Comment", data]`,
    /// `["DOCTYPE", name, public, system, correctness]`; attributes stay in source order, so equal input gives
    /// byte-identical output.
    public static func dumpJSON(_ text: String) -> String {
        let tokens = HTMLTokenizer(text).tokens()
        if tokens.isEmpty { return "[]\n" }
        return "[\n" + tokens.map { "  " + jsonArray($0) }.joined(separator: ",\n") + "\n]\n"
    }

    /// One token as an html5lib-tests JSON array.
    public static func jsonArray(_ token: HTMLToken) -> String {
        switch token {
        case let .startTag(name, attributes, selfClosing):
            let attrs = attributes.map { jsonString($0.name) + ": " + jsonString($0.value) }.joined(separator: ", ")
            return "[\"StartTag\", \(jsonString(name)), {\(attrs)}\(selfClosing ? ", true" : "")]"
        case let .endTag(name):
            return "[\"EndTag\", \(jsonString(name))]"
        case let .character(data):
            return "[\"Character\", \(jsonString(data))]"
        case let .comment(data):
            return "[\"Comment\", \(jsonString(data))]"
        case let .doctype(name, publicId, systemId, forceQuirks):
            let parts = [name, publicId, systemId].map { $0.map(jsonString) ?? "null" }
            return "[\"DOCTYPE\", \(parts.joined(separator: ", ")), \(forceQuirks ? "false" : "true")]"
        }
    }

    /// A JSON string literal; non-ASCII stays as is, controls are escaped.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
