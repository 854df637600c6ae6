import Foundation

/// XLIFF 1.2 (urn:oasis:names:tc:xliff:document:1.2), for older CAT tools: one `<trans-unit>` per message with
/// the key as `resname` (and `id`), extracted comments as `<note>`s.
///
/// States: untranslated → no `<target>`, fuzzy → `needs-review-translation`, translated → `translated` with
/// `approved="yes"` on the unit (translate-toolkit and CAT tools read a unit without it as fuzzy). On import any `needs-review-*` state, and `new`/`needs-translation` with text, is fuzzy; other
/// states (translated, final, signed-off) or none are translated. Numbered tags become `<g id="1">…</g>` and
/// `<x id="2"/>`, simple arguments `<x id="a1" equiv-text="{name}"/>`; plural and select messages travel as text.
public enum XLIFF12Document {
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    /// The document as XLIFF 1.2. Throws when a message has a character XML cannot carry.
    public static func write(_ document: ExchangeDocument) throws -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<xliff xmlns=\"\(namespace)\" version=\"1.2\">\n"
        out += "  <file original=\"messages\" datatype=\"plaintext\" source-language=\"\(MarkupEscaper.xmlAttribute(document.sourceLanguage))\""
        if let target = document.targetLanguage { out += " target-language=\"\(MarkupEscaper.xmlAttribute(target))\"" }
        out += ">\n    <body>\n"
        for unit in document.units {
            try XMLEscape.requireRepresentable(unit.key + (unit.source ?? "") + unit.target + unit.notes.joined(), key: unit.key)
            let state: String?
            switch unit.state ?? (unit.target.isEmpty ? .untranslated : .translated) {
            case .untranslated: state = unit.target.isEmpty ? nil : "new"
            case .fuzzy: state = "needs-review-translation"
            case .translated: state = "translated"
            }
            let approved = state == "translated" ? " approved=\"yes\"" : ""
            out +=
                "      <trans-unit id=\"\(MarkupEscaper.xmlAttribute(unit.key))\" resname=\"\(MarkupEscaper.xmlAttribute(unit.key))\"\(approved) xml:space=\"preserve\">\n"
            let source = unit.source ?? ""
            let target: String
            if let split = InlineMessage.split(source: source, target: unit.target) {
                var ids = InlineMessage.ArgumentIDs()
                out += "        <source>\(render(split.source, &ids))</source>\n"
                target = render(split.target, &ids)
            } else {
                out += "        <source>\(MarkupEscaper.xmlText(source))</source>\n"
                target = MarkupEscaper.xmlText(unit.target)
            }
            if let state { out += "        <target state=\"\(state)\">\(target)</target>\n" }
            for note in unit.notes { out += "        <note>\(MarkupEscaper.xmlText(note))</note>\n" }
            out += "      </trans-unit>\n"
        }
        out += "    </body>\n  </file>\n</xliff>\n"
        return out
    }

    static func render(_ pieces: [InlineCode], _ ids: inout InlineMessage.ArgumentIDs) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let t): out += MarkupEscaper.xmlText(t)
            case .open(let n): out += "<g id=\"\(n)\" ctype=\"x-tag\">"
            case .close: out += "</g>"
            case .empty(let n): out += "<x id=\"\(n)\" ctype=\"x-tag\"/>"
            case .argument(let a): out += "<x id=\"\(ids.id(for: a))\" ctype=\"x-argument\" equiv-text=\"\(MarkupEscaper.xmlAttribute(a))\"/>"
            }
        }
        return out
    }

    /// Reads XLIFF 1.x. Malformed XML, a DOCTYPE with an internal subset or a trans-unit without source throw with path:line:column.
    public static func read(_ text: String, path: String) throws -> ExchangeDocument {
        let root = try XMLTree.parse(text, path: path)
        let walker = XLIFFWalker.version12
        guard root.name == "xliff" else {
            throw TranslateError(path: path, position: root.position, "not an XLIFF file (root <\(root.name)>)")
        }
        var units: [ExchangeUnit] = []
        var sourceLanguage = "en"
        var targetLanguage: String?
        for file in root.elements("file") {
            sourceLanguage = file.attributes["source-language"] ?? sourceLanguage
            targetLanguage = file.attributes["target-language"] ?? targetLanguage
            guard let body = file.element("body") else { continue }
            for unit in walker.units(in: body) {
                guard let key = unit.attributes["resname"] ?? unit.attributes["id"] else {
                    throw TranslateError(path: path, position: unit.position, "a <trans-unit> without resname or id")
                }
                guard let sourceElement = unit.element("source") else {
                    throw TranslateError(path: path, position: unit.position, "trans-unit '\(key)' has no <source>")
                }
                var arguments: [String: String] = [:]
                walker.collectArguments(sourceElement, into: &arguments)
                let source = walker.flatten(sourceElement, arguments: arguments)
                let targetElement = unit.element("target")
                let target = targetElement.map { walker.flatten($0, arguments: arguments) } ?? ""
                let stateName = targetElement?.attributes["state"] ?? ""
                let state: EntryState
                if target.isEmpty {
                    state = .untranslated
                } else if stateName.hasPrefix("needs-review") || ["new", "needs-translation", "needs-adaptation", "needs-l10n"].contains(stateName) {
                    state = .fuzzy
                } else {
                    state = .translated
                }
                units.append(
                    ExchangeUnit(
                        key: key, source: source, target: target, state: state,
                        notes: unit.elements("note").map(\.text), position: unit.position))
            }
        }
        return ExchangeDocument(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, units: units)
    }
}
