import Foundation

/// Where a project's content is: translate.json's "sources" (default Content/).
public enum ContentSources {
    /// The source folders or files, relative to `root`.
    public static func load(root: URL) throws -> [String] {
        let sources = try ProjectConfig.load(root: root).sources
        return sources.isEmpty ? ["Content"] : sources
    }
}

/// The HTML token stream as JSON, one token per line (for `translate extract --dump-tokens`).
public enum HTMLTokenDump {
    /// A JSON array of the tokens, one per line.
    public static func json(_ tokens: [HTMLToken]) -> String {
        func quote(_ s: String) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
                }
            }
            return out + "\""
        }
        let lines = tokens.map { token -> String in
            switch token {
            case .startTag(let name, let attributes, let selfClosing):
                let attrs = attributes.map { "[\(quote($0.name)),\(quote($0.value))]" }.joined(separator: ",")
                return "{\"type\":\"startTag\",\"name\":\(quote(name)),\"attributes\":[\(attrs)],\"selfClosing\":\(selfClosing)}"
            case .endTag(let name): return "{\"type\":\"endTag\",\"name\":\(quote(name))}"
            case .character(let text): return "{\"type\":\"character\",\"data\":\(quote(text))}"
            case .comment(let text): return "{\"type\":\"comment\",\"data\":\(quote(text))}"
            case .doctype(let name, let publicId, let systemId, let quirks):
                let n = name.map(quote) ?? "null", p = publicId.map(quote) ?? "null", s = systemId.map(quote) ?? "null"
                return "{\"type\":\"doctype\",\"name\":\(n),\"publicId\":\(p),\"systemId\":\(s),\"forceQuirks\":\(quirks)}"
            }
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]"
    }
}
