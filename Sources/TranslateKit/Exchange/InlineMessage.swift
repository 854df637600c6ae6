/// An ICU message cut into what a CAT tool should show as text and what it should protect as inline codes:
/// translate's numbered tags (`<x1>…</x1>`, legacy `<2/>`) and simple arguments (`{name}`, `{count, number}`).
///
/// Messages with plural, select or choice arguments stay whole text: their branches are sentences of their
/// own, and no XLIFF inline code can say "translate inside these braces but keep the keywords". A CAT tool
/// then shows the ICU syntax, which vendors who take ICU messages know; the import check catches a lost
/// argument or tag either way. Pieces hold the message's raw pattern text, so joining them gives back
/// exactly the message, apostrophes and quoting included.
enum InlineCode: Equatable {
    case text(String)
    /// `<x1>` (the tag name, `x1`; digits for a legacy `<1>`)
    case open(String)
    /// `</x1>`
    case close(String)
    /// A legacy `<1/>` (translate writes `<x1></x1>` now, an open and a close).
    case empty(String)
    /// `{…}` as written.
    case argument(String)

    var raw: String {
        switch self {
        case .text(let t): return t
        case .open(let n): return "<\(n)>"
        case .close(let n): return "</\(n)>"
        case .empty(let n): return "<\(n)/>"
        case .argument(let a): return a
        }
    }
}

enum InlineMessage {
    /// The pieces of `pattern`, or nil when it must travel as plain text (branching, or tags that do not nest).
    static func pieces(_ pattern: String) -> [InlineCode]? {
        guard pattern.contains("{") || pattern.contains("<") else { return [.text(pattern)] }
        guard let message = MessageFormatParser.parse(pattern).message, message.branchingArguments.isEmpty else { return nil }
        let s = Array(pattern.unicodeScalars)
        var pieces: [InlineCode] = []
        var text = String.UnicodeScalarView()
        func flush() {
            if !text.isEmpty {
                pieces.append(.text(String(text)))
                text = String.UnicodeScalarView()
            }
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "'" {
                if i + 1 < s.count, s[i + 1] == "'" {
                    text.append(c)
                    text.append(c)
                    i += 2
                    continue
                }
                if i + 1 < s.count, s[i + 1] == "{" || s[i + 1] == "}" {
                    // Quoted literal up to the next lone apostrophe.
                    text.append(c)
                    i += 1
                    while i < s.count {
                        if s[i] == "'" {
                            if i + 1 < s.count, s[i + 1] == "'" {
                                text.append(s[i])
                                text.append(s[i + 1])
                                i += 2
                                continue
                            }
                            text.append(s[i])
                            i += 1
                            break
                        }
                        text.append(s[i])
                        i += 1
                    }
                    continue
                }
                text.append(c)
                i += 1
                continue
            }
            if c == "{" {
                var depth = 0
                var j = i
                while j < s.count {
                    if s[j] == "{" {
                        depth += 1
                    } else if s[j] == "}" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                guard j < s.count else { return nil }
                flush()
                pieces.append(.argument(String(String.UnicodeScalarView(s[i...j]))))
                i = j + 1
                continue
            }
            if c == "<", let (piece, length) = tag(s, at: i) {
                flush()
                pieces.append(piece)
                i += length
                continue
            }
            text.append(c)
            i += 1
        }
        flush()
        // Each tag number once per kind and properly nested, so each maps to one <pc>/<ph> with a unique id.
        var stack: [String] = []
        var used: Set<String> = []
        for piece in pieces {
            switch piece {
            case .open(let n):
                guard used.insert("o" + n).inserted, !used.contains("e" + n) else { return nil }
                stack.append(n)
            case .close(let n):
                guard stack.last == n, used.insert("c" + n).inserted else { return nil }
                stack.removeLast()
            case .empty(let n):
                guard used.insert("e" + n).inserted, !used.contains("o" + n) else { return nil }
            case .text, .argument: break
            }
        }
        return stack.isEmpty ? pieces : nil
    }

    private static func tag(_ s: [Unicode.Scalar], at start: Int) -> (InlineCode, Int)? {
        var i = start + 1
        let closing = i < s.count && s[i] == "/"
        if closing { i += 1 }
        var digits = ""
        if i < s.count, s[i] == "x" {
            digits = "x"
            i += 1
        }
        while i < s.count, ("0"..."9").contains(s[i]) {
            digits.unicodeScalars.append(s[i])
            i += 1
        }
        guard !digits.isEmpty, digits != "x", i < s.count else { return nil }
        if digits.hasPrefix("x"), !closing, s[i] == "/" { return nil }
        if !closing, s[i] == "/", i + 1 < s.count, s[i + 1] == ">" { return (.empty(digits), i + 2 - start) }
        guard s[i] == ">" else { return nil }
        return (closing ? .close(digits) : .open(digits), i + 1 - start)
    }

    static func join(_ pieces: [InlineCode]) -> String { pieces.map(\.raw).joined() }

    /// Ids for the arguments of a unit: the same argument text gets the same id in source and target.
    struct ArgumentIDs {
        private(set) var ids: [String: String] = [:]
        private(set) var raws: [String: String] = [:]

        mutating func id(for raw: String) -> String {
            if let id = ids[raw] { return id }
            let id = "a\(ids.count + 1)"
            ids[raw] = id
            raws[id] = raw
            return id
        }
    }

    /// Whether source and target can both travel as inline codes; otherwise both go as text.
    static func split(source: String, target: String) -> (source: [InlineCode], target: [InlineCode])? {
        guard let s = pieces(source), let t = target.isEmpty ? [] : pieces(target) else { return nil }
        return (s, t)
    }
}
