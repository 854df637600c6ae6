import Foundation

/// Parses ICU MessageFormat patterns exactly as ICU4C's MessageFormat does (MessagePattern syntax,
/// apostrophe mode DOUBLE_OPTIONAL, plus the sub-format checks MessageFormat makes when it is built).
///
/// Held against `ICU.MessageFormat.validate` on every msgid/msgstr of the Django catalogs and on a seeded,
/// mutated corpus (see MessageFormatOracleTests). Known differences, all undecidable without ICU's data or
/// deliberate:
/// - number skeletons: unit names (`measure-unit/…`, `unit/…`) and numbering-system names are checked for
///   form only, and digit counts above ICU's limit of 999 are not rejected;
/// - date/time skeletons and patterns are accepted as ICU accepts them all (it never fails on them);
/// - more than 200 nested plural/select/choice levels are rejected here (ICU allows 32,767, but such depth
///   would exhaust a thread's stack);
/// - error offsets point at the most useful place (the unclosed `{`), not always where ICU points;
/// - ICU accepts `uno`, `один` or a repeated case as plural selectors (they never match); this parser accepts
///   them too and reports them as warnings.
public enum MessageFormatParser {
    /// Deepest nesting of plural/select/choice branches accepted.
    public static let maximumNesting = 200

    /// Parses `pattern` into a tree, or explains why ICU would reject it.
    public static func parse(_ pattern: String) -> MessageParseResult {
        // Most catalog strings have no '{' and no apostrophe: then ICU sees a single literal text.
        if !pattern.utf8.contains(where: { $0 == 0x7B || $0 == 0x27 }) {
            let scalarCount = pattern.unicodeScalars.count
            let utf16Count = pattern.utf16.count
            let map = TextOffsetMap(plainText: pattern, scalarCount: scalarCount, utf16Count: utf16Count)
            let range = SourceRange(scalars: 0..<scalarCount, utf16: 0..<utf16Count)
            let nodes: [MessageNode] = scalarCount == 0 ? [] : [.text(MessageText(value: pattern, range: range))]
            return MessageParseResult(message: Message(nodes: nodes, range: range), errors: [], warnings: [], offsets: map)
        }
        var parser = MessagePatternParser(pattern)
        do {
            let message = try parser.parseMessage(at: 0, openLength: 0, nesting: 0, parent: .none, openBrace: nil).message
            if !parser.deferred.isEmpty {
                return MessageParseResult(message: nil, errors: parser.deferred, warnings: parser.warnings, offsets: parser.map)
            }
            return MessageParseResult(message: message, errors: [], warnings: parser.warnings, offsets: parser.map)
        } catch let error as MessageParseError {
            return MessageParseResult(message: nil, errors: [error], warnings: [], offsets: parser.map)
        } catch {
            return MessageParseResult(message: nil, errors: [parser.error(at: 0, "\(error)", icu: nil)], warnings: [], offsets: parser.map)
        }
    }
}

/// What encloses a message fragment; it decides which characters are special.
enum MessagePatternParentKind {
    case none, plural, selectordinal, select, choice

    var hasPluralStyle: Bool { self == .plural || self == .selectordinal }
}

private let apostrophe: UInt32 = 0x27
private let openBrace: UInt32 = 0x7B
private let closeBrace: UInt32 = 0x7D
private let pound: UInt32 = 0x23
private let pipe: UInt32 = 0x7C
private let comma: UInt32 = 0x2C

