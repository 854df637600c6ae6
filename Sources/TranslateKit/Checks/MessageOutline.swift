/// The skeleton of an ICU MessageFormat message that the argument, plural and markup checks need:
/// arguments (name, type, selector keys with their offsets) and numbered markup tags.
///
/// Interim: the full MessageFormat parser is being written on branch `mf`; once merged, the checks
/// should read its syntax tree instead. Offsets are Unicode scalar offsets into the message.
struct MessageOutline: Equatable {
    struct Argument: Equatable {
        var name: String
        /// nil for a simple `{name}`; "plural", "select", "selectordinal", "number", "date"…
        var type: String?
        var nameOffset: Int
        /// Selector keys ("one", "=0", "other") for plural, selectordinal and select.
        var keys: [(key: String, offset: Int)]

        static func == (a: Self, b: Self) -> Bool {
            a.name == b.name && a.type == b.type && a.nameOffset == b.nameOffset && a.keys.map(\.key) == b.keys.map(\.key)
        }
    }

    struct Tag: Equatable {
        enum Kind: Equatable { case open, close, selfClosing }
        var number: Int
        var kind: Kind
        var offset: Int
    }

    var arguments: [Argument] = []
    var tags: [Tag] = []

    /// Parses `text`; nil when it is not well formed (icu-syntax reports that).
    static func parse(_ text: String) -> MessageOutline? {
        var parser = Parser(s: Array(text.unicodeScalars))
        guard parser.message(depth: 0), parser.i == parser.s.count else { return nil }
        return parser.outline
    }

    private struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        var outline = MessageOutline()

        init(s: [Unicode.Scalar]) { self.s = s }

        var current: Unicode.Scalar? { i < s.count ? s[i] : nil }

        mutating func skipSpace() { while let c = current, c.properties.isWhitespace { i += 1 } }

        mutating func identifier() -> String {
            var out = ""
            while let c = current, !c.properties.isWhitespace, !"{},".unicodeScalars.contains(c) {
                out.unicodeScalars.append(c)
                i += 1
            }
            return out
        }

        /// Text and arguments up to an unmatched '}' (depth > 0) or the end (depth 0).
        mutating func message(depth: Int) -> Bool {
            while let c = current {
                if c == "'" {
                    if i + 1 < s.count, s[i + 1] == "'" { i += 2; continue }
                    if i + 1 < s.count, "{}#|".unicodeScalars.contains(s[i + 1]) {
                        i += 1
                        while let q = current, q != "'" { i += 1 }
                        if current == nil { return true }
                        i += 1
                        continue
                    }
                    i += 1
                } else if c == "{" {
                    guard depth < 50, argument(depth: depth) else { return false }
                } else if c == "}" {
                    return depth > 0
                } else if c == "<", let end = MessageText.markupTagEnd(s, from: i) {
                    let closing = s[i + 1] == "/"
                    let selfClosing = s[end - 2] == "/"
                    let digits = String(String.UnicodeScalarView(s[(i + (closing ? 2 : 1))..<(end - (selfClosing ? 2 : 1))]))
                    if let number = Int(digits) {
                        outline.tags.append(Tag(number: number, kind: closing ? .close : (selfClosing ? .selfClosing : .open), offset: i))
                    }
                    i = end
                } else {
                    i += 1
                }
            }
            return depth == 0
        }

        mutating func argument(depth: Int) -> Bool {
            i += 1 // '{'
            skipSpace()
            let nameOffset = i
            let name = identifier()
            guard !name.isEmpty else { return false }
            skipSpace()
            var argument = Argument(name: name, type: nil, nameOffset: nameOffset, keys: [])
            if current == "}" { i += 1; outline.arguments.append(argument); return true }
            guard current == "," else { return false }
            i += 1
            skipSpace()
            let type = identifier()
            guard !type.isEmpty else { return false }
            argument.type = type
            skipSpace()
            if current == "}" { i += 1; outline.arguments.append(argument); return true }
            guard current == "," else { return false }
            i += 1
            let index = outline.arguments.count
            outline.arguments.append(argument)
            if ["plural", "select", "selectordinal"].contains(type) {
                while true {
                    skipSpace()
                    guard let c = current else { return false }
                    if c == "}" { i += 1; return true }
                    let keyOffset = i
                    let key = identifier()
                    guard !key.isEmpty else { return false }
                    if key.hasPrefix("offset:") { continue }
                    skipSpace()
                    guard current == "{" else { return false }
                    i += 1
                    outline.arguments[index].keys.append((key, keyOffset))
                    guard message(depth: depth + 1), current == "}" else { return false }
                    i += 1
                }
            }
            // A style (number, date, skeleton): skip to the matching brace.
            var level = 0
            while let c = current {
                if c == "'" { i += 1; while let q = current, q != "'" { i += 1 }; if current != nil { i += 1 }; continue }
                if c == "{" { level += 1 }
                if c == "}" { if level == 0 { i += 1; return true }; level -= 1 }
                i += 1
            }
            return false
        }
    }
}
