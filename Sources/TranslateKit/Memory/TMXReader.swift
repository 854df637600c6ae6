import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads TMX (1.1–1.4b) as OmegaT, Trados Studio, memoQ, Weblate and others write it.
///
/// External entities are never resolved: a DOCTYPE with an internal subset is refused before
/// parsing (the rule every XML reader shares, `XMLTree.refuseInternalSubset`), and the parser is
/// told not to resolve any.
public enum TMXReader {
    /// Reads a file in UTF-8 (± BOM) or UTF-16 with a BOM.
    public static func read(_ url: URL, displayPath: String? = nil) throws -> TMXDocument {
        let shown = displayPath ?? url.path
        let text = try TextFile.read(url, displayPath: shown)
        return try parse(text, path: shown)
    }

    /// Decodes bytes (any BOM) and parses them.
    public static func parse(_ data: Data, path: String) throws -> TMXDocument {
        try parse(TextFile.decode(data, path: path), path: path)
    }

    /// Parses TMX text; throws TranslateError with path:line:column for anything malformed.
    public static func parse(_ text: String, path: String) throws -> TMXDocument {
        try XMLTree.refuseUnreadable(text, path: path)
        // The text is already decoded, so the declaration's encoding (often UTF-16) no longer applies.
        let body = replacingDeclaredEncoding(text)
        // A stream is fed to libxml2 in chunks; handing it all the data at once trips its
        // 10 MB "huge input lookup" limit on large memories.
        let parser = XMLParser(stream: InputStream(data: Data(body.utf8)))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        let handler = TMXParseHandler(path: path)
        parser.delegate = handler
        let ok = parser.parse()
        if var error = handler.error {
            error.position = error.position.map { scalarPosition($0, in: body) }
            throw error
        }
        if !ok {
            let reason = parser.parserError.map(XMLTree.describe) ?? "malformed XML"
            throw TranslateError(
                path: path, position: scalarPosition(TextPosition(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)), in: body),
                "not well-formed XML: \(reason)", hint: "open the file in an XML editor, or export it again from the tool that made it")
        }
        guard let document = handler.document else {
            throw TranslateError(path: path, position: TextPosition(line: 1, column: 1), "not a TMX file: no <tmx> root element")
        }
        return document
    }

    /// Reads a file unit by unit, in order, without holding its text or its tree: peak memory is
    /// what `body` keeps. Files the streamed parser must not see (UTF-16, another declared encoding,
    /// invalid UTF-8, a DOCTYPE with an internal subset, any processing instruction besides the declaration) and
    /// files that fail to parse are read whole instead, so they are refused exactly as `read`
    /// refuses them; `restart` is called first, to drop what `body` kept of a failed stream.
    public static func forEachUnit(
        in url: URL, displayPath: String? = nil, restart: () -> Void,
        _ body: (TMXUnit) -> Void
    ) throws {
        let shown = displayPath ?? url.path
        if streamable(url), let stream = InputStream(url: url) {
            let parser = XMLParser(stream: stream)
            parser.shouldResolveExternalEntities = false
            parser.shouldProcessNamespaces = false
            parser.shouldReportNamespacePrefixes = false
            let handler = TMXParseHandler(path: shown)
            withoutActuallyEscaping(body) { body in
                handler.onUnit = body
                parser.delegate = handler
                _ = parser.parse()
                handler.onUnit = nil
            }
            if parser.parserError == nil, handler.error == nil, handler.document != nil { return }
            restart()
        }
        for unit in try read(url, displayPath: shown).units { body(unit) }
    }

    /// Whether a file can go to the streamed parser: checked in one pass of 1 MB chunks.
    static func streamable(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        var first = true
        var carry: [UInt8] = []
        var previous: (UInt8, UInt8) = (0, 0)
        var instructions = 0
        var inDoctype = false
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch { return false }
            guard let data = chunk, !data.isEmpty else { break }
            var bytes = carry + [UInt8](data)
            if first {
                first = false
                if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                // The declaration must name UTF-8 or nothing: the parser decodes by it.
                if bytes.starts(with: Array("<?xml".utf8)), let end = bytes.firstIndex(of: UInt8(ascii: ">")) {
                    let declaration = String(decoding: bytes[..<end], as: UTF8.self).lowercased()
                    if declaration.contains("encoding"), !declaration.contains("utf-8"), !declaration.contains("utf8") { return false }
                }
            }
            // A sequence cut by the chunk's end waits for the next chunk.
            var complete = bytes.count
            if let lead = bytes.suffix(3).lastIndex(where: { $0 & 0xC0 == 0xC0 }) {
                let needed = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
                if bytes.count - lead < needed { complete = lead }
            }
            if TextFile.firstInvalidUTF8(bytes[..<complete]) != nil { return false }
            carry = Array(bytes[complete...])
            for byte in bytes[..<complete] {
                if previous.1 == UInt8(ascii: "<") && byte == UInt8(ascii: "?") { instructions += 1 }
                // A DOCTYPE naming an external DTD is read (never fetched) as before; an internal subset is not streamed.
                if inDoctype {
                    if byte == UInt8(ascii: "[") { return false }
                    if byte == UInt8(ascii: ">") { inDoctype = false }
                }
                if previous.0 == UInt8(ascii: "<") && previous.1 == UInt8(ascii: "!") {
                    if byte == UInt8(ascii: "D") { inDoctype = true }
                    if byte == UInt8(ascii: "E") || byte == UInt8(ascii: "A") { return false }
                }
                previous = (previous.1, byte)
            }
            if instructions > 1 { return false }
        }
        return carry.isEmpty
    }

    static func replacingDeclaredEncoding(_ text: String) -> String { XMLTree.declaringUTF8(text) }

    /// libxml2 counts columns in bytes; translate's positions count Unicode scalars.
    static func scalarPosition(_ position: TextPosition, in text: String) -> TextPosition {
        var line = 1
        var lineStart = text.utf8.startIndex
        var index = text.utf8.startIndex
        while line < position.line, index < text.utf8.endIndex {
            if text.utf8[index] == 0x0A {
                line += 1
                lineStart = text.utf8.index(after: index)
            }
            index = text.utf8.index(after: index)
        }
        guard line == position.line else { return position }
        let lineBytes = text.utf8[lineStart...].prefix { $0 != 0x0A }
        let prefix = lineBytes.prefix(max(position.column - 1, 0))
        let scalars = prefix.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return TextPosition(line: position.line, column: scalars + 1)
    }
}