struct MessagePatternParser {
    let scalars: [Unicode.Scalar]
    let map: TextOffsetMap
    /// Errors found by MessageFormat after MessagePattern succeeded (bad type, bad number pattern).
    var deferred: [MessageParseError] = []
    var warnings: [MessageParseError] = []

    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
        map = TextOffsetMap(scalars: scalars)
    }

    var count: Int { scalars.count }

    @inline(__always) func at(_ i: Int) -> UInt32 { scalars[i].value }

    func error(at offset: Int, _ text: String, icu: String?) -> MessageParseError {
        MessageParseError(offset: offset, utf16Offset: map.utf16Offset(ofScalar: offset), message: text, icuErrorName: icu)
    }

    func text(_ range: Range<Int>) -> String {
        MessagePatternParser.string(scalars, range)
    }

    /// Builds a String from scalars by writing UTF-8 directly (the generic scalar-view append is slow).
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var bytes = 0
        for k in range {
            let v = scalars[k].value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var i = 0
            for k in range {
                UTF8.encode(scalars[k]) {
                    buffer[i] = $0
                    i += 1
                }
            }
            return i
        }
    }

    /// "column 5" or "line 2, column 5" for a scalar offset, 1-based.
    func place(_ offset: Int) -> String {
        var line = 1
        var column = 1
        var i = 0
        while i < offset && i < count {
            if at(i) == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        return scalars.contains("\n") ? "line \(line), column \(column)" : "column \(column)"
    }

    /// A short quotation of what is at `offset`, for messages.
    func found(_ offset: Int) -> String {
        offset >= count ? "the end of the message" : "'\(Character(scalars[offset]))'"
    }

    func unmatched(_ brace: Int) -> MessageParseError {
        error(at: brace, "unmatched '{' opened at \(place(brace))", icu: "U_UNMATCHED_BRACES")
    }

    // MARK: Character classes (Unicode Pattern_White_Space and Pattern_Syntax, as ICU's PatternProps)

    @inline(__always) static func isWhiteSpace(_ c: UInt32) -> Bool {
        (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0x200E || c == 0x200F || c == 0x2028 || c == 0x2029
    }

    @inline(__always) static func isSyntaxOrWhiteSpace(_ c: UInt32) -> Bool {
        if c < 0x80 {
            return (c >= 0x09 && c <= 0x0D) || (c >= 0x20 && c <= 0x2F) || (c >= 0x3A && c <= 0x40)
                || (c >= 0x5B && c <= 0x5E) || c == 0x60 || (c >= 0x7B && c <= 0x7E)
        }
        if c == 0x85 || c == 0x200E || c == 0x200F || c == 0x2028 || c == 0x2029 { return true }
        return Unicode.Scalar(c)?.properties.isPatternSyntax ?? false
    }

    func skipWhiteSpace(_ i: Int) -> Int {
        var i = i
        while i < count && MessagePatternParser.isWhiteSpace(at(i)) { i += 1 }
        return i
    }

    func skipIdentifier(_ i: Int) -> Int {
        var i = i
        while i < count && !MessagePatternParser.isSyntaxOrWhiteSpace(at(i)) { i += 1 }
        return i
    }

    /// ICU's skipDouble: the characters a number may be made of.
    func skipDouble(_ i: Int) -> Int {
        var i = i
        while i < count {
            let c = at(i)
            if (c < 0x30 && c != 0x2B && c != 0x2D && c != 0x2E) || (c > 0x39 && c != 0x65 && c != 0x45 && c != 0x221E) { break }
            i += 1
        }
        return i
    }

    // MARK: Messages

    /// Parses literal text and arguments from `start + openLength` up to the closing `}` (or `|` in choice).
    /// Returns the message and the index after it (for choice: the index of the terminator).
    mutating func parseMessage(at start: Int, openLength: Int, nesting: Int, parent: MessagePatternParentKind, openBrace brace: Int?) throws
        -> (message: Message, end: Int)
    {
        if nesting > MessageFormatParser.maximumNesting {
            throw error(
                at: start, "plural, select and choice are nested more than \(MessageFormatParser.maximumNesting) deep", icu: "U_INDEX_OUTOFBOUNDS_ERROR")
        }
        var nodes: [MessageNode] = []
        // The pending literal text as runs of source offsets; a single run covering it means it is verbatim.
        var pieces: [Range<Int>] = []
        var textStart = -1
        let contentStart = start + openLength

        func add(_ run: Range<Int>) {
            if textStart < 0 { textStart = run.lowerBound }
            if let last = pieces.last, last.upperBound == run.lowerBound {
                pieces[pieces.count - 1] = last.lowerBound..<run.upperBound
            } else {
                pieces.append(run)
            }
        }
        func add(_ scalarIndex: Int) { add(scalarIndex..<(scalarIndex + 1)) }
        func flush(_ end: Int) {
            guard textStart >= 0 else { return }
            if pieces.count == 1 && pieces[0] == textStart..<end {
                nodes.append(.text(MessageText(value: text(textStart..<end), range: map.range(textStart..<end))))
            } else {
                let offsets = pieces.flatMap { $0 }
                let value = MessagePatternParser.string(offsets.map { scalars[$0] }, 0..<offsets.count)
                nodes.append(.text(MessageText(value: value, range: map.range(textStart..<end), sourceOffsets: offsets)))
            }
            pieces.removeAll(keepingCapacity: true)
            textStart = -1
        }

        var i = contentStart
        while i < count {
            let c = at(i)
            i += 1
            if c == apostrophe {
                if i == count {
                    add(i - 1)  // a final lone apostrophe is literal
                } else {
                    let d = at(i)
                    if d == apostrophe {
                        add(i - 1)  // '' is one apostrophe
                        i += 1
                    } else if d == openBrace || d == closeBrace || (parent == .choice && d == pipe) || (parent.hasPluralStyle && d == pound) {
                        // Quoted literal text up to the next lone apostrophe, or to the end.
                        if textStart < 0 { textStart = i - 1 }
                        add(i)
                        var j = i + 1
                        while true {
                            let runStart = j
                            while j < count && at(j) != apostrophe { j += 1 }
                            if j > runStart { add(runStart..<j) }
                            if j >= count {
                                i = count
                                break
                            }
                            if j + 1 < count && at(j + 1) == apostrophe {
                                add(j)
                                j += 2
                            } else {
                                i = j + 1
                                break
                            }
                        }
                    } else {
                        add(i - 1)  // a lone apostrophe before anything else is literal
                    }
                }
            } else if parent.hasPluralStyle && c == pound {
                flush(i - 1)
                nodes.append(.pound(map.range(i - 1..<i)))
            } else if c == openBrace {
                flush(i - 1)
                let (node, end) = try parseArgument(at: i - 1, nesting: nesting)
                nodes.append(node)
                i = end
            } else if nesting > 0 && (c == closeBrace || (parent == .choice && c == pipe)) {
                flush(i - 1)
                let message = Message(nodes: nodes, range: map.range(contentStart..<(i - 1)))
                return (message, parent == .choice ? i - 1 : i)
            } else {
                // Ordinary text: take the whole run up to the next character that may be special.
                var j = i
                while j < count, case let d = at(j), d != apostrophe && d != openBrace && d != closeBrace && d != pound && d != pipe { j += 1 }
                add((i - 1)..<j)
                i = j
            }
        }
        if nesting > 0 {
            throw unmatched(brace ?? start)
        }
        flush(count)
        return (Message(nodes: nodes, range: map.range(contentStart..<count)), count)
    }

    // MARK: Arguments

    enum NameKind { case number(Int), name, invalid(String) }

    /// ICU's parseArgNumber: all ASCII digits without a leading zero is a number, anything else a name.
    func classifyName(_ range: Range<Int>) -> NameKind {
        if range.isEmpty { return .invalid("") }
        var number = 0
        var bad = false
        let first = at(range.lowerBound)
        if first == 0x30 {
            if range.count == 1 { return .number(0) }
            bad = true
        } else if first >= 0x31 && first <= 0x39 {
            number = Int(first - 0x30)
        } else {
            return .name
        }
        for k in range.dropFirst() {
            let c = at(k)
            guard c >= 0x30 && c <= 0x39 else { return .name }
            if number >= Int(Int32.max) / 10 { bad = true } else { number = number * 10 + Int(c - 0x30) }
        }
        return bad ? .invalid(text(range)) : .number(number)
    }

    mutating func parseArgument(at brace: Int, nesting: Int) throws -> (MessageNode, Int) {
        var i = skipWhiteSpace(brace + 1)
        if i == count { throw unmatched(brace) }
        let nameStart = i
        i = skipIdentifier(i)
        let nameRange = nameStart..<i
        switch classifyName(nameRange) {
        case .invalid(let text):
            if text.isEmpty {
                if at(nameStart) == closeBrace {
                    throw error(at: brace, "empty braces '{}': put an argument name between them, or quote them as '{}'", icu: "U_PATTERN_SYNTAX_ERROR")
                }
                throw error(at: nameStart, "argument name expected after '{' but found \(found(nameStart))", icu: "U_PATTERN_SYNTAX_ERROR")
            }
            throw error(at: nameStart, "'\(text)' is not a valid argument number: numbers must not start with 0", icu: "U_PATTERN_SYNTAX_ERROR")
        case .number(let n):
            if n > 0x7FFF {
                throw error(at: nameStart, "argument number \(text(nameRange)) is too large: the largest is 32767", icu: "U_INDEX_OUTOFBOUNDS_ERROR")
            }
        case .name:
            if map.utf16Offset(ofScalar: nameRange.upperBound) - map.utf16Offset(ofScalar: nameRange.lowerBound) > 0xFFFF {
                throw error(at: nameStart, "argument name is too long", icu: "U_INDEX_OUTOFBOUNDS_ERROR")
            }
        }
        let name = text(nameRange)
        i = skipWhiteSpace(i)
        if i == count { throw unmatched(brace) }
        var c = at(i)
        if c == closeBrace {
            let arg = SimpleArgument(
                name: name, nameRange: map.range(nameRange), type: .plain, typeName: nil, style: nil,
                styleRange: nil, styleKind: nil, range: map.range(brace..<(i + 1)))
            return (.argument(arg), i + 1)
        }
        if c != comma {
            throw error(at: i, "unexpected \(found(i)) after argument name '\(name)': expected ',' or '}'", icu: "U_PATTERN_SYNTAX_ERROR")
        }
        let typeStart = skipWhiteSpace(i + 1)
        i = typeStart
        while i < count, case let t = at(i), (t >= 0x41 && t <= 0x5A) || (t >= 0x61 && t <= 0x7A) { i += 1 }
        let typeRange = typeStart..<i
        i = skipWhiteSpace(i)
        if i == count { throw unmatched(brace) }
        c = at(i)
        if typeRange.isEmpty {
            throw error(
                at: typeStart,
                "argument type expected after '{\(name),' but found \(found(typeStart)); use number, date, time, plural, select or selectordinal",
                icu: "U_PATTERN_SYNTAX_ERROR")
        }
        let typeName = text(typeRange)
        if c != comma && c != closeBrace {
            throw error(at: i, "unexpected \(found(i)) after argument type '\(typeName)': expected ',' or '}'", icu: "U_PATTERN_SYNTAX_ERROR")
        }
        let lower = typeName.lowercased()
        let complex: MessagePatternParentKind
        switch lower {
        case "choice": complex = .choice
        case "plural": complex = .plural
        case "select": complex = .select
        case "selectordinal": complex = .selectordinal
        default: complex = .none
        }
        if c == closeBrace {
            if complex != .none {
                throw error(
                    at: brace, "'\(typeName)' needs cases, e.g. {\(name), \(lower), \(lower == "select" ? "male {…} " : "one {…} ")other {…}}",
                    icu: "U_PATTERN_SYNTAX_ERROR")
            }
            let type = checkSimpleType(typeName, at: typeStart)
            let arg = SimpleArgument(
                name: name, nameRange: map.range(nameRange), type: type, typeName: typeName, style: nil,
                styleRange: nil, styleKind: nil, range: map.range(brace..<(i + 1)))
            return (.argument(arg), i + 1)
        }
        // c == ','
        switch complex {
        case .none:
            let styleStart = i + 1
            let styleEnd = try parseSimpleStyle(at: styleStart, brace: brace)
            let type = checkSimpleType(typeName, at: typeStart)
            let style = text(styleStart..<styleEnd)
            let kind = checkStyle(style, type: type, at: styleStart)
            let arg = SimpleArgument(
                name: name, nameRange: map.range(nameRange), type: type, typeName: typeName, style: style,
                styleRange: map.range(styleStart..<styleEnd), styleKind: kind, range: map.range(brace..<(styleEnd + 1)))
            return (.argument(arg), styleEnd + 1)
        case .choice:
            let (cases, end) = try parseChoiceStyle(at: i + 1, brace: brace, nesting: nesting)
            let arg = ChoiceArgument(name: name, nameRange: map.range(nameRange), cases: cases, range: map.range(brace..<(end + 1)))
            return (.choice(arg), end + 1)
        case .plural, .selectordinal, .select:
            let (cases, offset, end) = try parsePluralOrSelectStyle(complex, at: i + 1, brace: brace, nesting: nesting)
            let range = map.range(brace..<(end + 1))
            if complex == .select {
                return (.select(SelectArgument(name: name, nameRange: map.range(nameRange), cases: cases, range: range)), end + 1)
            }
            let plural = PluralArgument(
                name: name, nameRange: map.range(nameRange), isOrdinal: complex == .selectordinal,
                offset: offset?.value, offsetRange: offset.map { map.range($0.range) }, cases: cases, range: range)
            return (.plural(plural), end + 1)
        }
    }

    /// ICU's parseSimpleStyle: everything up to the matching `}`, apostrophes quoting. Returns the index of `}`.
    func parseSimpleStyle(at start: Int, brace: Int) throws -> Int {
        var nested = 0
        var i = start
        while i < count {
            let c = at(i)
            i += 1
            if c == apostrophe {
                var j = i
                while j < count && at(j) != apostrophe { j += 1 }
                if j >= count {
                    throw error(
                        at: i - 1, "the quote opened at \(place(i - 1)) in the style of argument at \(place(brace)) is never closed",
                        icu: "U_PATTERN_SYNTAX_ERROR")
                }
                i = j + 1
            } else if c == openBrace {
                nested += 1
            } else if c == closeBrace {
                if nested > 0 {
                    nested -= 1
                } else {
                    let end = i - 1
                    if map.utf16Offset(ofScalar: end) - map.utf16Offset(ofScalar: start) > 0xFFFF {
                        throw error(at: start, "argument style is too long", icu: "U_INDEX_OUTOFBOUNDS_ERROR")
                    }
                    return end
                }
            }
        }
        throw unmatched(brace)
    }

    /// MessageFormat's createAppropriateFormat: only six simple types exist. Unknown ones are reported after parsing.
    mutating func checkSimpleType(_ typeName: String, at offset: Int) -> ArgumentType {
        switch typeName.lowercased() {
        case "number": return .number
        case "date": return .date
        case "time": return .time
        case "spellout": return .spellout
        case "ordinal": return .ordinal
        case "duration": return .duration
        default:
            deferred.append(
                error(
                    at: offset, "'\(typeName)' is not an argument type; use number, date, time, spellout, ordinal, duration, plural, select or selectordinal",
                    icu: "U_ILLEGAL_ARGUMENT_ERROR"))
            return .plain
        }
    }

    /// Interprets and checks a style the way MessageFormat does when it builds the sub-format.
    mutating func checkStyle(_ style: String, type: ArgumentType, at offset: Int) -> ArgumentStyle? {
        let trimmedScalars = Array(style.unicodeScalars).trimmingPatternWhiteSpace()
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: trimmedScalars)
        let keyword = String(trimmed).lowercased()
        if keyword.isEmpty { return nil }
        let leading = Array(style.unicodeScalars).drop(while: { MessagePatternParser.isWhiteSpace($0.value) })
        let isSkeleton = leading.count >= 2 && leading.first == ":" && leading.dropFirst().first == ":"
        switch type {
        case .number:
            if ["currency", "percent", "integer"].contains(keyword) { return .keyword(keyword) }
            if isSkeleton {
                var skeleton = String.UnicodeScalarView()
                skeleton.append(contentsOf: leading.dropFirst(2))
                if let problem = NumberSkeletonChecker.problem(in: String(skeleton)) {
                    deferred.append(error(at: offset, "'\(style)' is not a valid number skeleton: \(problem)", icu: "U_NUMBER_SKELETON_SYNTAX_ERROR"))
                }
                return .skeleton(String(skeleton))
            }
            if let problem = NumberPatternChecker.problem(in: Array(style.unicodeScalars)) {
                deferred.append(error(at: offset, "'\(style)' is not a valid number pattern: \(problem)", icu: "U_PATTERN_SYNTAX_ERROR"))
            }
            return .pattern(style)
        case .date, .time:
            if isSkeleton {
                var skeleton = String.UnicodeScalarView()
                skeleton.append(contentsOf: leading.dropFirst(2))
                return .skeleton(String(skeleton))
            }
            if ["short", "medium", "long", "full"].contains(keyword) { return .keyword(keyword) }
            return .pattern(style)
        default:
            return .pattern(style)
        }
    }

    // MARK: Plural and select

    mutating func parsePluralOrSelectStyle(_ kind: MessagePatternParentKind, at start: Int, brace: Int, nesting: Int) throws
        -> (cases: [MessageCase], offset: (value: Double, range: Range<Int>)?, end: Int)
    {
        var cases: [MessageCase] = []
        // Selectors seen so far, so a repeated one is found without rescanning every case (100,000 branches).
        var seenSelectors = Set<MessageSelector>()
        var offset: (value: Double, range: Range<Int>)?
        var isEmpty = true
        var hasOther = false
        let typeWord = kind == .plural ? "plural" : kind == .selectordinal ? "selectordinal" : "select"
        var i = start
        while true {
            i = skipWhiteSpace(i)
            if i == count { throw unmatched(brace) }
            if at(i) == closeBrace {
                if !hasOther {
                    throw error(at: brace, "\(typeWord) needs an 'other' case", icu: "U_DEFAULT_KEYWORD_MISSING")
                }
                return (cases, offset, i)
            }
            let selectorStart = i
            let selector: MessageSelector
            if kind.hasPluralStyle && at(i) == 0x3D {  // '='
                i = skipDouble(i + 1)
                if i == selectorStart + 1 {
                    throw error(at: selectorStart, "'=' must be followed by a number, e.g. =0 or =1", icu: "U_PATTERN_SYNTAX_ERROR")
                }
                let numberText = text((selectorStart + 1)..<i)
                guard let value = parseDouble(selectorStart + 1..<i) else {
                    throw error(at: selectorStart, "'=\(numberText)' is not a number", icu: "U_PATTERN_SYNTAX_ERROR")
                }
                selector = .exact(value, numberText)
            } else {
                i = skipIdentifier(i)
                if i == selectorStart {
                    let hint = kind == .select ? "a word such as female, male or other" : "zero, one, two, few, many, other or =N"
                    throw error(at: selectorStart, "a case name is expected here, not \(found(selectorStart)); use \(hint)", icu: "U_PATTERN_SYNTAX_ERROR")
                }
                let word = text(selectorStart..<i)
                if kind.hasPluralStyle && word == "offset" && i < count && at(i) == 0x3A {
                    if !isEmpty {
                        throw error(at: selectorStart, "'offset:' must come before the first case", icu: "U_PATTERN_SYNTAX_ERROR")
                    }
                    let valueStart = skipWhiteSpace(i + 1)
                    i = skipDouble(valueStart)
                    if i == valueStart {
                        throw error(at: selectorStart, "'offset:' needs a number, e.g. offset:1", icu: "U_PATTERN_SYNTAX_ERROR")
                    }
                    guard let value = parseDouble(valueStart..<i) else {
                        throw error(at: valueStart, "'\(text(valueStart..<i))' is not a number", icu: "U_PATTERN_SYNTAX_ERROR")
                    }
                    offset = (value, selectorStart..<i)
                    isEmpty = false
                    continue
                }
                if map.utf16Offset(ofScalar: i) - map.utf16Offset(ofScalar: selectorStart) > 0xFFFF {
                    throw error(at: selectorStart, "case name is too long", icu: "U_INDEX_OUTOFBOUNDS_ERROR")
                }
                if word == "other" { hasOther = true }
                selector = .keyword(word)
                if kind.hasPluralStyle && !MessagePatternParser.pluralCategories.contains(word) {
                    warnings.append(error(at: selectorStart, "'\(word)' is not a plural category; use zero, one, two, few, many, other or =N", icu: nil))
                }
            }
            let selectorEnd = i
            i = skipWhiteSpace(i)
            if i == count || at(i) != openBrace {
                throw error(at: i, "'{' expected after selector '\(text(selectorStart..<selectorEnd))' but found \(found(i))", icu: "U_PATTERN_SYNTAX_ERROR")
            }
            if !seenSelectors.insert(selector).inserted {
                warnings.append(error(at: selectorStart, "case '\(selector)' appears twice; only the first is used", icu: nil))
            }
            let (message, end) = try parseMessage(at: i, openLength: 1, nesting: nesting + 1, parent: kind, openBrace: i)
            cases.append(MessageCase(selector: selector, selectorRange: map.range(selectorStart..<selectorEnd), message: message))
            i = end
            isEmpty = false
        }
    }

    static let pluralCategories: Set<String> = ["zero", "one", "two", "few", "many", "other"]

    /// ICU's parseDouble without infinity: a small integer, or what C's strtod reads in full (under 128 characters).
    func parseDouble(_ range: Range<Int>, allowInfinity: Bool = false) -> Double? {
        var chars = Array(scalars[range])
        var negative = false
        if allowInfinity, let last = chars.last, last.value == 0x221E {
            let sign = chars.dropLast()
            if sign.isEmpty { return .infinity }
            if sign.count == 1 && sign.first == "-" { return -.infinity }
            if sign.count == 1 && sign.first == "+" { return .infinity }
        }
        if chars.count >= 128 || chars.contains(where: { $0.value == 0x221E }) { return nil }
        if chars.first == "-" || chars.first == "+" {
            negative = chars.first == "-"
            chars.removeFirst()
        }
        // strtod grammar restricted to the characters skipDouble lets through.
        var k = 0
        var mantissaDigits = 0
        while k < chars.count, chars[k] >= "0", chars[k] <= "9" {
            k += 1
            mantissaDigits += 1
        }
        if k < chars.count && chars[k] == "." {
            k += 1
            while k < chars.count, chars[k] >= "0", chars[k] <= "9" {
                k += 1
                mantissaDigits += 1
            }
        }
        if mantissaDigits == 0 { return nil }
        if k < chars.count && (chars[k] == "e" || chars[k] == "E") {
            var e = k + 1
            if e < chars.count && (chars[e] == "+" || chars[e] == "-") { e += 1 }
            var expDigits = 0
            while e < chars.count, chars[e] >= "0", chars[e] <= "9" {
                e += 1
                expDigits += 1
            }
            if expDigits > 0 { k = e }
        }
        if k != chars.count { return nil }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: chars)
        guard let v = Double(String(s)) else { return nil }
        return negative ? -v : v
    }

    // MARK: Choice

    mutating func parseChoiceStyle(at start: Int, brace: Int, nesting: Int) throws -> (cases: [ChoiceCase], end: Int) {
        var i = skipWhiteSpace(start)
        if i == count { throw unmatched(brace) }
        if at(i) == closeBrace {
            throw error(at: i, "choice needs cases, e.g. {n, choice, 0#none|1#one|1<many}", icu: "U_PATTERN_SYNTAX_ERROR")
        }
        var cases: [ChoiceCase] = []
        while true {
            let numberStart = i
            i = skipDouble(i)
            if i == numberStart {
                throw error(at: numberStart, "a number is expected in choice, not \(found(numberStart))", icu: "U_PATTERN_SYNTAX_ERROR")
            }
            let numberText = text(numberStart..<i)
            guard let limit = parseDouble(numberStart..<i, allowInfinity: true) else {
                throw error(at: numberStart, "'\(numberText)' is not a number", icu: "U_PATTERN_SYNTAX_ERROR")
            }
            i = skipWhiteSpace(i)
            if i == count { throw unmatched(brace) }
            let c = at(i)
            guard c == pound || c == 0x3C || c == 0x2264 else {
                throw error(at: i, "'#', '<' or '≤' expected after \(numberText) in choice but found \(found(i))", icu: "U_PATTERN_SYNTAX_ERROR")
            }
            let selectorRange = numberStart..<(i + 1)
            let (message, end) = try parseMessage(at: i + 1, openLength: 0, nesting: nesting + 1, parent: .choice, openBrace: brace)
            cases.append(
                ChoiceCase(
                    limitText: numberText, limit: limit, separator: Character(scalars[i]),
                    selectorRange: map.range(selectorRange), message: message))
            // parseMessage(choice) stops on the terminator (it cannot reach the end: that throws).
            if at(end) == closeBrace { return (cases, end) }
            i = skipWhiteSpace(end + 1)
        }
    }
}

extension Array where Element == Unicode.Scalar {
    fileprivate func trimmingPatternWhiteSpace() -> ArraySlice<Unicode.Scalar> {
        var lower = startIndex
        var upper = endIndex
        while lower < upper && MessagePatternParser.isWhiteSpace(self[lower].value) { lower += 1 }
        while upper > lower && MessagePatternParser.isWhiteSpace(self[upper - 1].value) { upper -= 1 }
        return self[lower..<upper]
    }
}
