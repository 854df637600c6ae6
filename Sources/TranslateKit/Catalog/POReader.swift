import Foundation

/// The outcome of reading a PO file: what could be read, and what was wrong with it.
public struct POParseResult: Sendable {
    public var catalog: Catalog
    /// Syntax problems with positions; reading goes on after each where it can.
    public var diagnostics: [Diagnostic]

    public init(catalog: Catalog, diagnostics: [Diagnostic]) {
        self.catalog = catalog
        self.diagnostics = diagnostics
    }
}

/// Reads gettext PO files: header, contexts, plurals, comments, previous (`#|`) and obsolete
/// (`#~`) entries, CRLF and a BOM. Each entry keeps the exact text it was read from so that
/// POWriter can write an unchanged file back byte for byte.
public enum POReader {
    /// Parses PO text. Never throws and never crashes: problems become diagnostics
    /// (check "po-syntax" or "duplicate-key") and reading resumes at the next entry.
    public static func parse(_ text: String, path: String) -> POParseResult {
        var text = text
        text.makeContiguousUTF8()
        let result = text.utf8.withContiguousStorageIfAvailable { buffer -> POParseResult in
            var parser = POParser(bytes: buffer, path: path)
            return parser.run()
        }
        // makeContiguousUTF8 guarantees contiguous storage; the fallback only satisfies the type.
        return result ?? POParseResult(catalog: Catalog(), diagnostics: [])
    }

    /// Reads a file (UTF-8 with or without BOM, or UTF-16 with BOM). Throws TranslateError
    /// when the file cannot be read or is not valid text.
    public static func read(_ url: URL, displayPath: String? = nil) throws -> POParseResult {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            // TextFile gives the friendly "file not found" error.
            return parse(try TextFile.read(url, displayPath: displayPath), path: displayPath ?? url.path)
        }
        let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
        let text = try TextFile.decode(data, path: displayPath ?? url.path)
        var result = parse(text, path: displayPath ?? url.path)
        // TextFile drops the BOM; remember it so that saving writes the file back as it was.
        if hasBOM { result.catalog.hasByteOrderMark = true }
        return result
    }
}

// MARK: - Parser

private let quote: UInt8 = 0x22
private let backslash: UInt8 = 0x5C
private let hash: UInt8 = 0x23
private let newline: UInt8 = 0x0A
private let carriageReturn: UInt8 = 0x0D
private let space: UInt8 = 0x20
private let tab: UInt8 = 0x09

/// The most syntax errors reported for one file; parsing goes on after that, silently.
private let diagnosticLimit = 200

private enum Field { case context, source, plural, translation(Int), previousContext, previousSource, previousPlural }

/// An entry being assembled from its lines.
private struct PendingEntry {
    var startByte: Int
    var startLine: Int
    var endByte: Int
    var isObsolete: Bool?
    var translatorComments: [String] = []
    var extractedComments: [String] = []
    var references: [String] = []
    var flags: [String] = []
    var previousContext: [UInt8]?
    var previousSource: [UInt8]?
    var previousPlural: [UInt8]?
    var context: [UInt8]?
    var source: [UInt8]?
    var plural: [UInt8]?
    var translations: [[UInt8]] = []
    var plainTranslation = false
    var indexedTranslation = false
    /// A syntax error was reported inside this entry: no second one for its missing parts.
    var hadError = false
    var field: Field?
    var contextPosition: TextPosition?
    var sourcePosition: TextPosition?
    var translationPosition: TextPosition?
    var sourceSegments: [StringSourceMap.Segment] = []
    var sourceScalars = 0
    var translationSegments: [StringSourceMap.Segment] = []
    var translationScalars = 0

    init(startByte: Int, startLine: Int, endByte: Int) {
        self.startByte = startByte
        self.startLine = startLine
        self.endByte = endByte
    }

    var hasKeywords: Bool { context != nil || source != nil || !translations.isEmpty }
}

