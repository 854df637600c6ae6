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
            let attrs = attributes.map { JSONString.literal($0.name) + ": " + JSONString.literal($0.value) }.joined(separator: ", ")
            return "[\"StartTag\", \(JSONString.literal(name)), {\(attrs)}\(selfClosing ? ", true" : "")]"
        case let .endTag(name):
            return "[\"EndTag\", \(JSONString.literal(name))]"
        case let .character(data):
            return "[\"Character\", \(JSONString.literal(data))]"
        case let .comment(data):
            return "[\"Comment\", \(JSONString.literal(data))]"
        case let .doctype(name, publicId, systemId, forceQuirks):
            let parts = [name, publicId, systemId].map { $0.map { JSONString.literal($0) } ?? "null" }
            return "[\"DOCTYPE\", \(parts.joined(separator: ", ")), \(forceQuirks ? "false" : "true")]"
        }
    }

}
