import Foundation

/// Where a project's content is: translate.json's "sources" (strings, or objects with "path"),
/// else Content/. (A minimal reader until the project configuration is shared.)
public enum ContentSources {
    public static func load(root: URL) throws -> [String] {
        let url = root.appendingPathComponent("translate.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return ["Content"] }
        let text = try TextFile.read(url, displayPath: "translate.json")
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw TranslateError(path: "translate.json", "not a JSON object", hint: "check the file with a JSON validator")
        }
        guard let sources = object["sources"] else { return ["Content"] }
        guard let list = sources as? [Any] else {
            throw TranslateError(path: "translate.json", "\"sources\" must be a list of folders or files")
        }
        let paths = list.compactMap { item -> String? in
            if let path = item as? String { return path }
            return (item as? [String: Any])?["path"] as? String
        }
        return paths.isEmpty ? ["Content"] : paths
    }
}

/// The HTML token stream as JSON, one token per line (for `translate extract --dump-tokens`).
public enum HTMLTokenDump {
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
