/// A token of the WHATWG HTML tokenizer (https://html.spec.whatwg.org/#tokenization).
public enum HTMLToken: Equatable, Sendable {
    /// A start tag; attributes in source order, duplicates already dropped as the spec says.
    case startTag(name: String, attributes: [HTMLAttribute], selfClosing: Bool)
    case endTag(name: String)
    /// Character data, with character references already decoded.
    case character(String)
    case comment(String)
    case doctype(name: String?, publicId: String?, systemId: String?, forceQuirks: Bool)
}

/// One attribute of a start tag.
public struct HTMLAttribute: Equatable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
