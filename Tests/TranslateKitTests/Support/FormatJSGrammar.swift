/// FormatJS's message parser, re-implemented to check bundles as react-intl and i18next-icu read them.
///
/// Written from formatjs/formatjs `packages/icu-messageformat-parser/parser.ts` (`parseMessage`,
/// `parseTag`, `parseLiteral`, `tryParseQuote`, `tryParseUnquoted`, `tryParseLeftAngleBracket`,
/// `parseArgument`, `parseArgumentOptions`, `tryParsePluralOrSelectOptions`) and `error.ts`, with the
/// options `parse()` in `index.ts` sets (`requiresOtherClause: true`, tags on). Where it differs from ICU4C:
/// - `<` followed by an ASCII letter opens a tag, `</` closes one; a tag must close within the same
///   message or branch, with the same name; `<a/>` is literal text;
/// - an apostrophe also starts a quote before `<` or `>` (ICU4C: only before `{`, `}`, and `#` in plurals);
/// - only `number`, `date`, `time`, `plural`, `selectordinal` and `select` are argument types.
/// Number and date skeletons are kept as text, not validated.
struct FormatJSGrammar {
    // FormatJS's own error names (ErrorKind in @formatjs/icu-messageformat-parser), so failures read as FormatJS reports them.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    enum ErrorKind: String, Error, Equatable {
        case EXPECT_ARGUMENT_CLOSING_BRACE, EMPTY_ARGUMENT, MALFORMED_ARGUMENT, EXPECT_ARGUMENT_TYPE, INVALID_ARGUMENT_TYPE
        case EXPECT_ARGUMENT_STYLE, EXPECT_DATE_TIME_SKELETON, UNCLOSED_QUOTE_IN_ARGUMENT_STYLE, EXPECT_SELECT_ARGUMENT_OPTIONS
        case EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, INVALID_PLURAL_ARGUMENT_OFFSET_VALUE
        case EXPECT_SELECT_ARGUMENT_SELECTOR, EXPECT_PLURAL_ARGUMENT_SELECTOR
        case EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT, EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT, INVALID_PLURAL_ARGUMENT_SELECTOR
        case DUPLICATE_PLURAL_ARGUMENT_SELECTOR, DUPLICATE_SELECT_ARGUMENT_SELECTOR, MISSING_OTHER_CLAUSE
        case INVALID_TAG, UNMATCHED_CLOSING_TAG, UNCLOSED_TAG
    }

    struct Option: Equatable {
        var selector: String
        var value: [Element]
    }

    indirect enum Element: Equatable {
        case literal(String)
        case argument(String)
        /// `number`, `date` or `time`, with the style as written (nil when there is none).
        case formatted(name: String, type: String, style: String?)
        case plural(name: String, ordinal: Bool, offset: Int, options: [Option])
        case select(name: String, options: [Option])
        case pound
        case tag(name: String, children: [Element])
    }

    enum ArgType: Equatable { case none, plural, selectordinal, select }

    private let s: [Unicode.Scalar]
    private var i = 0

    /// The elements of `message` as FormatJS parses it, or the error it throws.
    static func parse(_ message: String) -> Result<[Element], ErrorKind> {
        var parser = FormatJSGrammar(s: Array(message.unicodeScalars))
        do { return .success(try parser.parseMessage(nesting: 0, parent: .none, expectingCloseTag: false)) } catch let error as ErrorKind {
            return .failure(error)
        } catch { return .failure(.MALFORMED_ARGUMENT) }
    }

    /// The text FormatJS shows, with every argument shown as `{name}`, tags kept as `<name>…</name>`,
    /// `#` as `#`, and plural and select arguments by their `other` branch.
    static func render(_ elements: [Element]) -> String {
        elements.map { element -> String in
            switch element {
            case .literal(let text): return text
            case .argument(let name), .formatted(let name, _, _): return "{\(name)}"
            case .pound: return "#"
            case .tag(let name, let children): return "<\(name)>" + render(children) + "</\(name)>"
            case .plural(_, _, _, let options), .select(_, let options):
                return render(options.first { $0.selector == "other" }?.value ?? [])
            }
        }.joined()
    }

    private init(s: [Unicode.Scalar]) { self.s = s }

    // MARK: Scanning

    private var isEOF: Bool { i >= s.count }
    private var char: Unicode.Scalar { s[i] }
    private var peek: Unicode.Scalar? { i + 1 < s.count ? s[i + 1] : nil }
    private mutating func bump() { if !isEOF { i += 1 } }
    private mutating func bumpIf(_ prefix: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        guard i + p.count <= s.count, Array(s[i..<(i + p.count)]) == p else { return false }
        i += p.count
        return true
    }
    private mutating func bumpSpace() { while !isEOF, char.properties.isPatternWhitespace { bump() } }
    private static func isAlpha(_ c: Unicode.Scalar?) -> Bool { c.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false }
    private static func isTagNameChar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return c == "-" || c == "." || ("0"..."9").contains(c) || c == "_" || isAlpha(c) || v == 0xB7
            || (0xC0...0xD6).contains(v) || (0xD8...0xF6).contains(v) || (0xF8...0x37D).contains(v) || (0x37F...0x1FFF).contains(v)
            || (0x200C...0x200D).contains(v) || (0x203F...0x2040).contains(v) || (0x2070...0x218F).contains(v)
            || (0x2C00...0x2FEF).contains(v) || (0x3001...0xD7FF).contains(v) || (0xF900...0xFDCF).contains(v)
            || (0xFDF0...0xFFFD).contains(v) || (0x10000...0xEFFFF).contains(v)
    }
    /// `[^\p{White_Space}\p{Pattern_Syntax}]*`
    private mutating func identifier() -> String {
        var out = String.UnicodeScalarView()
        while !isEOF, !char.properties.isWhitespace, !char.properties.isPatternSyntax {
            out.append(char)
            bump()
        }
        return String(out)
    }

    // MARK: Grammar

    private mutating func parseMessage(nesting: Int, parent: ArgType, expectingCloseTag: Bool) throws -> [Element] {
        var elements: [Element] = []
        while !isEOF {
            let c = char
            if c == "{" {
                elements.append(try parseArgument(nesting: nesting, expectingCloseTag: expectingCloseTag))
            } else if c == "}" && nesting > 0 {
                break
            } else if c == "#" && (parent == .plural || parent == .selectordinal) {
                bump()
                elements.append(.pound)
            } else if c == "<" && peek == "/" {
                if expectingCloseTag { break }
                throw ErrorKind.UNMATCHED_CLOSING_TAG
            } else if c == "<" && Self.isAlpha(peek) {
                elements.append(try parseTag(nesting: nesting, parent: parent))
            } else {
                elements.append(.literal(parseLiteral(nesting: nesting, parent: parent)))
            }
        }
        return elements
    }

    private mutating func parseTag(nesting: Int, parent: ArgType) throws -> Element {
        bump()  // <
        let name = tagName()
        bumpSpace()
        if bumpIf("/>") { return .literal("<\(name)/>") }
        guard bumpIf(">") else { throw ErrorKind.INVALID_TAG }
        let children = try parseMessage(nesting: nesting + 1, parent: parent, expectingCloseTag: true)
        guard bumpIf("</") else { throw ErrorKind.UNCLOSED_TAG }
        guard !isEOF, Self.isAlpha(char) else { throw ErrorKind.INVALID_TAG }
        guard tagName() == name else { throw ErrorKind.UNMATCHED_CLOSING_TAG }
        bumpSpace()
        guard bumpIf(">") else { throw ErrorKind.INVALID_TAG }
        return .tag(name: name, children: children)
    }

    private mutating func tagName() -> String {
        var out = String.UnicodeScalarView([char])
        bump()
        while !isEOF, Self.isTagNameChar(char) {
            out.append(char)
            bump()
        }
        return String(out)
    }

    private mutating func parseLiteral(nesting: Int, parent: ArgType) -> String {
        var value = ""
        while true {
            if let quoted = tryParseQuote(parent) {
                value += quoted
                continue
            }
            if let unquoted = tryParseUnquoted(nesting: nesting, parent: parent) {
                value.unicodeScalars.append(unquoted)
                continue
            }
            // tryParseLeftAngleBracket: a `<` that opens no tag.
            if !isEOF, char == "<", !(Self.isAlpha(peek) || peek == "/") {
                bump()
                value += "<"
                continue
            }
            break
        }
        return value
    }

    private mutating func tryParseQuote(_ parent: ArgType) -> String? {
        guard !isEOF, char == "'" else { return nil }
        switch peek {
        case "'":
            bump()
            bump()
            return "'"
        case "{", "<", ">", "}": break
        case "#" where parent == .plural || parent == .selectordinal: break
        default: return nil
        }
        bump()  // the apostrophe
        var out = String.UnicodeScalarView([char])
        bump()
        while !isEOF {
            if char == "'" {
                if peek == "'" {
                    out.append("'")
                    bump()
                } else {
                    bump()
                    break
                }
            } else {
                out.append(char)
            }
            bump()
        }
        return String(out)
    }

    private mutating func tryParseUnquoted(nesting: Int, parent: ArgType) -> Unicode.Scalar? {
        guard !isEOF else { return nil }
        let c = char
        if c == "<" || c == "{" || (c == "#" && (parent == .plural || parent == .selectordinal)) || (c == "}" && nesting > 0) { return nil }
        bump()
        return c
    }

    private mutating func parseArgument(nesting: Int, expectingCloseTag: Bool) throws -> Element {
        bump()  // {
        bumpSpace()
        guard !isEOF else { throw ErrorKind.EXPECT_ARGUMENT_CLOSING_BRACE }
        if char == "}" {
            bump()
            throw ErrorKind.EMPTY_ARGUMENT
        }
        let name = identifier()
        guard !name.isEmpty else { throw ErrorKind.MALFORMED_ARGUMENT }
        bumpSpace()
        guard !isEOF else { throw ErrorKind.EXPECT_ARGUMENT_CLOSING_BRACE }
        switch char {
        case "}":
            bump()
            return .argument(name)
        case ",":
            bump()
            bumpSpace()
            guard !isEOF else { throw ErrorKind.EXPECT_ARGUMENT_CLOSING_BRACE }
            return try parseArgumentOptions(nesting: nesting, expectingCloseTag: expectingCloseTag, name: name)
        default: throw ErrorKind.MALFORMED_ARGUMENT
        }
    }

    private mutating func parseArgumentOptions(nesting: Int, expectingCloseTag: Bool, name: String) throws -> Element {
        let type = identifier()
        switch type {
        case "": throw ErrorKind.EXPECT_ARGUMENT_TYPE
        case "number", "date", "time":
            bumpSpace()
            var style: String?
            if bumpIf(",") {
                bumpSpace()
                let text = try simpleArgStyle()
                let trimmed = String(String.UnicodeScalarView(text.unicodeScalars.reversed().drop { $0.properties.isPatternWhitespace }.reversed()))
                guard !trimmed.isEmpty else { throw ErrorKind.EXPECT_ARGUMENT_STYLE }
                style = trimmed
            }
            guard !isEOF, char == "}" else { throw ErrorKind.EXPECT_ARGUMENT_CLOSING_BRACE }
            bump()
            if let style, style.hasPrefix("::"), type != "number",
                style.dropFirst(2).drop(while: { $0.isWhitespace }).isEmpty
            {
                throw ErrorKind.EXPECT_DATE_TIME_SKELETON
            }
            return .formatted(name: name, type: type, style: style)
        case "plural", "selectordinal", "select":
            bumpSpace()
            guard bumpIf(",") else { throw ErrorKind.EXPECT_SELECT_ARGUMENT_OPTIONS }
            bumpSpace()
            var first = identifier()
            var offset = 0
            if type != "select" && first == "offset" {
                guard bumpIf(":") else { throw ErrorKind.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE }
                bumpSpace()
                offset = try decimalInteger(expect: .EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, invalid: .INVALID_PLURAL_ARGUMENT_OFFSET_VALUE)
                bumpSpace()
                first = identifier()
            }
            let argType: ArgType = type == "select" ? .select : (type == "plural" ? .plural : .selectordinal)
            let options = try pluralOrSelectOptions(nesting: nesting, parent: argType, expectingCloseTag: expectingCloseTag, first: first)
            guard !isEOF, char == "}" else { throw ErrorKind.EXPECT_ARGUMENT_CLOSING_BRACE }
            bump()
            return argType == .select
                ? .select(name: name, options: options)
                : .plural(name: name, ordinal: argType == .selectordinal, offset: offset, options: options)
        default:
            throw ErrorKind.INVALID_ARGUMENT_TYPE
        }
    }

    /// parseSimpleArgStyleIfPossible: up to the `}` closing the argument, quotes and nested braces skipped.
    private mutating func simpleArgStyle() throws -> String {
        var depth = 0
        let start = i
        while !isEOF {
            switch char {
            case "'":
                bump()
                guard let close = s[i...].firstIndex(of: "'") else {
                    i = s.count
                    throw ErrorKind.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE
                }
                i = close + 1
            case "{":
                depth += 1
                bump()
            case "}":
                if depth > 0 { depth -= 1 } else { return String(String.UnicodeScalarView(s[start..<i])) }
                bump()
            default: bump()
            }
        }
        return String(String.UnicodeScalarView(s[start..<i]))
    }

    private mutating func pluralOrSelectOptions(nesting: Int, parent: ArgType, expectingCloseTag: Bool, first: String) throws -> [Option] {
        var options: [Option] = []
        var seen = Set<String>()
        var selector = first
        var hasOther = false
        while true {
            if selector.isEmpty {
                let start = i
                guard parent != .select, bumpIf("=") else { break }
                _ = try decimalInteger(expect: .EXPECT_PLURAL_ARGUMENT_SELECTOR, invalid: .INVALID_PLURAL_ARGUMENT_SELECTOR)
                selector = String(String.UnicodeScalarView(s[start..<i]))
            }
            guard seen.insert(selector).inserted else {
                throw parent == .select ? ErrorKind.DUPLICATE_SELECT_ARGUMENT_SELECTOR : ErrorKind.DUPLICATE_PLURAL_ARGUMENT_SELECTOR
            }
            if selector == "other" { hasOther = true }
            bumpSpace()
            guard bumpIf("{") else {
                throw parent == .select ? ErrorKind.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT : ErrorKind.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT
            }
            let value = try parseMessage(nesting: nesting + 1, parent: parent, expectingCloseTag: expectingCloseTag)
            guard !isEOF, char == "}" else { throw ErrorKind.EXPECT_ARGUMENT_CLOSING_BRACE }
            bump()
            options.append(Option(selector: selector, value: value))
            bumpSpace()
            selector = identifier()
        }
        guard !options.isEmpty else {
            throw parent == .select ? ErrorKind.EXPECT_SELECT_ARGUMENT_SELECTOR : ErrorKind.EXPECT_PLURAL_ARGUMENT_SELECTOR
        }
        guard hasOther else { throw ErrorKind.MISSING_OTHER_CLAUSE }
        return options
    }

    private mutating func decimalInteger(expect: ErrorKind, invalid: ErrorKind) throws -> Int {
        var sign = 1
        if bumpIf("+") {} else if bumpIf("-") { sign = -1 }
        var digits = false
        var value = 0
        while !isEOF, ("0"..."9").contains(char) {
            digits = true
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow, next <= 0x1F_FFFF_FFFF_FFFF else { throw invalid }
            value = next + Int(char.value - 48)
            bump()
        }
        guard digits else { throw expect }
        guard value <= 0x1F_FFFF_FFFF_FFFF else { throw invalid }
        return sign * value
    }
}
