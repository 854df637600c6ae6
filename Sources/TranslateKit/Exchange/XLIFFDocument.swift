import Foundation

/// XLIFF 2.1 (urn:oasis:names:tc:xliff:document:2.0, version="2.1"): one `<unit>` per message, its key as
/// `name` (and as `id` when the key is an NMTOKEN), extracted comments as `<note>`s, one `<segment>`.
///
/// States: untranslated → `initial` without a target; fuzzy → `initial` with the draft as target; translated →
/// `translated`. On import `initial` with a target is fuzzy, `translated`, `reviewed` and `final` are translated.
/// Numbered tags become `<pc id="x1">…</pc>` (legacy files have `<ph id="2"/>` too), simple arguments `<ph id="a1" disp="{name}"/>`;
/// plural and select messages travel as text (see InlineMessage).
public enum XLIFFDocument {
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

    /// The document as XLIFF 2.1. Throws when a message has a character XML cannot carry.
    public static func write(_ document: ExchangeDocument) throws -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<xliff xmlns=\"\(namespace)\" version=\"2.1\" srcLang=\"\(MarkupEscaper.xmlAttribute(document.sourceLanguage))\""
        if let target = document.targetLanguage { out += " trgLang=\"\(MarkupEscaper.xmlAttribute(target))\"" }
        out += ">\n  <file id=\"f1\">\n"
        let keyIDs = Set(document.units.map(\.key).filter(isNMToken))
        var generated = 0
        for unit in document.units {
            try XMLEscape.requireRepresentable(unit.key + (unit.source ?? "") + unit.target + unit.notes.joined(), key: unit.key)
            var id = unit.key
            if !isNMToken(unit.key) {
                repeat {
                    generated += 1
                    id = "u\(generated)"
                } while keyIDs.contains(id)
            }
            out += "    <unit id=\"\(MarkupEscaper.xmlAttribute(id))\" name=\"\(MarkupEscaper.xmlAttribute(unit.key))\">\n"
            if !unit.notes.isEmpty {
                out += "      <notes>\n"
                for note in unit.notes { out += "        <note>\(MarkupEscaper.xmlText(note))</note>\n" }
                out += "      </notes>\n"
            }
            let state: String
            switch unit.state ?? (unit.target.isEmpty ? .untranslated : .translated) {
            case .untranslated, .fuzzy: state = "initial"
            case .translated: state = "translated"
            }
            out += "      <segment state=\"\(state)\">\n"
            let source = unit.source ?? ""
            if let split = InlineMessage.split(source: source, target: unit.target) {
                var ids = InlineMessage.ArgumentIDs()
                out += "        <source xml:space=\"preserve\">\(render(split.source, &ids))</source>\n"
                if !unit.target.isEmpty { out += "        <target xml:space=\"preserve\">\(render(split.target, &ids))</target>\n" }
            } else {
                out += "        <source xml:space=\"preserve\">\(MarkupEscaper.xmlText(source))</source>\n"
                if !unit.target.isEmpty { out += "        <target xml:space=\"preserve\">\(MarkupEscaper.xmlText(unit.target))</target>\n" }
            }
            out += "      </segment>\n    </unit>\n"
        }
        out += "  </file>\n</xliff>\n"
        return out
    }

    static func render(_ pieces: [InlineCode], _ ids: inout InlineMessage.ArgumentIDs) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let t): out += MarkupEscaper.xmlText(t)
            case .open(let n): out += "<pc id=\"\(n)\" dispStart=\"&lt;\(n)&gt;\" dispEnd=\"&lt;/\(n)&gt;\">"
            case .close: out += "</pc>"
            case .empty(let n): out += "<ph id=\"\(n)\" disp=\"&lt;\(n)/&gt;\"/>"
            case .argument(let a): out += "<ph id=\"\(ids.id(for: a))\" disp=\"\(MarkupEscaper.xmlAttribute(a))\"/>"
            }
        }
        return out
    }

    static func isNMToken(_ s: String) -> Bool {
        !s.isEmpty
            && s.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_"
            }
    }

    /// Reads XLIFF 2.x. Malformed XML, a DOCTYPE with an internal subset, another root or a unit without source throw with path:line:column.
    public static func read(_ text: String, path: String) throws -> ExchangeDocument {
        let root = try XMLTree.parse(text, path: path)
        let walker = XLIFFWalker.version2
        guard root.name == "xliff", root.namespace == namespace else {
            throw TranslateError(
                path: path, position: root.position, "not an XLIFF 2 file (root <\(root.name)> in \(root.namespace ?? "no namespace"))",
                hint: "for XLIFF 1.2 pass --format xliff12")
        }
        var units: [ExchangeUnit] = []
        for file in root.elements("file") {
            for unit in walker.units(in: file) {
                guard let key = unit.attributes["name"] ?? unit.attributes["id"] else {
                    throw TranslateError(path: path, position: unit.position, "a <unit> without name or id")
                }
                var source = ""
                var target = ""
                var hasTarget = false
                var states: [String] = []
                let segments = unit.children.compactMap { node -> XMLTree? in
                    if case .element(let e) = node, e.name == "segment" || e.name == "ignorable" { return e } else { return nil }
                }
                guard !segments.isEmpty else {
                    throw TranslateError(path: path, position: unit.position, "unit '\(key)' has no <segment>")
                }
                var argumentRaws: [String: String] = [:]
                for segment in segments {
                    guard let sourceElement = segment.element("source") else {
                        throw TranslateError(path: path, position: segment.position, "a segment of unit '\(key)' has no <source>")
                    }
                    walker.collectArguments(sourceElement, into: &argumentRaws)
                    source += walker.flatten(sourceElement, arguments: argumentRaws)
                    if let targetElement = segment.element("target") {
                        hasTarget = true
                        target += walker.flatten(targetElement, arguments: argumentRaws)
                    } else if segment.name == "ignorable" {
                        // Ignorable text (spaces between segments) belongs to the target as it is.
                        target += walker.flatten(sourceElement, arguments: argumentRaws)
                    }
                    if segment.name == "segment" { states.append(segment.attributes["state"] ?? "") }
                }
                var state: EntryState?
                if !hasTarget || target.isEmpty { state = .untranslated } else if states.contains("initial") { state = .fuzzy } else { state = .translated }
                let notes = (unit.element("notes")?.elements("note") ?? []).map(\.text)
                units.append(ExchangeUnit(key: key, source: source, target: hasTarget ? target : "", state: state, notes: notes, position: unit.position))
            }
        }
        return ExchangeDocument(sourceLanguage: root.attributes["srcLang"] ?? "en", targetLanguage: root.attributes["trgLang"], units: units)
    }
}
