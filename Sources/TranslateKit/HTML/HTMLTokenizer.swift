/// A token with where it starts in the source text.
public struct PositionedToken: Equatable, Sendable {
    public var token: HTMLToken
    /// 0-based offset of the token's first scalar in the original text (CR LF counts as two scalars).
    public var offset: Int
    /// 1-based line and column (in scalars) of the token's first scalar.
    public var position: TextPosition

    public init(token: HTMLToken, offset: Int, position: TextPosition) {
        self.token = token
        self.offset = offset
        self.position = position
    }
}

/// A parse error the tokenizer noticed; tokenizing goes on after it as the spec says.
public struct HTMLParseError: Equatable, Sendable {
    /// The WHATWG error code, e.g. `eof-in-tag`.
    public var code: String
    /// 0-based offset in the original text of the character that caused it.
    public var offset: Int
    public var position: TextPosition

    public init(code: String, offset: Int, position: TextPosition) {
        self.code = code
        self.offset = offset
        self.position = position
    }
}

/// The WHATWG HTML tokenizer (HTML Living Standard §13.2.5) over a whole text.
///
/// Used standalone (the default), it switches to RCDATA, RAWTEXT, script data or PLAINTEXT after the start tags
/// that make a tree builder do so, and treats `<svg>`/`<math>` content as foreign (no switch, CDATA allowed), so
/// extraction sees what a browser would without building a tree. A tree builder sets `followsContentModel` to
/// false and calls `switchTo(_:)` itself between calls to `next()`.
public struct HTMLTokenizer {
    /// The states a tokenizer can be started in or switched to from outside; raw values are html5lib-tests' names.
    public enum ContentState: String, Sendable, CaseIterable {
        case data = "Data state"
        case rcdata = "RCDATA state"
        case rawtext = "RAWTEXT state"
        case scriptData = "Script data state"
        case plaintext = "PLAINTEXT state"
        case cdataSection = "CDATA section state"
    }

    /// Switch content states by itself after `<script>`, `<style>`, `<title>`, `<textarea>`… (standalone use).
    public var followsContentModel: Bool
    /// Whether `<![CDATA[` opens a CDATA section (true in foreign content); otherwise it is a bogus comment.
    /// Standalone mode sets it while inside `<svg>` or `<math>`.
    public var allowsCDATA = false
    /// Whether `<noscript>` content is raw text, as in a browser with scripting on (the spec's scripting flag).
    public var scriptingEnabled = true
    /// Error code and normalized index, in the order noticed.
    private var rawErrors: [(String, Int)] = []

    private let input: [UInt32]
    /// Normalized indices at which a CR was dropped from a CR LF pair, ascending: maps back to original offsets.
    private let droppedCR: [Int]
    private var pos = 0
    private var state: State = .data
    private var lastStartTag: [UInt32] = []

    // The token being built.
    private var tokenStart = 0
    private var tagIsEnd = false
    private var tagName: [UInt32] = []
    private var selfClosing = false
    private var attributes: [(name: [UInt32], value: [UInt32])] = []
    /// The names in `attributes`, so a duplicate is found in constant time (200,000 attributes on one tag).
    private var attributeNames: Set<[UInt32]> = []
    private var attrName: [UInt32] = []
    private var attrValue: [UInt32] = []
    private var hasAttr = false
    private var attrIsDuplicate = false
    private var commentData: [UInt32] = []
    private var doctypeName: [UInt32]? = nil
    private var publicId: [UInt32]? = nil
    private var systemId: [UInt32]? = nil
    private var forceQuirks = false
    private var tempBuffer: [UInt32] = []

    private var pendingChars: [UInt32] = []
    private var pendingCharsStart = 0
    /// Finished tokens with their normalized start index, not yet handed out.
    private var queue: [(HTMLToken, Int)] = []
    private var queueHead = 0
    private var finished = false
    /// Open SVG/MathML elements (standalone mode only); `htmlInside` marks integration points.
    private var foreignStack: [(name: String, htmlInside: Bool)] = []

    // Line bookkeeping for positions: tokens are handed out in input order, so a forward cursor suffices.
    private var lineCursor = 0
    private var lineNumber = 1
    private var lineStart = 0

