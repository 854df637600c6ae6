/// What the argument, plural and markup checks need from a message — arguments (name, type,
/// selector keys with offsets) and numbered markup tags — read from the MessageFormat parser's tree.
/// Offsets are Unicode scalar offsets into the message.
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

    /// The outline of `text`; nil when it is not valid MessageFormat (icu-syntax reports that).
    static func parse(_ text: String) -> MessageOutline? {
        MessageOutline(MessageFormatParser.parse(text))
    }

    /// The outline of a parse; nil when the message did not parse.
    init?(_ result: MessageParseResult) {
        guard let message = result.message else { return nil }
        var keys: [Int: [(String, Int)]] = [:]
        for branching in message.branchingArguments {
            keys[branching.nameRange.scalars.lowerBound] = branching.selectors.map { ($0.text, $0.range.scalars.lowerBound) }
        }
        for argument in message.arguments {
            let offset = argument.nameRange.scalars.lowerBound
            arguments.append(
                Argument(
                    name: argument.name, type: argument.type == .plain ? nil : argument.type.rawValue,
                    nameOffset: offset, keys: (keys[offset] ?? []).map { (key: $0.0, offset: $0.1) }))
        }
        for tag in message.markupTags where tag.isNumbered {
            guard let number = tag.number else { continue }
            let kind: Tag.Kind = tag.kind == .open ? .open : (tag.kind == .close ? .close : .selfClosing)
            tags.append(Tag(number: number, kind: kind, offset: tag.range.scalars.lowerBound))
        }
    }
}

extension MessageOutline {
    /// Plural, selectordinal and select arguments without an 'other' case, found by a tolerant scan:
    /// ICU (and so the parser) rejects such messages outright, but the checks that own the rule
    /// want to name the argument.
    static func branchesMissingOther(_ text: String) -> [(name: String, type: String, offset: Int)] {
        let s = Array(text.unicodeScalars)
        var result: [(String, String, Int)] = []
        func skipSpace(_ i: inout Int) { while i < s.count, s[i].properties.isWhitespace { i += 1 } }
        func word(_ i: inout Int) -> String {
            var out = ""
            while i < s.count, !s[i].properties.isWhitespace, !"{},".unicodeScalars.contains(s[i]) {
                out.unicodeScalars.append(s[i])
                i += 1
            }
            return out
        }
        for start in s.indices where s[start] == "{" {
            var i = start + 1
            skipSpace(&i)
            let nameOffset = i
            let name = word(&i)
            skipSpace(&i)
            guard !name.isEmpty, i < s.count, s[i] == "," else { continue }
            i += 1
            skipSpace(&i)
            let type = word(&i)
            guard ["plural", "select", "selectordinal"].contains(type) else { continue }
            skipSpace(&i)
            guard i < s.count, s[i] == "," else { continue }
            i += 1
            // Keys sit at this argument's own level, each followed by a {sub-message}.
            var keys: [String] = []
            var closed = false
            while i < s.count {
                skipSpace(&i)
                guard i < s.count else { break }
                if s[i] == "}" {
                    closed = true
                    break
                }
                let key = word(&i)
                if key.hasPrefix("offset:") { continue }
                skipSpace(&i)
                guard !key.isEmpty, i < s.count, s[i] == "{" else { break }
                keys.append(key)
                var depth = 0
                while i < s.count {
                    if s[i] == "{" {
                        depth += 1
                    } else if s[i] == "}" {
                        depth -= 1
                        if depth == 0 {
                            i += 1
                            break
                        }
                    }
                    i += 1
                }
            }
            if closed && !keys.contains("other") { result.append((name, type, nameOffset)) }
        }
        return result
    }
}
