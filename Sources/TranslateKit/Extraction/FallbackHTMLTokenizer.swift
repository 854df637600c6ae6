import Foundation

/// A small, forgiving HTML tokenizer used until the full WHATWG tokenizer (HTMLTokenizer) is in
/// the tree: tags, attributes, comments, doctypes, raw text elements and common character
/// references. Never fails: anything it cannot read is text.
enum FallbackHTMLTokenizer {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "reg": "®",
        "mdash": "—", "ndash": "–", "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "eacute": "é",
    ]

    static func tokenize(_ html: String) -> [HTMLToken] {
        let s = Array(html.unicodeScalars)
        var tokens: [HTMLToken] = []
        var text = ""
        var i = 0
        func flushText() {
            if !text.isEmpty { tokens.append(.character(decode(text))) }
            text = ""
        }
        func string(_ r: Range<Int>) -> String { var t = ""; t.unicodeScalars.append(contentsOf: s[r]); return t }
        func isNameStart(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic && c.isASCII }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count else { text.unicodeScalars.append(s[i]); i += 1; continue }
            if string(i..<min(s.count, i + 4)) == "<!--" {
                flushText()
                var j = i + 4
                while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                let end = min(j, s.count)
                tokens.append(.comment(string((i + 4)..<max(i + 4, end))))
                i = min(s.count, j + 3)
                continue
            }
            if s[i + 1] == "!" || s[i + 1] == "?" {
                flushText()
                var j = i + 2
                while j < s.count, s[j] != ">" { j += 1 }
                let body = string((i + 2)..<j)
                if body.lowercased().hasPrefix("doctype") {
                    let name = body.dropFirst(7).trimmingCharacters(in: .whitespaces).split(separator: " ").first.map { $0.lowercased() }
                    tokens.append(.doctype(name: name, publicId: nil, systemId: nil, forceQuirks: name != "html"))
                } else {
                    tokens.append(.comment(body))
                }
                i = min(s.count, j + 1)
                continue
            }
            let closing = s[i + 1] == "/"
            let nameStart = closing ? i + 2 : i + 1
            guard nameStart < s.count, isNameStart(s[nameStart]) else { text.unicodeScalars.append(s[i]); i += 1; continue }
            flushText()
            var j = nameStart
            while j < s.count, !s[j].properties.isWhitespace, s[j] != "/", s[j] != ">" { j += 1 }
            let name = string(nameStart..<j).lowercased()
            var attributes: [HTMLAttribute] = []
            var selfClosing = false
            while j < s.count, s[j] != ">" {
                if s[j].properties.isWhitespace { j += 1; continue }
                if s[j] == "/" { selfClosing = true; j += 1; continue }
                selfClosing = false
                let start = j
                while j < s.count, !s[j].properties.isWhitespace, s[j] != "=", s[j] != ">", !(s[j] == "/" && j > start) { j += 1 }
                let attributeName = string(start..<max(j, start + 1 > s.count ? start : j)).lowercased()
                if j == start { j += 1; continue }
                var value = ""
                var k = j
                while k < s.count, s[k].properties.isWhitespace { k += 1 }
                if k < s.count, s[k] == "=" {
                    k += 1
                    while k < s.count, s[k].properties.isWhitespace { k += 1 }
                    if k < s.count, s[k] == "\"" || s[k] == "'" {
                        let quote = s[k]
                        var e = k + 1
                        while e < s.count, s[e] != quote { e += 1 }
                        value = decode(string((k + 1)..<e))
                        j = min(s.count, e + 1)
                    } else {
                        var e = k
                        while e < s.count, !s[e].properties.isWhitespace, s[e] != ">" { e += 1 }
                        value = decode(string(k..<e))
                        j = e
                    }
                }
                if !attributes.contains(where: { $0.name == attributeName }) {
                    attributes.append(HTMLAttribute(name: attributeName, value: value))
                }
            }
            i = min(s.count, j + 1)
            if closing {
                tokens.append(.endTag(name: name))
                continue
            }
            tokens.append(.startTag(name: name, attributes: attributes, selfClosing: selfClosing))
            if ["script", "style", "textarea", "title", "xmp"].contains(name) {
                // Raw text up to the matching end tag.
                var e = i
                let needle = Array("</\(name)".unicodeScalars)
                while e < s.count {
                    if e + needle.count <= s.count, string(e..<(e + needle.count)).lowercased() == "</\(name)" { break }
                    e += 1
                }
                let raw = string(i..<e)
                if !raw.isEmpty { tokens.append(.character(name == "textarea" || name == "title" ? decode(raw) : raw)) }
                i = e
            }
        }
        flushText()
        return tokens
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let s = Array(text.unicodeScalars)
        var out = ""
        var i = 0
        while i < s.count {
            if s[i] == "&", let semicolon = s[i...].prefix(12).firstIndex(of: ";") {
                var body = ""
                body.unicodeScalars.append(contentsOf: s[(i + 1)..<semicolon])
                if body.hasPrefix("#") {
                    let digits = body.dropFirst()
                    let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                    if let value, let scalar = Unicode.Scalar(value), value != 0 { out.unicodeScalars.append(scalar); i = semicolon + 1; continue }
                } else if let replacement = named[body] {
                    out += replacement
                    i = semicolon + 1
                    continue
                }
            }
            out.unicodeScalars.append(s[i])
            i += 1
        }
        return out
    }
}
