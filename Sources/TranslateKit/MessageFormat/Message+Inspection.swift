import Foundation

/// One use of an argument somewhere in a message, nested ones included.
public struct ArgumentReference: Hashable, Sendable {
    /// The name or number as written (`count`, `0`).
    public var name: String
    /// The argument type.
    public var type: ArgumentType
    /// The style text of a simple argument (`integer`, `::percent`, `yyyy-MM-dd`), nil otherwise.
    public var style: String?
    /// The whole argument, braces included.
    public var range: SourceRange
    /// Where the name is in the source.
    public var nameRange: SourceRange
    /// How many plural/select/choice branches enclose it (0 at top level).
    public var depth: Int
}

/// A plural, selectordinal, select or choice argument with its selectors, nested ones included.
public struct BranchingArgument: Hashable, Sendable {
    /// A selector as written (`one`, `=0`, `female`, or `1<` for choice) and where it is.
    public struct Selector: Hashable, Sendable {
        /// The selector as written.
        public var text: String
        /// Where the selector is in the source.
        public var range: SourceRange
    }

    /// The argument name or number as written.
    public var name: String
    /// The argument type.
    public var type: ArgumentType
    /// The selectors in source order.
    public var selectors: [Selector]
    /// The `offset:` value of a plural, if any.
    public var offset: Double?
    /// Where it is in the source, braces included.
    public var range: SourceRange
    /// Where the name is in the source.
    public var nameRange: SourceRange
    /// How many plural/select/choice branches enclose it (0 at top level).
    public var depth: Int

    /// The selectors' texts, in source order.
    public var selectorTexts: [String] { selectors.map(\.text) }
}

/// A numbered or named placeholder tag in literal text: `<x1>`, `</x1>`, `<b>` (react-intl rich text), or a
/// legacy `<1>`, `<0/>`.
public struct MarkupTag: Hashable, Sendable {
    /// Whether a tag opens, closes or stands alone.
    public enum Kind: String, Hashable, Sendable, Codable { case open, close, selfClosing }

    /// Opening, closing or self-closing.
    public var kind: Kind
    /// `x1` in `<x1>`, `b` in `<b>`, `1` in a legacy `<1>`.
    public var name: String
    /// The tag in the source, `<` to `>` inclusive.
    public var range: SourceRange

    /// True for translate's numbered tags such as `<x1>` and `</x12>`.
    public var isNumbered: Bool { number != nil }

    /// `1` for `x1`: the placeholder number of one of translate's tags, nil for any other name.
    public var number: Int? { Self.number(inName: name) }

    /// The tag name for placeholder `number`: `x1`. FormatJS reads a tag only when its name starts with an
    /// ASCII letter (`<1>` is literal text there), so numbers alone cannot name tags.
    public static func name(forNumber number: Int) -> String { "x\(number)" }

    /// `1` for `x1`, nil for names that are not `x` and digits.
    public static func number(inName name: String) -> Int? {
        guard name.hasPrefix("x"), name.count > 1, name.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(name.dropFirst())
    }

    /// The tag starting at `start` in raw text (`<name>`, `</name>`, `<name/>` or `<name />`): its kind, name
    /// and the offset after its `>`. Names are digits, or an ASCII letter then ASCII letters, digits, `_` or `-`.
    public static func lex(_ s: [Unicode.Scalar], at start: Int) -> (kind: Kind, name: String, end: Int)? {
        guard start < s.count, s[start] == "<" else { return nil }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
        func isLetter(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        var j = start + 1
        var kind = Kind.open
        if j < s.count, s[j] == "/" {
            kind = .close
            j += 1
        }
        let nameStart = j
        guard j < s.count, isLetter(s[j]) || isDigit(s[j]) else { return nil }
        let numeric = isDigit(s[j])
        while j < s.count, numeric ? isDigit(s[j]) : (isLetter(s[j]) || isDigit(s[j]) || s[j] == "_" || s[j] == "-") { j += 1 }
        let name = String(String.UnicodeScalarView(s[nameStart..<j]))
        if kind == .open {
            var k = j
            if k < s.count, s[k] == " " { k += 1 }
            if k + 1 < s.count, s[k] == "/", s[k + 1] == ">" { return (.selfClosing, name, k + 2) }
        }
        guard j < s.count, s[j] == ">" else { return nil }
        return (kind, name, j + 1)
    }
}

extension Message {
    /// Calls `visit` on every node, depth first in source order, with the number of branches enclosing it.
    public func forEachNode(_ visit: (MessageNode, Int) -> Void) {
        walk(depth: 0, visit)
    }

    private func walk(depth: Int, _ visit: (MessageNode, Int) -> Void) {
        for node in nodes {
            visit(node, depth)
            switch node {
            case .plural(let p): for c in p.cases { c.message.walk(depth: depth + 1, visit) }
            case .select(let s): for c in s.cases { c.message.walk(depth: depth + 1, visit) }
            case .choice(let c): for k in c.cases { k.message.walk(depth: depth + 1, visit) }
            case .text, .pound, .argument: break
            }
        }
    }

