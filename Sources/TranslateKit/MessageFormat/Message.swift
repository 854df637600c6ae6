import Foundation

/// Where something sits in a message's source text, counted both in Unicode scalars and in UTF-16 code units.
public struct SourceRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Offsets in Unicode scalars from the start of the message (what columns count in this project).
    public var scalars: Range<Int>
    /// Offsets in UTF-16 code units (what ICU, JavaScript and NSString count).
    public var utf16: Range<Int>

    /// Creates a value from its parts.
    public init(scalars: Range<Int>, utf16: Range<Int>) {
        self.scalars = scalars
        self.utf16 = utf16
    }

    /// A short form for logs and test failures.
    public var description: String { "\(scalars.lowerBound)..<\(scalars.upperBound)" }
}

/// A parsed ICU message, or one branch of a plural, select or choice: a sequence of nodes.
public struct Message: Hashable, Sendable {
    /// The nodes in source order.
    public var nodes: [MessageNode]
    /// The source of the nodes (for a branch: the text between its braces).
    public var range: SourceRange

    /// Creates a value from its parts.
    public init(nodes: [MessageNode], range: SourceRange) {
        self.nodes = nodes
        self.range = range
    }
}

/// One piece of a message: literal text, `#`, or an argument.
public enum MessageNode: Hashable, Sendable {
    /// Literal text, apostrophe quoting already resolved.
    case text(MessageText)
    /// `#` inside a plural or selectordinal branch: the number, less the offset.
    case pound(SourceRange)
    /// `{name}` or `{name, type}` or `{name, type, style}` for a non-branching type.
    case argument(SimpleArgument)
    /// `{name, plural, …}` or `{name, selectordinal, …}`.
    case plural(PluralArgument)
    /// `{name, select, …}`.
    case select(SelectArgument)
    /// `{name, choice, …}` (legacy ChoiceFormat syntax, still accepted by ICU).
    case choice(ChoiceArgument)

    /// Where the node sits in the source.
    public var range: SourceRange {
        switch self {
        case .text(let t): return t.range
        case .pound(let r): return r
        case .argument(let a): return a.range
        case .plural(let p): return p.range
        case .select(let s): return s.range
        case .choice(let c): return c.range
        }
    }
}

/// Literal text as a reader sees it: `''` became `'`, `'{x}'` became `{x}`.
public struct MessageText: Hashable, Sendable {
    /// The text as it is displayed.
    public var value: String
    /// The source that produced it, quotes included.
    public var range: SourceRange
    /// For each scalar of `value`, its scalar offset in the source; nil when `value` is the source verbatim.
    public var sourceOffsets: [Int]?

    /// Creates a value from its parts.
    public init(value: String, range: SourceRange, sourceOffsets: [Int]? = nil) {
        self.value = value
        self.range = range
        self.sourceOffsets = sourceOffsets
    }

    /// The source scalar offset of the scalar at `valueOffset` in `value` (or of the end, for `value.count`).
    public func sourceOffset(ofValueOffset valueOffset: Int) -> Int {
        guard let sourceOffsets else { return range.scalars.lowerBound + valueOffset }
        return valueOffset < sourceOffsets.count ? sourceOffsets[valueOffset] : range.scalars.upperBound
    }
}

/// The type of an argument, as ICU understands the word after the first comma.
public enum ArgumentType: String, Hashable, Sendable, Codable, CaseIterable {
    /// `{name}`: the value is inserted as text.
    case plain
    case number, date, time, spellout, ordinal, duration
    case plural, selectordinal, select, choice

    /// Whether the argument expects a number (plural, number, …) rather than text or a date.
    public var isNumeric: Bool {
        switch self {
        case .number, .spellout, .ordinal, .duration, .plural, .selectordinal, .choice: return true
        case .plain, .date, .time, .select: return false
        }
    }
}

/// How the style part of a simple argument is written.
public enum ArgumentStyle: Hashable, Sendable {
    /// A predefined word: integer, currency, percent, short, medium, long, full (lower-cased).
    case keyword(String)
    /// `::skeleton` (the text after `::`).
    case skeleton(String)
    /// A DecimalFormat, SimpleDateFormat or rule-set text, verbatim.
    case pattern(String)
}

/// `{name}`, `{name, number}`, `{name, date, short}` and the like.
public struct SimpleArgument: Hashable, Sendable {
    /// The argument's name, or its number as written ("0").
    public var name: String
    /// Where the name is in the source.
    public var nameRange: SourceRange
    /// `.plain` when there is no type.
    public var type: ArgumentType
    /// The type word as written ("Number" is accepted too); nil for `.plain`.
    public var typeName: String?
    /// The raw style text after the second comma, if any.
    public var style: String?
    /// Where the style text is in the source.
    public var styleRange: SourceRange?
    /// `style` interpreted as ICU will (nil when there is no style or it is blank).
    public var styleKind: ArgumentStyle?
    /// From `{` to `}` inclusive.
    public var range: SourceRange
}

