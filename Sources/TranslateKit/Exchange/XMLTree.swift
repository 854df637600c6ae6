import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small element tree read with XMLParser, for the XLIFF and TBX readers.
///
/// External entities are never resolved: `shouldResolveExternalEntities` is off and a DOCTYPE with an
/// internal subset is refused before parsing, so an XXE or billion-laughs file is an error, not a leak.
final class XMLTree {
    /// An element's child: text (entities and CDATA resolved) or an element.
    enum Node {
        case text(String)
        case element(XMLTree)
    }

    let name: String
    let namespace: String?
    let attributes: [String: String]
    var children: [Node] = []
    let position: TextPosition

    init(name: String, namespace: String?, attributes: [String: String], position: TextPosition) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.position = position
    }

    /// Child elements named `name` (local name).
    func elements(_ name: String) -> [XMLTree] {
        children.compactMap { if case .element(let e) = $0, e.name == name { return e } else { return nil } }
    }

    func element(_ name: String) -> XMLTree? { elements(name).first }

    /// All text inside, elements' text included.
    var text: String {
        children.map { node in
            switch node {
            case .text(let t): return t
            case .element(let e): return e.text
            }
        }.joined()
    }

    /// `text` with its XML declaration's encoding (if any) set to UTF-8. TextFile has already decoded UTF-16 or a
    /// BOM, and the bytes handed to libxml2 are UTF-8, so the declaration must say so. It matters beyond
    /// correctness: libxml2 2.9 crashes (SEGV in xmlSwitchToEncoding) on some declared encodings such as utf-7 in a
    /// declaration without its closing `?>` (found by fuzzing the TMX reader). Shared by every XML reader.
    static func declaringUTF8(_ text: String) -> String {
        var text = text
        if let declaration = text.range(of: #"^\s*<\?xml[^>]*?encoding\s*=\s*["'][^"']*["']"#, options: .regularExpression),
            let encoding = text[declaration].range(of: #"encoding\s*=\s*["'][^"']*["']"#, options: .regularExpression)
        {
            text.replaceSubrange(encoding, with: "encoding=\"UTF-8\"")
        }
        return text
    }

    /// Parses `text`; malformed XML or a DOCTYPE with an internal subset throws with path:line:column.
    static func parse(_ text: String, path: String) throws -> XMLTree {
        try refuseUnreadable(text, path: path)
        let text = declaringUTF8(text)
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        let delegate = Builder()
        parser.delegate = delegate
        let ok = parser.parse()
        if !ok || delegate.root == nil || delegate.error != nil || !delegate.stack.isEmpty {
            let message = delegate.refusal ?? (delegate.error ?? parser.parserError).map { "malformed XML: " + describe($0) } ?? "malformed XML"
            let position = delegate.errorPosition ?? TextPosition(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
            throw TranslateError(
                path: path, position: position, message,
                hint: "open the file in an XML editor or validator to see what is wrong")
        }
        return delegate.root!
    }

    /// libxml2's error codes (XMLParser passes them through) in words; others by number.
    static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
        let known: [Int: String] = [
            4: "the document is empty", 5: "text after the end of the document, or the document ends early",
            9: "a character XML does not allow", 23: "an entity reference without its ';'", 26: "an undefined entity",
            27: "an entity the file does not define (only &lt; &gt; &amp; &quot; &apos; and &#…; are read; a DTD is never loaded)",
            38: "an unescaped '<' in an attribute value", 39: "an attribute value without quotes",
            41: "an attribute without a value", 57: "an XML declaration ('<?xml …') without its closing '?>'", 65: "an attribute name without '=' or a value",
            73: "'>' expected", 76: "a closing tag that does not match the open element", 77: "an element that is never closed",
        ]
        return known[code] ?? "XML parser error \(code)"
    }

    /// What every XML reader refuses before the parser sees the text: a DOCTYPE with an internal subset,
    /// and a processing instruction without data.
    static func refuseUnreadable(_ text: String, path: String) throws {
        try refuseInternalSubset(text, path: path)
        try refuseEmptyProcessingInstructions(text, path: path)
    }

    /// A processing instruction without data (`<?x?>`) kills the process: FoundationXML's callback runs
    /// strlen on the NULL data libxml2 hands it (found by fuzzing). No exchange file needs one, so it is
    /// refused with its position. Comments and CDATA sections are skipped; elsewhere a raw `<?` can only
    /// start a processing instruction.
    static func refuseEmptyProcessingInstructions(_ text: String, path: String) throws {
        let s = Array(text.utf8)
        var i = 0
        func starts(_ prefix: String, at index: Int) -> Bool {
            let p = Array(prefix.utf8)
            return index + p.count <= s.count && Array(s[index..<(index + p.count)]) == p
        }
        func skip(to terminator: String, from index: Int) -> Int {
            var j = index
            while j < s.count && !starts(terminator, at: j) { j += 1 }
            return j + terminator.utf8.count
        }
        while i < s.count {
            guard s[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if starts("<!--", at: i) {
                i = skip(to: "-->", from: i + 4)
                continue
            }
            if starts("<![CDATA[", at: i) {
                i = skip(to: "]]>", from: i + 9)
                continue
            }
            guard starts("<?", at: i) else {
                i += 1
                continue
            }
            var j = i + 2
            while j < s.count, !(s[j] == UInt8(ascii: "?") || s[j] == 0x20 || s[j] == 0x09 || s[j] == 0x0A || s[j] == 0x0D) { j += 1 }
            var k = j
            while k < s.count, s[k] == 0x20 || s[k] == 0x09 || s[k] == 0x0A || s[k] == 0x0D { k += 1 }
            if starts("?>", at: k) {
                let offset = text.utf8.index(text.utf8.startIndex, offsetBy: i)
                throw TranslateError(
                    path: path, position: position(of: offset, in: text),
                    "a processing instruction without data (\(String(decoding: s[i..<(k + 2)], as: UTF8.self))); translate cannot read one",
                    hint: "remove it: exchange files do not need processing instructions")
            }
            i = skip(to: "?>", from: k)
        }
    }

    /// The one DOCTYPE rule of every XML reader (XLIFF 1.2 and 2.x, TBX, TMX): a DOCTYPE that only
    /// names a DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, as OmegaT, Weblate and Translate Toolkit
    /// write) is ignored and never loaded; one with an internal subset (`[ … ]`, where entities are
    /// declared) is refused with its position, as no exchange file needs one.
    static func refuseInternalSubset(_ text: String, path: String) throws {
        guard let range = text.range(of: "<!DOCTYPE", options: [.caseInsensitive]), declaresSubset(text[range.lowerBound...]) else { return }
        throw TranslateError(
            path: path, position: position(of: range.lowerBound, in: text),
            "the file's DOCTYPE declares an internal subset ([ … ]), where XML entities are declared; translate never reads one",
            hint: "remove the <!DOCTYPE …> block: exchange files do not need it (a DOCTYPE that only names a DTD is accepted and never loaded)")
    }

    /// Whether a DOCTYPE has an internal subset (`[ … ]`), where entities are declared.
    static func declaresSubset(_ doctype: Substring) -> Bool {
        var quote: Character?
        for character in doctype.dropFirst(2) {
            if let q = quote {
                if character == q { quote = nil }
                continue
            }
            if character == "\"" || character == "'" {
                quote = character
                continue
            }
            if character == "[" { return true }
            if character == ">" { return false }
        }
        return true
    }

    static func position(of index: String.Index, in text: String) -> TextPosition {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return TextPosition(line: line, column: column)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []
        var refusal: String?
        var error: Error?
        var errorPosition: TextPosition?

        // The first error counts: libxml2 may go on and report the ones it causes.
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard error == nil else { return }
            error = parseError
            errorPosition = TextPosition(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            let element = XMLTree(
                name: elementName, namespace: namespaceURI, attributes: attributeDict,
                position: TextPosition(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)))
            if let parent = stack.last { parent.children.append(.element(element)) } else if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { append(string) }

        func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) { append(String(decoding: cdataBlock, as: UTF8.self)) }

        func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) { append(whitespaceString) }

        // Belt and braces: should a DOCTYPE slip past the text scan, any entity declaration stops the parse.
        func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
            refusal = "the file declares an external entity '\(name)'"
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            refusal = "the file declares an entity '\(name)'"
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }

        private func append(_ string: String) {
            guard let current = stack.last else { return }
            if case .text(let previous)? = current.children.last {
                current.children[current.children.count - 1] = .text(previous + string)
            } else {
                current.children.append(.text(string))
            }
        }
    }
}

/// What XML writers share beyond escaping (which is MarkupEscaper's).
enum XMLEscape {
    /// Throws when a unit's text has a character XML cannot represent (a control character).
    static func requireRepresentable(_ s: String, key: String) throws {
        if let bad = s.unicodeScalars.first(where: { !MarkupEscaper.isXMLCharacter($0) }) {
            throw TranslateError(
                "message '\(key)' has U+\(String(format: "%04X", bad.value)), which XML cannot carry",
                hint: "remove the control character from the catalog, or export as JSON or CSV")
        }
    }
}