    /// Every argument, nested ones included, in source order (`#` is not an argument).
    public var arguments: [ArgumentReference] {
        var result: [ArgumentReference] = []
        forEachNode { node, depth in
            switch node {
            case .argument(let a):
                result.append(ArgumentReference(name: a.name, type: a.type, style: a.style, range: a.range, nameRange: a.nameRange, depth: depth))
            case .plural(let p):
                result.append(ArgumentReference(name: p.name, type: p.type, style: nil, range: p.range, nameRange: p.nameRange, depth: depth))
            case .select(let s):
                result.append(ArgumentReference(name: s.name, type: .select, style: nil, range: s.range, nameRange: s.nameRange, depth: depth))
            case .choice(let c):
                result.append(ArgumentReference(name: c.name, type: .choice, style: nil, range: c.range, nameRange: c.nameRange, depth: depth))
            case .text, .pound: break
            }
        }
        return result
    }

    /// Each argument name with every type it is used with (a name used twice may have two types).
    public var argumentTypes: [String: Set<ArgumentType>] {
        var result: [String: Set<ArgumentType>] = [:]
        for a in arguments { result[a.name, default: []].insert(a.type) }
        return result
    }

    /// Plural, selectordinal, select and choice arguments with their selectors, nested ones included.
    public var branchingArguments: [BranchingArgument] {
        var result: [BranchingArgument] = []
        forEachNode { node, depth in
            switch node {
            case .plural(let p):
                result.append(
                    BranchingArgument(
                        name: p.name, type: p.type,
                        selectors: p.cases.map { .init(text: $0.selector.description, range: $0.selectorRange) },
                        offset: p.offset, range: p.range, nameRange: p.nameRange, depth: depth))
            case .select(let s):
                result.append(
                    BranchingArgument(
                        name: s.name, type: .select,
                        selectors: s.cases.map { .init(text: $0.selector.description, range: $0.selectorRange) },
                        offset: nil, range: s.range, nameRange: s.nameRange, depth: depth))
            case .choice(let c):
                result.append(
                    BranchingArgument(
                        name: c.name, type: .choice,
                        selectors: c.cases.map { .init(text: $0.limitText + String($0.separator), range: $0.selectorRange) },
                        offset: nil, range: c.range, nameRange: c.nameRange, depth: depth))
            case .text, .pound, .argument: break
            }
        }
        return result
    }

    /// Placeholder tags (`<x1>`, `</x1>`, `<b>`, legacy `<0/>`) in literal text, in source order.
    /// Tags are found in the text as displayed (quotes resolved). Names are digits, or a letter then letters, digits, `_` or `-`.
    public var markupTags: [MarkupTag] {
        var result: [MarkupTag] = []
        forEachNode { node, _ in
            if case .text(let text) = node { result.append(contentsOf: MarkupTag.scan(text)) }
        }
        return result
    }

    /// All literal text joined, as a reader sees it (arguments and `#` left out).
    public var literalText: String {
        var result = ""
        forEachNode { node, _ in if case .text(let t) = node { result += t.value } }
        return result
    }
}

extension MarkupTag {
    static func scan(_ text: MessageText) -> [MarkupTag] {
        let chars = Array(text.value.unicodeScalars)
        guard chars.contains("<") else { return [] }
        var result: [MarkupTag] = []
        var i = 0
        while i < chars.count {
            guard chars[i] == "<", let (kind, name, end) = lex(chars, at: i) else {
                i += 1
                continue
            }
            result.append(MarkupTag(kind: kind, name: name, range: text.sourceRange(ofValue: i..<end, valueScalars: chars)))
            i = end
        }
        return result
    }
}

extension MessageText {
    /// The source range of `value` scalars `range` (quotes inside it included).
    func sourceRange(ofValue range: Range<Int>, valueScalars: [Unicode.Scalar]) -> SourceRange {
        let lower = sourceOffset(ofValueOffset: range.lowerBound)
        let upper = range.isEmpty ? lower : sourceOffset(ofValueOffset: range.upperBound - 1) + 1
        // Source scalars missing from the value are apostrophes (one UTF-16 unit each), so only the
        // supplementary scalars of the value before an offset make UTF-16 and scalar counts differ.
        func utf16(_ source: Int) -> Int {
            var extra = 0
            for (k, scalar) in valueScalars.enumerated() where scalar.value > 0xFFFF && sourceOffset(ofValueOffset: k) < source { extra += 1 }
            return self.range.utf16.lowerBound + (source - self.range.scalars.lowerBound) + extra
        }
        return SourceRange(scalars: lower..<upper, utf16: utf16(lower)..<utf16(upper))
    }
}