private struct POParser {
    let b: UnsafeBufferPointer<UInt8>
    let path: String
    var diagnostics: [Diagnostic] = []
    var syntaxErrors = 0
    /// Where the first error not listed is, so the "too many" summary points somewhere too.
    var firstUnlisted: TextPosition?
    var catalog = Catalog()
    var pending: PendingEntry?
    /// Where the previous entry's text ended: the next entry's `leading` starts here.
    var lastBodyEnd = 0
    var lineNumber = 0
    var lineStart = 0
    var lineEnd = 0  // excludes the line terminator
    var nextLineStart = 0
    /// After a line that could not be read, string lines are skipped until something else.
    var skipping = false
    var seenActive: [String: Int] = [:]
    var seenObsolete: [String: Int] = [:]

    init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.b = bytes
        self.path = path
    }

    mutating func run() -> POParseResult {
        let n = b.count
        var start = 0
        if n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
            catalog.hasByteOrderMark = true
            start = 3
        }
        lastBodyEnd = start
        if let firstNewline = firstIndex(of: newline, from: start, to: n), firstNewline > start, b[firstNewline - 1] == carriageReturn {
            catalog.lineEnding = "\r\n"
        }
        var s = start
        while s < n {
            lineNumber += 1
            let e = firstIndex(of: newline, from: s, to: n) ?? n
            lineStart = s
            lineEnd = (e > s && b[e - 1] == carriageReturn) ? e - 1 : e
            nextLineStart = e < n ? e + 1 : n
            processLine()
            s = nextLineStart
        }
        finishPending(atEnd: true)
        catalog.trailingText = string(lastBodyEnd, n)
        if syntaxErrors > diagnosticLimit {
            diagnostics.append(
                Diagnostic(
                    severity: .error, path: path, position: firstUnlisted ?? TextPosition(line: lineNumber, column: 1), check: "po-syntax",
                    message: "too many syntax errors (\(syntaxErrors)); only the first \(diagnosticLimit) are listed (the next is here)",
                    notes: ["check that this is a PO file; fix the first errors and read it again"]))
        }
        return POParseResult(catalog: catalog, diagnostics: diagnostics)
    }

    // MARK: Lines

    mutating func processLine() {
        let p = skipWhitespace(lineStart)
        if p >= lineEnd {
            skipping = false
            return
        }
        let c = b[p]
        if c == hash {
            skipping = false
            let c1: UInt8 = p + 1 < lineEnd ? b[p + 1] : 0
            if c1 == 0x7E {  // "~": obsolete
                let q = skipWhitespace(p + 2)
                if q < lineEnd && b[q] == 0x7C {  // "#~|"
                    previousLine(skipWhitespace(q + 1))
                } else if q < lineEnd && b[q] == quote {
                    continuationLine(q, obsolete: true)
                } else if q < lineEnd && isLetter(b[q]) {
                    keywordLine(q, obsolete: true)
                } else {
                    // An empty or odd "#~" line: kept in the entry's text, no content.
                    commentBoundary()
                }
            } else if c1 == 0x7C {  // "#|"
                previousLine(skipWhitespace(p + 2))
            } else {
                commentLine(p)
            }
        } else if c == quote {
            if skipping {
                extendPending()
                return
            }
            continuationLine(p, obsolete: false)
        } else if isLetter(c) {
            skipping = false
            keywordLine(p, obsolete: false)
        } else {
            if !skipping {
                if c == 0 {
                    syntaxError(at: p, "unexpected nul byte", hint: "remove the nul bytes; the file may be binary or damaged")
                } else {
                    syntaxError(
                        at: p, "unexpected text '\(excerpt(p))'",
                        hint: "every line must be a comment (#), a keyword (msgid, msgstr…) or a quoted string")
                }
            }
            skipping = true
            extendPending()
        }
    }

    /// Comment and `#|` lines: they start a new entry unless the current one has no keyword yet.
    mutating func commentBoundary() {
        if pending?.hasKeywords == true { finishPending(atEnd: false) }
        if pending == nil { pending = PendingEntry(startByte: lineStart, startLine: lineNumber, endByte: nextLineStart) }
        pending!.endByte = nextLineStart
    }

    mutating func commentLine(_ p: Int) {
        commentBoundary()
        let kind: UInt8 = p + 1 < lineEnd ? b[p + 1] : 0
        switch kind {
        case 0x2C:  // "#,": flags separated by commas
            var flags: [String] = []
            forEachField(from: p + 2, separatedBy: 0x2C) { flags.append($0) }
            pending!.flags += flags
        case 0x3A:  // "#:": references separated by spaces
            var references: [String] = []
            forEachField(from: p + 2, separatedBy: space) { references.append($0) }
            pending!.references += references
        case 0x2E:  // "#."
            pending!.extractedComments.append(string(afterOneSpace(p + 2), lineEnd))
        default:
            if let nul = firstIndex(of: 0, from: p, to: lineEnd) {
                syntaxError(at: nul, "unexpected nul byte", hint: "remove the nul bytes; the file may be binary or damaged")
            }
            pending!.translatorComments.append(string(afterOneSpace(p + 1), lineEnd))
        }
    }

    mutating func previousLine(_ q: Int) {
        commentBoundary()
        if q < lineEnd && b[q] == quote {
            switch pending!.field {
            case .previousContext?, .previousSource?, .previousPlural?:
                var value: [UInt8] = []
                var scalars = 0
                var unused: [StringSourceMap.Segment]? = nil
                _ = decodeStrings(q, into: &value, scalars: &scalars, segments: &unused)
                switch pending!.field! {
                case .previousContext: pending!.previousContext!.append(contentsOf: value)
                case .previousSource: pending!.previousSource!.append(contentsOf: value)
                default: pending!.previousPlural!.append(contentsOf: value)
                }
            default:
                syntaxError(at: q, "string in a '#|' comment without a keyword", hint: "start it with '#| msgid \"…\"'")
            }
            return
        }
        guard let (keyword, _, afterKeyword) = readKeyword(q) else {
            // A "#|" line with free text: keep it as text only (it is in the entry's raw text).
            return
        }
        let field: Field
        switch keyword {
        case "msgctxt": field = .previousContext
        case "msgid": field = .previousSource
        case "msgid_plural": field = .previousPlural
        default:
            syntaxError(at: q, "unknown keyword '\(keyword)' in a '#|' comment", hint: "'#|' lines hold msgctxt, msgid or msgid_plural")
            return
        }
        let stringStart = skipWhitespace(afterKeyword)
        var value: [UInt8] = []
        var scalars = 0
        var unused: [StringSourceMap.Segment]? = nil
        if stringStart < lineEnd && b[stringStart] == quote {
            _ = decodeStrings(stringStart, into: &value, scalars: &scalars, segments: &unused)
        } else {
            syntaxError(at: stringStart, "expected a quoted string after '#| \(keyword)'", hint: "write it as #| \(keyword) \"text\"")
        }
        switch field {
        case .previousContext: pending!.previousContext = value
        case .previousSource: pending!.previousSource = value
        default: pending!.previousPlural = value
        }
        pending!.field = field
    }

    mutating func keywordLine(_ q: Int, obsolete: Bool) {
        guard let (keyword, index, afterKeyword) = readKeyword(q) else {
            syntaxError(at: q, "unexpected text '\(excerpt(q))'", hint: "every line must be a comment (#), a keyword (msgid, msgstr…) or a quoted string")
            skipping = true
            extendPending()
            return
        }
        let position = TextPosition(line: lineNumber, column: column(of: q))
        let stringStart = skipWhitespace(afterKeyword)
        let hasString = stringStart < lineEnd && b[stringStart] == quote

        func sameEntryKind(_ entry: PendingEntry?) -> Bool { entry?.isObsolete == nil || entry?.isObsolete == obsolete }

        switch keyword {
        case "msgctxt":
            if let current = pending, current.hasKeywords || !sameEntryKind(current) { finishPending(atEnd: false) }
            startPendingIfNeeded()
            pending!.isObsolete = obsolete
            pending!.contextPosition = position
            pending!.context = []
            pending!.field = .context
        case "msgid":
            if let current = pending, current.source != nil || !current.translations.isEmpty || !sameEntryKind(current) {
                finishPending(atEnd: false)
            }
            startPendingIfNeeded()
            pending!.isObsolete = obsolete
            pending!.sourcePosition = position
            pending!.source = []
            pending!.field = .source
        case "msgid_plural":
            guard let current = pending, current.source != nil, current.translations.isEmpty, current.plural == nil, sameEntryKind(current) else {
                syntaxError(at: q, "msgid_plural without a msgid before it", hint: "msgid_plural follows the msgid of the same entry")
                skipping = true
                extendPending()
                return
            }
            pending!.plural = []
            pending!.field = .plural
        case "msgstr":
            guard let current = pending, current.source != nil, sameEntryKind(current) else {
                syntaxError(
                    at: q, index == nil ? "msgstr without a msgid before it" : "msgstr[\(index!)] without a msgid before it",
                    hint: "each entry needs msgid \"…\" before its msgstr")
                skipping = true
                extendPending()
                return
            }
            if let index {
                if current.plainTranslation || index != current.translations.count || index > 1000 {
                    let expected = current.plainTranslation ? "no msgstr[N] after a plain msgstr" : "msgstr[\(current.translations.count)]"
                    syntaxError(
                        at: q, "unexpected msgstr[\(index)], expected \(expected)", hint: "number plural forms msgstr[0], msgstr[1]… in order, once each")
                    skipping = true
                    extendPending()
                    return
                }
                pending!.indexedTranslation = true
                pending!.translations.append([])
                if index == 0 { pending!.translationPosition = position }
                pending!.field = .translation(index)
            } else {
                if !current.translations.isEmpty {
                    syntaxError(at: q, "second msgstr in one entry", hint: "an entry has one msgstr; start a new entry with msgid")
                    skipping = true
                    extendPending()
                    return
                }
                pending!.plainTranslation = true
                pending!.translations.append([])
                pending!.translationPosition = position
                pending!.field = .translation(0)
            }
        default:
            syntaxError(at: q, "unknown keyword '\(keyword)'", hint: "PO keywords are msgctxt, msgid, msgid_plural, msgstr and msgstr[N]")
            skipping = true
            extendPending()
            return
        }
        pending!.endByte = nextLineStart
        if hasString {
            appendStrings(stringStart)
        } else {
            syntaxError(
                at: stringStart, "expected a quoted string after \(keyword)\(index.map { "[\($0)]" } ?? "")",
                hint: "write it as \(keyword) \"text\"; an empty string is \"\"")
        }
    }

    mutating func continuationLine(_ q: Int, obsolete: Bool) {
        guard let current = pending, current.field != nil, current.hasKeywords,
            current.isObsolete == obsolete
        else {
            syntaxError(at: q, "string without a keyword before it", hint: "a continuation string follows a msgid, msgstr or msgctxt line")
            skipping = true
            extendPending()
            return
        }
        switch current.field! {
        case .previousContext, .previousSource, .previousPlural:
            syntaxError(at: q, "string without a keyword before it", hint: "a continuation string follows a msgid, msgstr or msgctxt line")
            skipping = true
            extendPending()
            return
        default: break
        }
        pending!.endByte = nextLineStart
        appendStrings(q)
    }

    /// Decodes the quoted strings starting at `q` into the current field.
    mutating func appendStrings(_ q: Int) {
        // take() moves the entry out, so appending to its arrays copies nothing.
        guard var entry = pending.take() else { return }
        guard let field = entry.field else {
            pending = entry
            return
        }
        switch field {
        case .context:
            var scalars = 0
            var segments: [StringSourceMap.Segment]? = nil
            _ = decodeStrings(q, into: &entry.context!, scalars: &scalars, segments: &segments)
        case .source:
            var segments: [StringSourceMap.Segment]? = entry.sourceSegments
            entry.sourceSegments = []
            _ = decodeStrings(q, into: &entry.source!, scalars: &entry.sourceScalars, segments: &segments)
            entry.sourceSegments = segments!
        case .plural:
            var scalars = 0
            var segments: [StringSourceMap.Segment]? = nil
            _ = decodeStrings(q, into: &entry.plural!, scalars: &scalars, segments: &segments)
        case .translation(let index):
            if index == 0 {
                var segments: [StringSourceMap.Segment]? = entry.translationSegments
                entry.translationSegments = []
                _ = decodeStrings(q, into: &entry.translations[0], scalars: &entry.translationScalars, segments: &segments)
                entry.translationSegments = segments!
            } else {
                var scalars = 0
                var segments: [StringSourceMap.Segment]? = nil
                _ = decodeStrings(q, into: &entry.translations[index], scalars: &scalars, segments: &segments)
            }
        default: break
        }
        pending = entry
    }

    mutating func startPendingIfNeeded() {
        if pending == nil { pending = PendingEntry(startByte: lineStart, startLine: lineNumber, endByte: nextLineStart) }
    }

    mutating func extendPending() {
        if pending != nil { pending!.endByte = nextLineStart }
    }

    // MARK: Strings

    /// Decodes one or more quoted strings on the current line from `q` (at a quote).
    /// Appends the bytes to `out`, counts decoded scalars, and records a map segment per string.
    mutating func decodeStrings(
        _ q: Int, into out: inout [UInt8], scalars: inout Int,
        segments: inout [StringSourceMap.Segment]?
    ) -> Bool {
        var i = q
        var col = column(of: q)
        var ok = true
        while i < lineEnd && b[i] == quote {
            var columns: [Int] = []
            let decodedStart = scalars
            i += 1
            col += 1
            var closed = false
            while i < lineEnd {
                let c = b[i]
                if c == quote {
                    closed = true
                    break
                }
                if c == backslash {
                    let escapeColumn = col
                    guard i + 1 < lineEnd else {
                        // A backslash at the end of the line: keep it, the string is unterminated.
                        out.append(c)
                        if segments != nil { columns.append(col) }
                        scalars += 1
                        i += 1
                        col += 1
                        break
                    }
                    let e = b[i + 1]
                    var value: UInt8? = nil
                    var consumed = 2
                    switch e {
                    case 0x6E: value = 0x0A  // n
                    case 0x74: value = 0x09  // t
                    case 0x72: value = 0x0D  // r
                    case 0x61: value = 0x07  // a
                    case 0x62: value = 0x08  // b
                    case 0x66: value = 0x0C  // f
                    case 0x76: value = 0x0B  // v
                    case quote, backslash, 0x27, 0x3F: value = e  // " \ ' ?
                    case 0x30...0x37:
                        var v = 0
                        var k = i + 1
                        while k < lineEnd && k < i + 4 && (0x30...0x37).contains(b[k]) {
                            v = v * 8 + Int(b[k] - 0x30)
                            k += 1
                        }
                        consumed = k - i
                        value = UInt8(truncatingIfNeeded: v)
                    case 0x78:  // x
                        var v = 0
                        var k = i + 2
                        while k < lineEnd, let digit = hexValue(b[k]) {
                            v = (v * 16 + digit) & 0xFFFF
                            k += 1
                        }
                        if k > i + 2 {
                            consumed = k - i
                            value = UInt8(truncatingIfNeeded: v)
                        }
                    default: break
                    }
                    if let value {
                        if value == 0 {
                            syntaxError(at: i, "escaped nul byte in a string", hint: "PO strings cannot contain nul; remove the escape")
                        } else {
                            out.append(value)
                        }
                        if segments != nil { columns.append(escapeColumn) }
                        scalars += 1
                        i += consumed
                        col += consumed
                    } else {
                        ok = false
                        syntaxError(
                            at: i, "invalid escape sequence '\\\(printable(i + 1))'",
                            hint: "valid escapes are \\n \\t \\\" \\\\ \\r \\a \\b \\f \\v, octal \\ooo and hex \\xhh; write a backslash as \\\\")
                        // Keep the backslash as text; the next character is read normally.
                        out.append(c)
                        if segments != nil { columns.append(escapeColumn) }
                        scalars += 1
                        i += 1
                        col += 1
                    }
                    continue
                }
                if c == 0 {
                    syntaxError(at: i, "unexpected nul byte in a string", hint: "remove the nul bytes; the file may be binary or damaged")
                    ok = false
                    i += 1
                    col += 1
                    continue
                }
                out.append(c)
                if c & 0xC0 != 0x80 {
                    if segments != nil { columns.append(col) }
                    scalars += 1
                    col += 1
                }
                i += 1
            }
            if segments != nil {
                columns.append(col)
                segments!.append(StringSourceMap.Segment(decodedStart: decodedStart, line: lineNumber, columns: columns))
            }
            if !closed {
                ok = false
                syntaxError(at: q, "unterminated string", hint: "end the string with a double quote on the same line; write a quote inside as \\\"")
                return ok
            }
            i += 1  // closing quote
            col += 1
            i = skipWhitespace(i)
            col = column(of: i)
        }
        if i < lineEnd {
            ok = false
            syntaxError(at: i, "unexpected text after a string", hint: "put one quoted string per line; write a quote inside a string as \\\"")
        }
        return ok
    }

    // MARK: Entries

    mutating func finishPending(atEnd: Bool) {
        guard let p = pending.take() else { return }
        // Comments with no message after them stay as text between entries (or at the end).
        guard p.hasKeywords else { return }
        let startPosition = TextPosition(line: p.startLine, column: 1)
        guard let sourceBytes = p.source else {
            syntaxError(
                position: p.contextPosition ?? startPosition, "msgctxt without a msgid",
                hint: "add msgid \"…\" and msgstr \"…\" after the msgctxt")
            // The entry is dropped; its text stays in the next entry's leading text.
            return
        }
        if p.translations.isEmpty {
            // After an error inside the entry, its missing msgstr is a consequence, not news.
            if !p.hadError {
                syntaxError(
                    position: p.sourcePosition ?? startPosition,
                    atEnd ? "missing msgstr at the end of the file (truncated?)" : "missing msgstr after this msgid",
                    hint: "add msgstr \"\" after the msgid (and msgid_plural)")
            }
        } else if p.plural != nil && p.plainTranslation {
            syntaxError(
                position: p.translationPosition ?? startPosition, "entry with msgid_plural has a plain msgstr",
                hint: "write its translations as msgstr[0], msgstr[1]…")
        } else if p.plural == nil && p.indexedTranslation {
            syntaxError(
                position: p.translationPosition ?? startPosition, "msgstr[N] without msgid_plural",
                hint: "add msgid_plural \"…\" after the msgid, or use a plain msgstr")
        }
        let obsolete = p.isObsolete ?? false
        // msgstr[N] without msgid_plural (reported above): keep any text of the extra forms by
        // salvaging the entry as a plural one with an empty msgid_plural; empty extras carry nothing.
        var salvagedPlural = p.plural.map(utf8String)
        var salvagedForms = p.translations.dropFirst().map(utf8String)
        if salvagedPlural == nil && !salvagedForms.isEmpty {
            if salvagedForms.allSatisfy(\.isEmpty) { salvagedForms = [] } else { salvagedPlural = "" }
        }
        var entry = CatalogEntry(
            key: p.context.map(utf8String),
            source: utf8String(sourceBytes),
            translation: p.translations.first.map(utf8String) ?? "",
            sourcePlural: salvagedPlural,
            pluralTranslations: salvagedForms,
            translatorComments: p.translatorComments,
            extractedComments: p.extractedComments,
            references: p.references,
            flags: p.flags,
            previousKey: p.previousContext.map(utf8String),
            previousSource: p.previousSource.map(utf8String),
            previousSourcePlural: p.previousPlural.map(utf8String),
            isObsolete: obsolete)
        entry.location = EntryLocation(
            start: startPosition, source: p.sourcePosition, translation: p.translationPosition,
            sourceMap: p.sourceSegments.isEmpty ? nil : StringSourceMap(segments: p.sourceSegments),
            translationMap: p.translationSegments.isEmpty ? nil : StringSourceMap(segments: p.translationSegments))
        entry.originalText = POEntryText(leading: string(lastBodyEnd, p.startByte), body: string(p.startByte, p.endByte), entry: entry)
        lastBodyEnd = p.endByte

        // Duplicates: gettext identifies a message by msgctxt and msgid.
        let id = entry.id
        let previousLine = obsolete ? seenObsolete[id] : seenActive[id]
        if let previousLine {
            let what = entry.key.map { "msgctxt \"\(shorten($0))\" msgid \"\(shorten(entry.source))\"" } ?? "msgid \"\(shorten(entry.source))\""
            diagnostics.append(
                Diagnostic(
                    severity: .error, path: path, position: p.sourcePosition ?? startPosition,
                    check: "duplicate-key", key: entry.key,
                    message: "duplicate \(obsolete ? "obsolete " : "")entry \(what), first defined at line \(previousLine)",
                    notes: ["remove one of the two entries (or give them different msgctxt); 'msguniq' can merge them"]))
        } else if obsolete {
            seenObsolete[id] = p.startLine
        } else {
            seenActive[id] = p.startLine
        }

        if entry.isHeader && catalog.header == nil && catalog.entries.isEmpty {
            catalog.header = entry
        } else {
            catalog.entries.append(entry)
        }
    }

    // MARK: Helpers

    func firstIndex(of byte: UInt8, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = b.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    func skipWhitespace(_ start: Int) -> Int {
        var i = start
        while i < lineEnd && (b[i] == space || b[i] == tab) { i += 1 }
        return i
    }

    /// Calls `body` with each non-empty field of the rest of the line, trimmed of spaces and tabs.
    func forEachField(from start: Int, separatedBy separator: UInt8, _ body: (String) -> Void) {
        var i = start
        while i < lineEnd {
            while i < lineEnd && (b[i] == space || b[i] == tab || b[i] == separator) { i += 1 }
            var end = i
            while end < lineEnd && b[end] != separator && !(separator == space && b[end] == tab) { end += 1 }
            var last = end
            while last > i && (b[last - 1] == space || b[last - 1] == tab) { last -= 1 }
            if last > i { body(string(i, last)) }
            i = end
        }
    }

    func afterOneSpace(_ i: Int) -> Int { i < lineEnd && b[i] == space ? i + 1 : i }

    func isLetter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F }

    func hexValue(_ c: UInt8) -> Int? {
        switch c {
        case 0x30...0x39: return Int(c - 0x30)
        case 0x61...0x66: return Int(c - 0x61 + 10)
        case 0x41...0x46: return Int(c - 0x41 + 10)
        default: return nil
        }
    }

    /// Reads `keyword` or `keyword[N]` at `q`; nil when the keyword is too long or oddly formed.
    func readKeyword(_ q: Int) -> (String, Int?, Int)? {
        var i = q
        while i < lineEnd && isLetter(b[i]) && i - q <= 20 { i += 1 }
        guard i > q, i - q <= 20 else { return nil }
        let keyword = string(q, i)
        var index: Int? = nil
        if i < lineEnd && b[i] == 0x5B {  // "["
            var k = i + 1
            var value = 0
            while k < lineEnd && b[k] >= 0x30 && b[k] <= 0x39 && k - i < 6 {
                value = value * 10 + Int(b[k] - 0x30)
                k += 1
            }
            guard k > i + 1, k < lineEnd, b[k] == 0x5D else { return nil }
            index = value
            i = k + 1
        }
        // The keyword must end at whitespace or a quote ("msgidx" is not msgid).
        if i < lineEnd && !(b[i] == space || b[i] == tab || b[i] == quote) { return nil }
        if index != nil && keyword != "msgstr" { return nil }
        return (keyword, index, i)
    }

    /// Column (1-based, in scalars) of byte `i` on the current line.
    func column(of i: Int) -> Int {
        var col = 1
        var k = lineStart
        let stop = min(i, lineEnd)
        while k < stop {
            if b[k] & 0xC0 != 0x80 { col += 1 }
            k += 1
        }
        return col + max(0, i - stop)
    }

    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
    }

    func utf8String(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// A short, printable piece of the line at `i`, for messages.
    func excerpt(_ i: Int) -> String {
        var end = i
        var count = 0
        while end < lineEnd && count < 20 {
            if b[end] & 0xC0 != 0x80 { count += 1 }
            end += 1
        }
        while end < lineEnd && b[end] & 0xC0 == 0x80 { end += 1 }
        let text = string(i, end).unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
        return end < lineEnd ? text + "…" : text
    }

    func printable(_ i: Int) -> String {
        guard i < lineEnd else { return "" }
        var end = i + 1
        while end < lineEnd && b[end] & 0xC0 == 0x80 { end += 1 }
        let text = string(i, end)
        return text.unicodeScalars.first.map { $0.value < 0x20 ? "?" : text } ?? ""
    }

    func shorten(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 40 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(40))) + "…"
    }

    mutating func syntaxError(at i: Int, _ message: String, hint: String) {
        syntaxError(position: TextPosition(line: lineNumber, column: column(of: i)), message, hint: hint)
    }

    mutating func syntaxError(position: TextPosition, _ message: String, hint: String) {
        if pending != nil { pending!.hadError = true }
        syntaxErrors += 1
        guard syntaxErrors <= diagnosticLimit else {
            if firstUnlisted == nil { firstUnlisted = position }
            return
        }
        diagnostics.append(
            Diagnostic(
                severity: .error, path: path, position: position, check: "po-syntax",
                message: message, notes: [hint]))
    }
}