/// What picks a branch: a keyword (`one`, `other`, `male`) or an exact value (`=0`).
public enum MessageSelector: Hashable, Sendable, CustomStringConvertible {
    case keyword(String)
    /// `=N`: the value and the text after `=` as written.
    case exact(Double, String)

    /// A short form for logs and test failures.
    public var description: String {
        switch self {
        case .keyword(let k): return k
        case .exact(_, let text): return "=" + text
        }
    }
}

/// One branch of a plural or select argument.
public struct MessageCase: Hashable, Sendable {
    /// What picks this branch.
    public var selector: MessageSelector
    /// Where the selector is in the source.
    public var selectorRange: SourceRange
    /// The content of the branch.
    public var message: Message
}

/// `{n, plural, offset:1 =0 {…} one {…} other {…}}` or `{n, selectordinal, …}`.
public struct PluralArgument: Hashable, Sendable {
    /// The argument name or number as written.
    public var name: String
    /// Where the name is in the source.
    public var nameRange: SourceRange
    /// True for selectordinal (1st, 2nd, 3rd), false for cardinal plural.
    public var isOrdinal: Bool
    /// The `offset:` value, subtracted from the number for `#` and keyword selection.
    public var offset: Double?
    /// Where `offset:N` is in the source.
    public var offsetRange: SourceRange?
    /// The branches in source order.
    public var cases: [MessageCase]
    /// Where it is in the source, braces included.
    public var range: SourceRange

    /// `.selectordinal` or `.plural`.
    public var type: ArgumentType { isOrdinal ? .selectordinal : .plural }
}

/// `{gender, select, female {…} male {…} other {…}}`.
public struct SelectArgument: Hashable, Sendable {
    /// The argument name or number as written.
    public var name: String
    /// Where the name is in the source.
    public var nameRange: SourceRange
    /// The branches in source order.
    public var cases: [MessageCase]
    /// Where it is in the source, braces included.
    public var range: SourceRange
}

/// One branch of a choice argument: `1#one file` or `1<more files`.
public struct ChoiceCase: Hashable, Sendable {
    /// The limit as written ("1", "-∞").
    public var limitText: String
    /// The limit as a number.
    public var limit: Double
    /// `#`, `<` or `≤`.
    public var separator: Character
    /// Where the selector is in the source.
    public var selectorRange: SourceRange
    /// The content of the branch.
    public var message: Message
}

/// `{n, choice, 0#no files|1#one file|1<{n} files}`.
public struct ChoiceArgument: Hashable, Sendable {
    /// The argument name or number as written.
    public var name: String
    /// Where the name is in the source.
    public var nameRange: SourceRange
    /// The branches in source order.
    public var cases: [ChoiceCase]
    /// Where it is in the source, braces included.
    public var range: SourceRange
}

/// Why a message is not valid ICU MessageFormat (or, as a warning, why it will not work as meant).
public struct MessageParseError: Hashable, Sendable, Error, CustomStringConvertible {
    /// Offset in Unicode scalars from the start of the message.
    public var offset: Int
    /// The same offset in UTF-16 code units.
    public var utf16Offset: Int
    /// A sentence for translators: lower-case, no final period.
    public var message: String
    /// The ICU error this corresponds to (U_PATTERN_SYNTAX_ERROR, U_UNMATCHED_BRACES, …); nil for warnings.
    public var icuErrorName: String?

    /// Creates a value from its parts.
    public init(offset: Int, utf16Offset: Int, message: String, icuErrorName: String? = nil) {
        self.offset = offset
        self.utf16Offset = utf16Offset
        self.message = message
        self.icuErrorName = icuErrorName
    }

    /// A short form for logs and test failures.
    public var description: String { "\(offset): \(message)" }
}

/// The outcome of parsing: a message tree when ICU would accept the pattern, otherwise errors.
public struct MessageParseResult: Hashable, Sendable {
    /// The tree; nil when there are errors.
    public var message: Message?
    /// Why ICU would reject the pattern (ICU stops at the first error, so there is usually one).
    public var errors: [MessageParseError]
    /// Things ICU accepts but that will not behave as meant, e.g. `uno` as a plural case.
    public var warnings: [MessageParseError]
    /// Converts offsets in the pattern between scalars and UTF-16.
    public var offsets: TextOffsetMap

    /// True when ICU would accept the pattern.
    public var isValid: Bool { errors.isEmpty }
}