/// Builds a TMXDocument from parser events; the first structural problem stops parsing.
final class TMXParseHandler: NSObject, XMLParserDelegate {
    let path: String
    var document: TMXDocument?
    /// When set, each finished `<tu>` goes here instead of into `document` (streamed reading).
    var onUnit: ((TMXUnit) -> Void)?
    var error: TranslateError?

    private var unit: TMXUnit?
    private var variant: TMXVariant?
    private var inHeader = false
    private var property: TMXProperty?
    private var noteText: String?
    /// Open inline elements inside <seg>; the bottom one is the segment itself.
    private var inlineStack: [TMXCode] = []
    private var inSegment = false
    private var sawSegment = false

    init(path: String) { self.path = path }

    private func fail(_ parser: XMLParser, _ message: String, hint: String? = nil) {
        guard error == nil else { return }
        error = TranslateError(path: path, position: TextPosition(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)), message, hint: hint)
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if inSegment {
            inlineStack.append(TMXCode(element: name, attributes: attributes))
            return
        }
        switch name {
        case "tmx":
            document = TMXDocument(version: attributes["version"] ?? "1.4")
        case "header":
            guard document != nil else { return fail(parser, "<header> outside <tmx>") }
            document!.header = attributes
            inHeader = true
        case "body":
            guard document != nil else { return fail(parser, "<body> outside <tmx>") }
        case "tu":
            guard document != nil else { return fail(parser, "<tu> outside <tmx>") }
            unit = TMXUnit(attributes: attributes)
        case "tuv":
            guard unit != nil else { return fail(parser, "<tuv> outside <tu>") }
            guard let language = attributes["xml:lang"] ?? attributes["lang"], !language.isEmpty else {
                return fail(parser, "<tuv> without xml:lang", hint: "every <tuv> needs the language of its text")
            }
            var rest = attributes
            rest.removeValue(forKey: "xml:lang")
            rest.removeValue(forKey: "lang")
            variant = TMXVariant(language: TMXLanguage.normalize(language), segment: [], attributes: rest)
            sawSegment = false
        case "seg":
            guard variant != nil else { return fail(parser, "<seg> outside <tuv>") }
            inSegment = true
            inlineStack = [TMXCode(element: "seg")]
        case "prop":
            property = TMXProperty(type: attributes["type"] ?? "", value: "", language: attributes["xml:lang"] ?? attributes["lang"])
        case "note":
            noteText = ""
        case "map", "ude":
            break  // user-defined encodings of TMX level 2; nothing the memory uses
        default:
            fail(parser, "unexpected element <\(name)>")
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if inSegment {
            let finished = inlineStack.removeLast()
            if inlineStack.isEmpty {
                inSegment = false
                sawSegment = true
                variant?.segment = TMXInline.coalesced(finished.content)
            } else {
                inlineStack[inlineStack.count - 1].content.append(.code(finished))
            }
            return
        }
        switch name {
        case "header": inHeader = false
        case "tu":
            if let unit { if let onUnit { onUnit(unit) } else { document?.units.append(unit) } }
            unit = nil
        case "tuv":
            guard var finished = variant else { return }
            guard sawSegment else { return fail(parser, "<tuv xml:lang=\"\(finished.language)\"> has no <seg>") }
            finished.segment = TMXInline.coalesced(finished.segment)
            unit?.variants.append(finished)
            variant = nil
        case "prop":
            guard let finished = property else { return }
            if variant != nil {
                variant!.properties.append(finished)
            } else if unit != nil {
                unit!.properties.append(finished)
            } else if inHeader {
                document?.headerProperties.append(finished)
            }
            property = nil
        case "note":
            guard let finished = noteText else { return }
            if variant != nil {
                variant!.notes.append(finished)
            } else if unit != nil {
                unit!.notes.append(finished)
            } else if inHeader {
                document?.headerNotes.append(finished)
            }
            noteText = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inSegment {
            inlineStack[inlineStack.count - 1].content.append(.text(string))
        } else if property != nil {
            property!.value += string
        } else if noteText != nil {
            noteText! += string
        }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        nil
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        // Only a streamed read can get here (a whole-file read refuses internal subsets first); it then
        // falls back to the whole-file read, which refuses the file with its position.
        if onUnit != nil { fail(parser, "the file declares an entity '\(name)'") }
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail(parser, "the file declares an external entity '\(name)', which translate never reads")
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        fail(
            parser, "not well-formed XML: \(XMLTree.describe(parseError))",
            hint: "open the file in an XML editor, or export it again from the tool that made it")
    }
}