    /// Prepares to tokenize `text`; `initialState` and `lastStartTag` are for conformance tests and fragments.
    public init(
        _ text: String, initialState: ContentState = .data, lastStartTag: String? = nil,
        followsContentModel: Bool = true
    ) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        var dropped: [Int] = []
        var previousCR = false
        // Preprocessing the input stream: CR LF → LF, lone CR → LF.
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A && previousCR {
                dropped.append(scalars.count)
                previousCR = false
                continue
            }
            previousCR = value == 0x0D
            // Controls and noncharacters are parse errors of the input stream itself, whatever the state.
            if (value >= 0x01 && value < 0x09) || value == 0x0B || (value >= 0x0E && value < 0x20)
                || (value >= 0x7F && value < 0xA0) || Self.isNoncharacter(value)
            {
                rawErrors.append(
                    (
                        Self.isNoncharacter(value)
                            ? "noncharacter-in-input-stream"
                            : "control-character-in-input-stream", scalars.count
                    ))
            }
            scalars.append(previousCR ? 0x0A : value)
        }
        input = scalars
        droppedCR = dropped
        self.followsContentModel = followsContentModel
        if let lastStartTag { self.lastStartTag = Array(lastStartTag.unicodeScalars.map(\.value)) }
        switchTo(initialState)
    }

    /// Every token of the text, adjacent character tokens merged.
    public func tokens() -> [HTMLToken] {
        var copy = self
        var result: [HTMLToken] = []
        while let token = copy.nextToken() { result.append(token.0) }
        return result
    }

    /// Every token with its start position.
    public func positionedTokens() -> [PositionedToken] {
        var copy = self
        var result: [PositionedToken] = []
        while let token = copy.next() { result.append(token) }
        return result
    }

    /// Tokens and parse errors in one pass.
    public func tokenize() -> (tokens: [PositionedToken], errors: [HTMLParseError]) {
        var copy = self
        var result: [PositionedToken] = []
        while let token = copy.next() { result.append(token) }
        return (result, copy.errors)
    }

    /// Switches the content state, as a tree builder does after inserting `<textarea>`, `<script>`….
    public mutating func switchTo(_ contentState: ContentState) {
        switch contentState {
        case .data: state = .data
        case .rcdata: state = .rcdata
        case .rawtext: state = .rawtext
        case .scriptData: state = .scriptData
        case .plaintext: state = .plaintext
        case .cdataSection: state = .cdataSection
        }
    }

    /// The next token with its position, or nil at the end of the input.
    public mutating func next() -> PositionedToken? {
        guard let (token, start) = nextToken() else { return nil }
        return PositionedToken(token: token, offset: originalOffset(start), position: advanceLines(to: start))
    }

    private mutating func nextToken() -> (HTMLToken, Int)? {
        // Characters are handed out only once a non-character token or the end follows, so they come out merged.
        while queueHead >= queue.count || (queueHead == queue.count - 1 && isCharacter(queue[queueHead].0) && !finished) {
            if finished {
                return nil
            }
            if queueHead > 0 && queueHead >= queue.count {
                queue.removeAll(keepingCapacity: true)
                queueHead = 0
            }
            run()
        }
        let item = queue[queueHead]
        queueHead += 1
        return item
    }

    private func isCharacter(_ token: HTMLToken) -> Bool {
        if case .character = token { return true }
        return false
    }

    // MARK: Positions

    private func originalOffset(_ index: Int) -> Int {
        // Number of dropped CRs strictly before-or-at this normalized index (each sat before an LF at or before it).
        var low = 0
        var high = droppedCR.count
        while low < high {
            let mid = (low + high) / 2
            if droppedCR[mid] <= index { low = mid + 1 } else { high = mid }
        }
        return index + low
    }

    private mutating func advanceLines(to index: Int) -> TextPosition {
        let target = Swift.min(index, input.count)
        if target < lineCursor {
            // Errors can point before the last token; recount from the start (rare).
            lineCursor = 0
            lineNumber = 1
            lineStart = 0
        }
        while lineCursor < target {
            if input[lineCursor] == 0x0A {
                lineNumber += 1
                lineStart = lineCursor + 1
            }
            lineCursor += 1
        }
        return TextPosition(line: lineNumber, column: target - lineStart + 1)
    }

    private mutating func error(_ code: String, at index: Int? = nil) {
        rawErrors.append((code, Swift.min(index ?? Swift.max(pos - 1, 0), input.count)))
    }

    /// Parse errors seen so far, in input order, with positions.
    public var errors: [HTMLParseError] {
        // Positions are worked out here, in one pass, so that input full of errors stays linear.
        let sorted = rawErrors.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
        var result: [HTMLParseError] = []
        result.reserveCapacity(sorted.count)
        var line = 1
        var lineStart = 0
        var cursor = 0
        for (_, (code, index)) in sorted {
            while cursor < index {
                if input[cursor] == 0x0A {
                    line += 1
                    lineStart = cursor + 1
                }
                cursor += 1
            }
            result.append(
                HTMLParseError(
                    code: code, offset: originalOffset(index),
                    position: TextPosition(line: line, column: index - lineStart + 1)))
        }
        return result
    }

    // MARK: Emitting

    private mutating func emitChar(_ c: UInt32, at index: Int) {
        if pendingChars.isEmpty { pendingCharsStart = index }
        pendingChars.append(c)
    }

    private mutating func emitChars(_ cs: [UInt32], at index: Int) {
        if pendingChars.isEmpty { pendingCharsStart = index }
        pendingChars.append(contentsOf: cs)
    }

    private mutating func flushChars() {
        guard !pendingChars.isEmpty else { return }
        queue.append((.character(Self.string(pendingChars)), pendingCharsStart))
        pendingChars.removeAll(keepingCapacity: true)
    }

    private mutating func emit(_ token: HTMLToken) {
        flushChars()
        queue.append((token, tokenStart))
    }

    private mutating func emitEOF() {
        flushChars()
        finished = true
    }

    /// Scalars to a String through UTF-8, much faster than appending to a UnicodeScalarView one by one.
    private static func string(_ values: [UInt32]) -> String {
        guard #available(macOS 11, iOS 14, tvOS 14, watchOS 7, *) else {
            var view = String.UnicodeScalarView()
            for v in values { view.append(Unicode.Scalar(v).unsafelyUnwrapped) }
            return String(view)
        }
        return String(unsafeUninitializedCapacity: values.count * 4) { buffer in
            var n = 0
            for v in values {
                if v < 0x80 {
                    buffer[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
                    n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }

    private mutating func startTag(end: Bool) {
        tagIsEnd = end
        tagName.removeAll(keepingCapacity: true)
        selfClosing = false
        attributes.removeAll(keepingCapacity: true)
        attributeNames.removeAll(keepingCapacity: true)
        hasAttr = false
    }

    private mutating func startAttribute() {
        finishAttribute()
        attrName.removeAll(keepingCapacity: true)
        attrValue.removeAll(keepingCapacity: true)
        hasAttr = true
        attrIsDuplicate = false
    }

    /// On leaving the attribute name state, as the spec says: a repeated name is an error and is dropped later.
    private mutating func checkDuplicateAttribute() {
        attrIsDuplicate = attributeNames.contains(attrName)
        if attrIsDuplicate { error("duplicate-attribute") }
    }

    private mutating func finishAttribute() {
        guard hasAttr else { return }
        hasAttr = false
        if !attrIsDuplicate {
            attributes.append((attrName, attrValue))
            attributeNames.insert(attrName)
        }
    }

    private mutating func emitTag() {
        finishAttribute()
        let name = Self.string(tagName)
        if tagIsEnd {
            if !attributes.isEmpty { error("end-tag-with-attributes") }
            if selfClosing { error("end-tag-with-trailing-solidus") }
            emit(.endTag(name: name))
            if followsContentModel { trackForeignEnd(name) }
            return
        }
        lastStartTag = tagName
        emit(
            .startTag(
                name: name,
                attributes: attributes.map { HTMLAttribute(name: Self.string($0.name), value: Self.string($0.value)) },
                selfClosing: selfClosing))
        guard followsContentModel, trackForeignStart(name) else { return }
        switch name {
        case "script": state = .scriptData
        case "noscript": state = scriptingEnabled ? .rawtext : state
        case "style", "xmp", "iframe", "noembed", "noframes": state = .rawtext
        case "title", "textarea": state = .rcdata
        case "plaintext": state = .plaintext
        default: break
        }
    }

    // A tree-free approximation of the tree builder's namespace tracking (§13.2.6.5), enough to know whether the
    // "adjusted current node" is HTML: open SVG/MathML elements on a small stack, integration points (whose content
    // is HTML again), and the HTML tags that break out of foreign content.

    private static let breakout: Set<String> = [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    ]
    private static let integrationPoints: Set<String> = [
        "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
    ]

    /// Whether the content is HTML where the tree builder would insert the next node.
    private var inHTMLContext: Bool { foreignStack.last?.htmlInside ?? true }

    /// Updates the foreign-content stack for a start tag; true when the tag is an HTML element in HTML context.
    private mutating func trackForeignStart(_ name: String) -> Bool {
        defer { allowsCDATA = !inHTMLContext }
        if !inHTMLContext {
            let isFont =
                name == "font"
                && attributes.contains {
                    [
                        Array("color".unicodeScalars.map(\.value)),
                        Array("face".unicodeScalars.map(\.value)), Array("size".unicodeScalars.map(\.value)),
                    ].contains($0.name)
                }
            if Self.breakout.contains(name) || isFont {
                // The tree builder pops foreign elements until HTML content; the tag is then an HTML one.
                while let top = foreignStack.last, !top.htmlInside { foreignStack.removeLast() }
                return true
            }
            if !selfClosing {
                let htmlInside =
                    Self.integrationPoints.contains(name)
                    && (name != "annotation-xml"
                        || attributes.contains { pair in
                            pair.name == Self.encodingWord
                                && ["text/html", "application/xhtml+xml"]
                                    .contains(Self.string(pair.value).lowercased())
                        })
                foreignStack.append((name, htmlInside))
            }
            return false
        }
        if name == "svg" || name == "math" {
            if !selfClosing { foreignStack.append((name, false)) }
            return false
        }
        return true
    }

    private static let encodingWord: [UInt32] = Array("encoding".unicodeScalars.map(\.value))

    private mutating func trackForeignEnd(_ name: String) {
        defer { allowsCDATA = !inHTMLContext }
        guard !foreignStack.isEmpty else { return }
        if !inHTMLContext && (name == "p" || name == "br") {
            while let top = foreignStack.last, !top.htmlInside { foreignStack.removeLast() }
            return
        }
        if let index = foreignStack.lastIndex(where: { $0.name == name }) {
            foreignStack.removeSubrange(index...)
        }
    }

    private mutating func emitComment() {
        emit(.comment(Self.string(commentData)))
    }

    private mutating func emitDoctype() {
        emit(
            .doctype(
                name: doctypeName.map(Self.string), publicId: publicId.map(Self.string),
                systemId: systemId.map(Self.string), forceQuirks: forceQuirks))
    }

    private var isAppropriateEndTag: Bool { !lastStartTag.isEmpty && tagName == lastStartTag }

    // MARK: Input

    @inline(__always) private mutating func consume() -> UInt32 {
        let c = pos < input.count ? input[pos] : Self.eof
        pos += 1
        return c
    }

    @inline(__always) private mutating func reconsume(_ newState: State) {
        pos -= 1
        state = newState
    }

    /// Whether the next scalars spell `word` (ASCII case-insensitively when asked); consumes them if so.
    private mutating func consumeIfNext(_ word: String, caseInsensitive: Bool) -> Bool {
        var i = pos
        for unit in word.utf8 {
            guard i < input.count else { return false }
            var c = input[i]
            if caseInsensitive { c = Self.lower(c) }
            guard c == UInt32(unit) else { return false }
            i += 1
        }
        pos = i
        return true
    }

    // MARK: The state machine

    private static let eof: UInt32 = 0xFFFF_FFFF
    private static let replacement: UInt32 = 0xFFFD

    @inline(__always) private static func isWhitespace(_ c: UInt32) -> Bool {
        c == 0x09 || c == 0x0A || c == 0x0C || c == 0x20
    }
    @inline(__always) private static func isAlpha(_ c: UInt32) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
    @inline(__always) private static func isUpper(_ c: UInt32) -> Bool { c >= 0x41 && c <= 0x5A }
    @inline(__always) private static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) private static func isAlnum(_ c: UInt32) -> Bool { isAlpha(c) || isDigit(c) }
    @inline(__always) private static func isHex(_ c: UInt32) -> Bool {
        isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }
    @inline(__always) private static func lower(_ c: UInt32) -> UInt32 { isUpper(c) ? c + 0x20 : c }
    private static func isNoncharacter(_ c: UInt32) -> Bool {
        (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE == 0xFFFE && c <= 0x10FFFF)
    }

    private enum State {
        case data, rcdata, rawtext, scriptData, plaintext
        case tagOpen, endTagOpen, tagName
        case rcdataLessThan, rcdataEndTagOpen, rcdataEndTagName
        case rawtextLessThan, rawtextEndTagOpen, rawtextEndTagName
        case scriptDataLessThan, scriptDataEndTagOpen, scriptDataEndTagName
        case scriptDataEscapeStart, scriptDataEscapeStartDash
        case scriptDataEscaped, scriptDataEscapedDash, scriptDataEscapedDashDash
        case scriptDataEscapedLessThan, scriptDataEscapedEndTagOpen, scriptDataEscapedEndTagName
        case scriptDataDoubleEscapeStart, scriptDataDoubleEscaped, scriptDataDoubleEscapedDash
        case scriptDataDoubleEscapedDashDash, scriptDataDoubleEscapedLessThan, scriptDataDoubleEscapeEnd
        case beforeAttributeName, attributeName, afterAttributeName, beforeAttributeValue
        case attributeValueDoubleQuoted, attributeValueSingleQuoted, attributeValueUnquoted
        case afterAttributeValueQuoted, selfClosingStartTag
        case bogusComment, markupDeclarationOpen
        case commentStart, commentStartDash, comment, commentLessThan, commentLessThanBang
        case commentLessThanBangDash, commentLessThanBangDashDash, commentEndDash, commentEnd, commentEndBang
        case doctype, beforeDoctypeName, doctypeName, afterDoctypeName
        case afterDoctypePublicKeyword, beforeDoctypePublicId, doctypePublicIdDoubleQuoted
        case doctypePublicIdSingleQuoted, afterDoctypePublicId, betweenDoctypePublicAndSystemIds
        case afterDoctypeSystemKeyword, beforeDoctypeSystemId, doctypeSystemIdDoubleQuoted
        case doctypeSystemIdSingleQuoted, afterDoctypeSystemId, bogusDoctype
        case cdataSection, cdataSectionBracket, cdataSectionEnd
    }

    /// Runs the machine until it has emitted at least one token (or reached the end).
    private mutating func run() {
        let before = queue.count
        while queue.count == before && !finished {
            step()
        }
    }

    /// Consumes text in a content state up to the next special scalar in one go.
    @inline(__always) private mutating func bulkText(specials: (UInt32) -> Bool) {
        let start = pos
        var i = pos
        while i < input.count {
            let c = input[i]
            if specials(c) || c == 0 { break }
            i += 1
        }
        if i > start {
            if pendingChars.isEmpty { pendingCharsStart = start }
            pendingChars.append(contentsOf: input[start..<i])
            pos = i
        }
    }

    private mutating func step() {
        switch state {
        case .data:
            bulkText { $0 == 0x26 || $0 == 0x3C }
            let c = consume()
            switch c {
            case 0x26: characterReference(inAttribute: false)
            case 0x3C:
                tokenStart = pos - 1
                state = .tagOpen
            case 0:
                error("unexpected-null-character")
                emitChar(0, at: pos - 1)
            case Self.eof: emitEOF()
            default: emitChar(c, at: pos - 1)
            }
        case .rcdata:
            bulkText { $0 == 0x26 || $0 == 0x3C }
            let c = consume()
            switch c {
            case 0x26: characterReference(inAttribute: false)
            case 0x3C:
                tokenStart = pos - 1
                state = .rcdataLessThan
            case 0:
                error("unexpected-null-character")
                emitChar(Self.replacement, at: pos - 1)
            case Self.eof: emitEOF()
            default: emitChar(c, at: pos - 1)
            }
        case .rawtext:
            bulkText { $0 == 0x3C }
            let c = consume()
            switch c {
            case 0x3C:
                tokenStart = pos - 1
                state = .rawtextLessThan
            case 0:
                error("unexpected-null-character")
                emitChar(Self.replacement, at: pos - 1)
            case Self.eof: emitEOF()
            default: emitChar(c, at: pos - 1)
            }
        case .scriptData:
            bulkText { $0 == 0x3C }
            let c = consume()
            switch c {
            case 0x3C:
                tokenStart = pos - 1
                state = .scriptDataLessThan
            case 0:
                error("unexpected-null-character")
                emitChar(Self.replacement, at: pos - 1)
            case Self.eof: emitEOF()
            default: emitChar(c, at: pos - 1)
            }
        case .plaintext:
            bulkText { _ in false }
            let c = consume()
            switch c {
            case 0:
                error("unexpected-null-character")
                emitChar(Self.replacement, at: pos - 1)
            case Self.eof: emitEOF()
            default: emitChar(c, at: pos - 1)
            }

        case .tagOpen:
            let c = consume()
            switch c {
            case 0x21: state = .markupDeclarationOpen
            case 0x2F: state = .endTagOpen
            case 0x3F:
                error("unexpected-question-mark-instead-of-tag-name")
                commentData.removeAll(keepingCapacity: true)
                reconsume(.bogusComment)
            case Self.eof:
                error("eof-before-tag-name")
                emitChar(0x3C, at: tokenStart)
                emitEOF()
            default:
                if Self.isAlpha(c) {
                    startTag(end: false)
                    reconsume(.tagName)
                } else {
                    error("invalid-first-character-of-tag-name")
                    emitChar(0x3C, at: tokenStart)
                    reconsume(.data)
                }
            }
        case .endTagOpen:
            let c = consume()
            if Self.isAlpha(c) {
                startTag(end: true)
                reconsume(.tagName)
            } else if c == 0x3E {
                error("missing-end-tag-name")
                state = .data
            } else if c == Self.eof {
                error("eof-before-tag-name")
                emitChars([0x3C, 0x2F], at: tokenStart)
                emitEOF()
            } else {
                error("invalid-first-character-of-tag-name")
                commentData.removeAll(keepingCapacity: true)
                reconsume(.bogusComment)
            }
        case .tagName:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: state = .beforeAttributeName
            case 0x2F: state = .selfClosingStartTag
            case 0x3E:
                state = .data
                emitTag()
            case 0:
                error("unexpected-null-character")
                tagName.append(Self.replacement)
            case Self.eof:
                error("eof-in-tag")
                emitEOF()
            default: tagName.append(Self.lower(c))
            }

        case .rcdataLessThan:
            lessThanInText(slash: .rcdataEndTagOpen, fallback: .rcdata)
        case .rcdataEndTagOpen:
            endTagOpenInText(name: .rcdataEndTagName, fallback: .rcdata)
        case .rcdataEndTagName:
            endTagNameInText(fallback: .rcdata)
        case .rawtextLessThan:
            lessThanInText(slash: .rawtextEndTagOpen, fallback: .rawtext)
        case .rawtextEndTagOpen:
            endTagOpenInText(name: .rawtextEndTagName, fallback: .rawtext)
        case .rawtextEndTagName:
            endTagNameInText(fallback: .rawtext)

        case .scriptDataLessThan:
            let c = consume()
            if c == 0x2F {
                tempBuffer.removeAll(keepingCapacity: true)
                state = .scriptDataEndTagOpen
            } else if c == 0x21 {
                state = .scriptDataEscapeStart
                emitChars([0x3C, 0x21], at: pos - 2)
            } else {
                emitChar(0x3C, at: pos - 1)
                reconsume(.scriptData)
            }
        case .scriptDataEndTagOpen:
            endTagOpenInText(name: .scriptDataEndTagName, fallback: .scriptData)
        case .scriptDataEndTagName:
            endTagNameInText(fallback: .scriptData)
        case .scriptDataEscapeStart:
            let c = consume()
            if c == 0x2D {
                state = .scriptDataEscapeStartDash
                emitChar(0x2D, at: pos - 1)
            } else {
                reconsume(.scriptData)
            }
        case .scriptDataEscapeStartDash:
            let c = consume()
            if c == 0x2D {
                state = .scriptDataEscapedDashDash
                emitChar(0x2D, at: pos - 1)
            } else {
                reconsume(.scriptData)
            }
        case .scriptDataEscaped:
            let c = consume()
            switch c {
            case 0x2D:
                state = .scriptDataEscapedDash
                emitChar(0x2D, at: pos - 1)
            case 0x3C:
                tokenStart = pos - 1
                state = .scriptDataEscapedLessThan
            case 0:
                error("unexpected-null-character")
                emitChar(Self.replacement, at: pos - 1)
            case Self.eof:
                error("eof-in-script-html-comment-like-text")
                emitEOF()
            default: emitChar(c, at: pos - 1)
            }
        case .scriptDataEscapedDash:
            let c = consume()
            switch c {
            case 0x2D:
                state = .scriptDataEscapedDashDash
                emitChar(0x2D, at: pos - 1)
            case 0x3C:
                tokenStart = pos - 1
                state = .scriptDataEscapedLessThan
            case 0:
                error("unexpected-null-character")
                state = .scriptDataEscaped
                emitChar(Self.replacement, at: pos - 1)
            case Self.eof:
                error("eof-in-script-html-comment-like-text")
                emitEOF()
            default:
                state = .scriptDataEscaped
                emitChar(c, at: pos - 1)
            }
        case .scriptDataEscapedDashDash:
            let c = consume()
            switch c {
            case 0x2D: emitChar(0x2D, at: pos - 1)
            case 0x3C:
                tokenStart = pos - 1
                state = .scriptDataEscapedLessThan
            case 0x3E:
                state = .scriptData
                emitChar(0x3E, at: pos - 1)
            case 0:
                error("unexpected-null-character")
                state = .scriptDataEscaped
                emitChar(Self.replacement, at: pos - 1)
            case Self.eof:
                error("eof-in-script-html-comment-like-text")
                emitEOF()
            default:
                state = .scriptDataEscaped
                emitChar(c, at: pos - 1)
            }
        case .scriptDataEscapedLessThan:
            let c = consume()
            if c == 0x2F {
                tempBuffer.removeAll(keepingCapacity: true)
                state = .scriptDataEscapedEndTagOpen
            } else if Self.isAlpha(c) {
                tempBuffer.removeAll(keepingCapacity: true)
                emitChar(0x3C, at: pos - 2)
                reconsume(.scriptDataDoubleEscapeStart)
            } else {
                emitChar(0x3C, at: pos - 2)
                reconsume(.scriptDataEscaped)
            }
        case .scriptDataEscapedEndTagOpen:
            endTagOpenInText(name: .scriptDataEscapedEndTagName, fallback: .scriptDataEscaped)
        case .scriptDataEscapedEndTagName:
            endTagNameInText(fallback: .scriptDataEscaped)
        case .scriptDataDoubleEscapeStart:
            let c = consume()
            if Self.isWhitespace(c) || c == 0x2F || c == 0x3E {
                state = tempBuffer == Self.scriptWord ? .scriptDataDoubleEscaped : .scriptDataEscaped
                emitChar(c, at: pos - 1)
            } else if Self.isAlpha(c) {
                tempBuffer.append(Self.lower(c))
                emitChar(c, at: pos - 1)
            } else {
                reconsume(.scriptDataEscaped)
            }
        case .scriptDataDoubleEscaped:
            let c = consume()
            switch c {
            case 0x2D:
                state = .scriptDataDoubleEscapedDash
                emitChar(0x2D, at: pos - 1)
            case 0x3C:
                state = .scriptDataDoubleEscapedLessThan
                emitChar(0x3C, at: pos - 1)
            case 0:
                error("unexpected-null-character")
                emitChar(Self.replacement, at: pos - 1)
            case Self.eof:
                error("eof-in-script-html-comment-like-text")
                emitEOF()
            default: emitChar(c, at: pos - 1)
            }
        case .scriptDataDoubleEscapedDash:
            let c = consume()
            switch c {
            case 0x2D:
                state = .scriptDataDoubleEscapedDashDash
                emitChar(0x2D, at: pos - 1)
            case 0x3C:
                state = .scriptDataDoubleEscapedLessThan
                emitChar(0x3C, at: pos - 1)
            case 0:
                error("unexpected-null-character")
                state = .scriptDataDoubleEscaped
                emitChar(Self.replacement, at: pos - 1)
            case Self.eof:
                error("eof-in-script-html-comment-like-text")
                emitEOF()
            default:
                state = .scriptDataDoubleEscaped
                emitChar(c, at: pos - 1)
            }
        case .scriptDataDoubleEscapedDashDash:
            let c = consume()
            switch c {
            case 0x2D: emitChar(0x2D, at: pos - 1)
            case 0x3C:
                state = .scriptDataDoubleEscapedLessThan
                emitChar(0x3C, at: pos - 1)
            case 0x3E:
                state = .scriptData
                emitChar(0x3E, at: pos - 1)
            case 0:
                error("unexpected-null-character")
                state = .scriptDataDoubleEscaped
                emitChar(Self.replacement, at: pos - 1)
            case Self.eof:
                error("eof-in-script-html-comment-like-text")
                emitEOF()
            default:
                state = .scriptDataDoubleEscaped
                emitChar(c, at: pos - 1)
            }
        case .scriptDataDoubleEscapedLessThan:
            let c = consume()
            if c == 0x2F {
                tempBuffer.removeAll(keepingCapacity: true)
                state = .scriptDataDoubleEscapeEnd
                emitChar(0x2F, at: pos - 1)
            } else {
                reconsume(.scriptDataDoubleEscaped)
            }
        case .scriptDataDoubleEscapeEnd:
            let c = consume()
            if Self.isWhitespace(c) || c == 0x2F || c == 0x3E {
                state = tempBuffer == Self.scriptWord ? .scriptDataEscaped : .scriptDataDoubleEscaped
                emitChar(c, at: pos - 1)
            } else if Self.isAlpha(c) {
                tempBuffer.append(Self.lower(c))
                emitChar(c, at: pos - 1)
            } else {
                reconsume(.scriptDataDoubleEscaped)
            }

        case .beforeAttributeName:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0x2F, 0x3E, Self.eof: reconsume(.afterAttributeName)
            case 0x3D:
                error("unexpected-equals-sign-before-attribute-name")
                startAttribute()
                attrName.append(c)
                state = .attributeName
            default:
                startAttribute()
                reconsume(.attributeName)
            }
        case .attributeName:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20, 0x2F, 0x3E, Self.eof:
                checkDuplicateAttribute()
                reconsume(.afterAttributeName)
            case 0x3D:
                checkDuplicateAttribute()
                state = .beforeAttributeValue
            case 0:
                error("unexpected-null-character")
                attrName.append(Self.replacement)
            case 0x22, 0x27, 0x3C:
                error("unexpected-character-in-attribute-name")
                attrName.append(c)
            default: attrName.append(Self.lower(c))
            }
        case .afterAttributeName:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0x2F: state = .selfClosingStartTag
            case 0x3D: state = .beforeAttributeValue
            case 0x3E:
                state = .data
                emitTag()
            case Self.eof:
                error("eof-in-tag")
                emitEOF()
            default:
                startAttribute()
                reconsume(.attributeName)
            }
        case .beforeAttributeValue:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0x22: state = .attributeValueDoubleQuoted
            case 0x27: state = .attributeValueSingleQuoted
            case 0x3E:
                error("missing-attribute-value")
                state = .data
                emitTag()
            default: reconsume(.attributeValueUnquoted)
            }
        case .attributeValueDoubleQuoted, .attributeValueSingleQuoted:
            let quote: UInt32 = state == .attributeValueDoubleQuoted ? 0x22 : 0x27
            // Fast path: plain value text.
            while pos < input.count {
                let c = input[pos]
                if c == quote || c == 0x26 || c == 0 { break }
                attrValue.append(c)
                pos += 1
            }
            let c = consume()
            switch c {
            case quote: state = .afterAttributeValueQuoted
            case 0x26: characterReference(inAttribute: true)
            case 0:
                error("unexpected-null-character")
                attrValue.append(Self.replacement)
            case Self.eof:
                error("eof-in-tag")
                emitEOF()
            default: attrValue.append(c)
            }
        case .attributeValueUnquoted:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: state = .beforeAttributeName
            case 0x26: characterReference(inAttribute: true)
            case 0x3E:
                state = .data
                emitTag()
            case 0:
                error("unexpected-null-character")
                attrValue.append(Self.replacement)
            case 0x22, 0x27, 0x3C, 0x3D, 0x60:
                error("unexpected-character-in-unquoted-attribute-value")
                attrValue.append(c)
            case Self.eof:
                error("eof-in-tag")
                emitEOF()
            default: attrValue.append(c)
            }
        case .afterAttributeValueQuoted:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: state = .beforeAttributeName
            case 0x2F: state = .selfClosingStartTag
            case 0x3E:
                state = .data
                emitTag()
            case Self.eof:
                error("eof-in-tag")
                emitEOF()
            default:
                error("missing-whitespace-between-attributes")
                reconsume(.beforeAttributeName)
            }
        case .selfClosingStartTag:
            let c = consume()
            switch c {
            case 0x3E:
                selfClosing = true
                state = .data
                emitTag()
            case Self.eof:
                error("eof-in-tag")
                emitEOF()
            default:
                error("unexpected-solidus-in-tag")
                reconsume(.beforeAttributeName)
            }

        case .bogusComment:
            let c = consume()
            switch c {
            case 0x3E:
                state = .data
                emitComment()
            case Self.eof:
                emitComment()
                emitEOF()
            case 0:
                error("unexpected-null-character")
                commentData.append(Self.replacement)
            default: commentData.append(c)
            }
        case .markupDeclarationOpen:
            commentData.removeAll(keepingCapacity: true)
            if consumeIfNext("--", caseInsensitive: false) {
                state = .commentStart
            } else if consumeIfNext("doctype", caseInsensitive: true) {
                state = .doctype
            } else if consumeIfNext("[CDATA[", caseInsensitive: false) {
                if allowsCDATA {
                    state = .cdataSection
                } else {
                    error("cdata-in-html-content")
                    commentData = Array("[CDATA[".unicodeScalars.map(\.value))
                    state = .bogusComment
                }
            } else {
                error("incorrectly-opened-comment", at: pos)
                state = .bogusComment
            }

        case .commentStart:
            let c = consume()
            switch c {
            case 0x2D: state = .commentStartDash
            case 0x3E:
                error("abrupt-closing-of-empty-comment")
                state = .data
                emitComment()
            default: reconsume(.comment)
            }
        case .commentStartDash:
            let c = consume()
            switch c {
            case 0x2D: state = .commentEnd
            case 0x3E:
                error("abrupt-closing-of-empty-comment")
                state = .data
                emitComment()
            case Self.eof:
                error("eof-in-comment")
                emitComment()
                emitEOF()
            default:
                commentData.append(0x2D)
                reconsume(.comment)
            }
        case .comment:
            while pos < input.count {
                let c = input[pos]
                if c == 0x3C || c == 0x2D || c == 0 { break }
                commentData.append(c)
                pos += 1
            }
            let c = consume()
            switch c {
            case 0x3C:
                commentData.append(c)
                state = .commentLessThan
            case 0x2D: state = .commentEndDash
            case 0:
                error("unexpected-null-character")
                commentData.append(Self.replacement)
            case Self.eof:
                error("eof-in-comment")
                emitComment()
                emitEOF()
            default: commentData.append(c)
            }
        case .commentLessThan:
            let c = consume()
            switch c {
            case 0x21:
                commentData.append(c)
                state = .commentLessThanBang
            case 0x3C: commentData.append(c)
            default: reconsume(.comment)
            }
        case .commentLessThanBang:
            let c = consume()
            if c == 0x2D { state = .commentLessThanBangDash } else { reconsume(.comment) }
        case .commentLessThanBangDash:
            let c = consume()
            if c == 0x2D { state = .commentLessThanBangDashDash } else { reconsume(.commentEndDash) }
        case .commentLessThanBangDashDash:
            let c = consume()
            if c != 0x3E && c != Self.eof { error("nested-comment") }
            reconsume(.commentEnd)
        case .commentEndDash:
            let c = consume()
            switch c {
            case 0x2D: state = .commentEnd
            case Self.eof:
                error("eof-in-comment")
                emitComment()
                emitEOF()
            default:
                commentData.append(0x2D)
                reconsume(.comment)
            }
        case .commentEnd:
            let c = consume()
            switch c {
            case 0x3E:
                state = .data
                emitComment()
            case 0x21: state = .commentEndBang
            case 0x2D: commentData.append(0x2D)
            case Self.eof:
                error("eof-in-comment")
                emitComment()
                emitEOF()
            default:
                commentData.append(contentsOf: [0x2D, 0x2D])
                reconsume(.comment)
            }
        case .commentEndBang:
            let c = consume()
            switch c {
            case 0x2D:
                commentData.append(contentsOf: [0x2D, 0x2D, 0x21])
                state = .commentEndDash
            case 0x3E:
                error("incorrectly-closed-comment")
                state = .data
                emitComment()
            case Self.eof:
                error("eof-in-comment")
                emitComment()
                emitEOF()
            default:
                commentData.append(contentsOf: [0x2D, 0x2D, 0x21])
                reconsume(.comment)
            }

        case .doctype:
            doctypeName = nil
            publicId = nil
            systemId = nil
            forceQuirks = false
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: state = .beforeDoctypeName
            case 0x3E: reconsume(.beforeDoctypeName)
            case Self.eof:
                error("eof-in-doctype")
                forceQuirks = true
                emitDoctype()
                emitEOF()
            default:
                error("missing-whitespace-before-doctype-name")
                reconsume(.beforeDoctypeName)
            }
        case .beforeDoctypeName:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0:
                error("unexpected-null-character")
                doctypeName = [Self.replacement]
                state = .doctypeName
            case 0x3E:
                error("missing-doctype-name")
                forceQuirks = true
                state = .data
                emitDoctype()
            case Self.eof:
                error("eof-in-doctype")
                forceQuirks = true
                emitDoctype()
                emitEOF()
            default:
                doctypeName = [Self.lower(c)]
                state = .doctypeName
            }
        case .doctypeName:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: state = .afterDoctypeName
            case 0x3E:
                state = .data
                emitDoctype()
            case 0:
                error("unexpected-null-character")
                doctypeName!.append(Self.replacement)
            case Self.eof:
                error("eof-in-doctype")
                forceQuirks = true
                emitDoctype()
                emitEOF()
            default: doctypeName!.append(Self.lower(c))
            }
        case .afterDoctypeName:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0x3E:
                state = .data
                emitDoctype()
            case Self.eof:
                error("eof-in-doctype")
                forceQuirks = true
                emitDoctype()
                emitEOF()
            default:
                pos -= 1
                if consumeIfNext("public", caseInsensitive: true) {
                    state = .afterDoctypePublicKeyword
                } else if consumeIfNext("system", caseInsensitive: true) {
                    state = .afterDoctypeSystemKeyword
                } else {
                    pos += 1
                    error("invalid-character-sequence-after-doctype-name")
                    forceQuirks = true
                    reconsume(.bogusDoctype)
                }
            }
        case .afterDoctypePublicKeyword, .afterDoctypeSystemKeyword:
            let isPublic = state == .afterDoctypePublicKeyword
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: state = isPublic ? .beforeDoctypePublicId : .beforeDoctypeSystemId
            case 0x22, 0x27:
                error(isPublic ? "missing-whitespace-after-doctype-public-keyword" : "missing-whitespace-after-doctype-system-keyword")
                openIdentifier(isPublic: isPublic, quote: c)
            case 0x3E:
                error(isPublic ? "missing-doctype-public-identifier" : "missing-doctype-system-identifier")
                forceQuirks = true
                state = .data
                emitDoctype()
            case Self.eof:
                error("eof-in-doctype")
                forceQuirks = true
                emitDoctype()
                emitEOF()
            default:
                error(isPublic ? "missing-quote-before-doctype-public-identifier" : "missing-quote-before-doctype-system-identifier")
                forceQuirks = true
                reconsume(.bogusDoctype)
            }
        case .beforeDoctypePublicId, .beforeDoctypeSystemId:
            let isPublic = state == .beforeDoctypePublicId
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0x22, 0x27: openIdentifier(isPublic: isPublic, quote: c)
            case 0x3E:
                error(isPublic ? "missing-doctype-public-identifier" : "missing-doctype-system-identifier")
                forceQuirks = true
                state = .data
                emitDoctype()
            case Self.eof:
                error("eof-in-doctype")
                forceQuirks = true
                emitDoctype()
                emitEOF()
            default:
                error(isPublic ? "missing-quote-before-doctype-public-identifier" : "missing-quote-before-doctype-system-identifier")
                forceQuirks = true
                reconsume(.bogusDoctype)
            }
        case .doctypePublicIdDoubleQuoted, .doctypePublicIdSingleQuoted,
            .doctypeSystemIdDoubleQuoted, .doctypeSystemIdSingleQuoted:
            let isPublic = state == .doctypePublicIdDoubleQuoted || state == .doctypePublicIdSingleQuoted
            let quote: UInt32 = (state == .doctypePublicIdDoubleQuoted || state == .doctypeSystemIdDoubleQuoted) ? 0x22 : 0x27
            let c = consume()
            switch c {
            case quote: state = isPublic ? .afterDoctypePublicId : .afterDoctypeSystemId
            case 0:
                error("unexpected-null-character")
                if isPublic { publicId!.append(Self.replacement) } else { systemId!.append(Self.replacement) }
            case 0x3E:
                error(isPublic ? "abrupt-doctype-public-identifier" : "abrupt-doctype-system-identifier")
                forceQuirks = true
                state = .data
                emitDoctype()
            case Self.eof:
                error("eof-in-doctype")
                forceQuirks = true
                emitDoctype()
                emitEOF()
            default:
                if isPublic { publicId!.append(c) } else { systemId!.append(c) }
            }
        case .afterDoctypePublicId:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: state = .betweenDoctypePublicAndSystemIds
            case 0x3E:
                state = .data
                emitDoctype()
            case 0x22, 0x27:
                error("missing-whitespace-between-doctype-public-and-system-identifiers")
                openIdentifier(isPublic: false, quote: c)
            case Self.eof:
                error("eof-in-doctype")
                forceQuirks = true
                emitDoctype()
                emitEOF()
            default:
                error("missing-quote-before-doctype-system-identifier")
                forceQuirks = true
                reconsume(.bogusDoctype)
            }
        case .betweenDoctypePublicAndSystemIds:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0x3E:
                state = .data
                emitDoctype()
            case 0x22, 0x27: openIdentifier(isPublic: false, quote: c)
            case Self.eof:
                error("eof-in-doctype")
                forceQuirks = true
                emitDoctype()
                emitEOF()
            default:
                error("missing-quote-before-doctype-system-identifier")
                forceQuirks = true
                reconsume(.bogusDoctype)
            }
        case .afterDoctypeSystemId:
            let c = consume()
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0x3E:
                state = .data
                emitDoctype()
            case Self.eof:
                error("eof-in-doctype")
                forceQuirks = true
                emitDoctype()
                emitEOF()
            default:
                // Unlike the other DOCTYPE errors this one does not set force-quirks.
                error("unexpected-character-after-doctype-system-identifier")
                reconsume(.bogusDoctype)
            }
        case .bogusDoctype:
            let c = consume()
            switch c {
            case 0x3E:
                state = .data
                emitDoctype()
            case 0: error("unexpected-null-character")
            case Self.eof:
                emitDoctype()
                emitEOF()
            default: break
            }

        case .cdataSection:
            let c = consume()
            switch c {
            case 0x5D: state = .cdataSectionBracket
            case Self.eof:
                error("eof-in-cdata")
                emitEOF()
            default: emitChar(c, at: pos - 1)
            }
        case .cdataSectionBracket:
            let c = consume()
            if c == 0x5D {
                state = .cdataSectionEnd
            } else {
                emitChar(0x5D, at: pos - 2)
                reconsume(.cdataSection)
            }
        case .cdataSectionEnd:
            let c = consume()
            switch c {
            case 0x5D: emitChar(0x5D, at: pos - 3)
            case 0x3E: state = .data
            default:
                emitChars([0x5D, 0x5D], at: pos - 3)
                reconsume(.cdataSection)
            }
        }
    }

    private static let scriptWord: [UInt32] = Array("script".unicodeScalars.map(\.value))

    private mutating func openIdentifier(isPublic: Bool, quote: UInt32) {
        if isPublic {
            publicId = []
            state = quote == 0x22 ? .doctypePublicIdDoubleQuoted : .doctypePublicIdSingleQuoted
        } else {
            systemId = []
            state = quote == 0x22 ? .doctypeSystemIdDoubleQuoted : .doctypeSystemIdSingleQuoted
        }
    }

    // RCDATA, RAWTEXT and script data share the shape of their less-than and end-tag states.

    private mutating func lessThanInText(slash: State, fallback: State) {
        let c = consume()
        if c == 0x2F {
            tempBuffer.removeAll(keepingCapacity: true)
            state = slash
        } else {
            emitChar(0x3C, at: tokenStart)
            reconsume(fallback)
        }
    }

    private mutating func endTagOpenInText(name: State, fallback: State) {
        let c = consume()
        if Self.isAlpha(c) {
            startTag(end: true)
            reconsume(name)
        } else {
            emitChars([0x3C, 0x2F], at: tokenStart)
            reconsume(fallback)
        }
    }

    private mutating func endTagNameInText(fallback: State) {
        let c = consume()
        if Self.isWhitespace(c) && isAppropriateEndTag {
            state = .beforeAttributeName
        } else if c == 0x2F && isAppropriateEndTag {
            state = .selfClosingStartTag
        } else if c == 0x3E && isAppropriateEndTag {
            state = .data
            emitTag()
        } else if Self.isAlpha(c) {
            tagName.append(Self.lower(c))
            tempBuffer.append(c)
        } else {
            emitChars([0x3C, 0x2F], at: tokenStart)
            emitChars(tempBuffer, at: tokenStart)
            reconsume(fallback)
        }
    }

    // MARK: Character references (§13.2.5.72–80), read ahead in one go since the whole input is at hand.

    private mutating func characterReference(inAttribute: Bool) {
        let ampersand = pos - 1
        let c = pos < input.count ? input[pos] : Self.eof
        if Self.isAlnum(c) {
            namedCharacterReference(inAttribute: inAttribute, ampersand: ampersand)
        } else if c == 0x23 {
            pos += 1
            numericCharacterReference(inAttribute: inAttribute, ampersand: ampersand)
        } else {
            flushReference([0x26], inAttribute: inAttribute, at: ampersand)
        }
    }

    private mutating func flushReference(_ scalars: [UInt32], inAttribute: Bool, at index: Int) {
        if inAttribute { attrValue.append(contentsOf: scalars) } else { emitChars(scalars, at: index) }
    }

    private mutating func namedCharacterReference(inAttribute: Bool, ampersand: Int) {
        var end = pos
        while end < input.count && end - pos < HTMLEntities.longestName && Self.isAlnum(input[end]) { end += 1 }
        var matchLength = 0
        var replacement: [Unicode.Scalar] = []
        var name = String.UnicodeScalarView()
        for i in pos..<end { name.append(Unicode.Scalar(input[i]).unsafelyUnwrapped) }
        let table = HTMLEntities.table
        if end < input.count && input[end] == 0x3B, let found = table[String(name) + ";"] {
            matchLength = end - pos + 1
            replacement = found
        } else {
            // Only the legacy names lack `;`: try the longest prefix that is one of them.
            var length = end - pos
            while length > 0 {
                let prefix = String(String.UnicodeScalarView(name.prefix(length)))
                if let found = table[prefix] {
                    matchLength = length
                    replacement = found
                    break
                }
                length -= 1
            }
        }
        if matchLength > 0 {
            let matchEnd = pos + matchLength
            let endsWithSemicolon = input[matchEnd - 1] == 0x3B
            let following = matchEnd < input.count ? input[matchEnd] : Self.eof
            if inAttribute && !endsWithSemicolon && (following == 0x3D || Self.isAlnum(following)) {
                // Historical reasons: `&amp=` or `&notit` in attribute values stay as written.
                attrValue.append(0x26)
                attrValue.append(contentsOf: input[pos..<matchEnd])
                pos = matchEnd
                return
            }
            if !endsWithSemicolon { error("missing-semicolon-after-character-reference", at: matchEnd) }
            pos = matchEnd
            if inAttribute {
                attrValue.append(contentsOf: replacement.map(\.value))
            } else {
                emitChars(replacement.map(\.value), at: ampersand)
            }
            return
        }
        // Ambiguous ampersand: the alphanumerics go through as they are.
        flushReference([0x26], inAttribute: inAttribute, at: ampersand)
        var i = pos
        while i < input.count && Self.isAlnum(input[i]) { i += 1 }
        flushReference(Array(input[pos..<i]), inAttribute: inAttribute, at: ampersand)
        if i < input.count && input[i] == 0x3B { error("unknown-named-character-reference", at: i) }
        pos = i
    }

    private mutating func numericCharacterReference(inAttribute: Bool, ampersand: Int) {
        var prefix: [UInt32] = [0x26, 0x23]
        var hex = false
        if pos < input.count && (input[pos] == 0x78 || input[pos] == 0x58) {
            hex = true
            prefix.append(input[pos])
            pos += 1
        }
        let digitsStart = pos
        var code: UInt32 = 0
        while pos < input.count && (hex ? Self.isHex(input[pos]) : Self.isDigit(input[pos])) {
            let d = input[pos]
            let value: UInt32 = Self.isDigit(d) ? d - 0x30 : (Self.lower(d) - 0x61 + 10)
            // Saturate: anything past 0x10FFFF is just "out of range".
            code = code > 0x10FFFF ? code : code * (hex ? 16 : 10) + value
            pos += 1
        }
        if pos == digitsStart {
            error("absence-of-digits-in-numeric-character-reference", at: pos)
            flushReference(prefix, inAttribute: inAttribute, at: ampersand)
            return
        }
        if pos < input.count && input[pos] == 0x3B {
            pos += 1
        } else {
            error("missing-semicolon-after-character-reference", at: pos)
        }
        if code == 0 {
            error("null-character-reference", at: pos)
            code = Self.replacement
        } else if code > 0x10FFFF {
            error("character-reference-outside-unicode-range", at: pos)
            code = Self.replacement
        } else if code >= 0xD800 && code <= 0xDFFF {
            error("surrogate-character-reference", at: pos)
            code = Self.replacement
        } else if Self.isNoncharacter(code) {
            error("noncharacter-character-reference", at: pos)
        } else if code == 0x0D || (code < 0x20 && !Self.isWhitespace(code)) || (code >= 0x7F && code < 0xA0) {
            error("control-character-reference", at: pos)
            if code >= 0x80 && code <= 0x9F, let mapped = Self.windows1252[code] { code = mapped }
        }
        flushReference([code], inAttribute: inAttribute, at: ampersand)
    }

    /// The spec's table for numeric references to C1 controls: what Windows-1252 means by those bytes.
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
}

/// `for item in HTMLTokenizer(text)` walks the positioned tokens lazily.
extension HTMLTokenizer: Sequence, IteratorProtocol {}
