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

/// A numbered or named placeholder tag in literal text: `<1>`, `</1>`, `<0/>` (react-intl rich text).
public struct MarkupTag: Hashable, Sendable {
    /// Whether a tag opens, closes or stands alone.
    public enum Kind: String, Hashable, Sendable, Codable { case open, close, selfClosing }

    /// Opening, closing or self-closing.
    public var kind: Kind
    /// `1` in `<1>`, `b` in `<b>`.
    public var name: String
    /// The tag in the source, `<` to `>` inclusive.
    public var range: SourceRange

    /// True for react-intl style numbered tags such as `<0>` and `</12>`.
    public var isNumbered: Bool { name.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } }
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
                result.append(BranchingArgument(name: p.name, type: p.type,
                                                selectors: p.cases.map { .init(text: $0.selector.description, range: $0.selectorRange) },
                                                offset: p.offset, range: p.range, nameRange: p.nameRange, depth: depth))
            case .select(let s):
                result.append(BranchingArgument(name: s.name, type: .select,
                                                selectors: s.cases.map { .init(text: $0.selector.description, range: $0.selectorRange) },
                                                offset: nil, range: s.range, nameRange: s.nameRange, depth: depth))
            case .choice(let c):
                result.append(BranchingArgument(name: c.name, type: .choice,
                                                selectors: c.cases.map { .init(text: $0.limitText + String($0.separator), range: $0.selectorRange) },
                                                offset: nil, range: c.range, nameRange: c.nameRange, depth: depth))
            case .text, .pound, .argument: break
            }
        }
        return result
    }

    /// Placeholder tags (`<1>`, `</1>`, `<0/>`, `<b>`) in literal text, in source order.
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
        func isNameStart(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || (c >= "0" && c <= "9")) }
        func isNameChar(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || c == "_" || c == "-" }
        var i = 0
        while i < chars.count {
            guard chars[i] == "<" else { i += 1; continue }
            let start = i
            var j = i + 1
            var kind = Kind.open
            if j < chars.count && chars[j] == "/" { kind = .close; j += 1 }
            let nameStart = j
            guard j < chars.count, isNameStart(chars[j]) else { i += 1; continue }
            let numeric = chars[j] >= "0" && chars[j] <= "9"
            while j < chars.count, numeric ? (chars[j] >= "0" && chars[j] <= "9") : isNameChar(chars[j]) { j += 1 }
            let nameEnd = j
            if kind == .open {
                var k = j
                if k < chars.count && chars[k] == " " { k += 1 }
                if k + 1 < chars.count && chars[k] == "/" && chars[k + 1] == ">" { kind = .selfClosing; j = k + 1 }
            }
            guard j < chars.count, chars[j] == ">" else { i += 1; continue }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: chars[nameStart..<nameEnd])
            result.append(MarkupTag(kind: kind, name: String(name), range: text.sourceRange(ofValue: start..<(j + 1), valueScalars: chars)))
            i = j + 1
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
