import Foundation

/// The glossary as TBX-Basic, the terminology exchange format of CAT tools and Weblate.
///
/// Written in the widely read TBX 2008 (martif) shape: `<termEntry>` per concept with `<descrip type="definition">`,
/// `<langSet xml:lang>` per language, `<tig><term>` per variant with `<termNote type="partOfSpeech">` and
/// `<termNote type="administrativeStatus">` (preferredTerm-admn-sts; deprecatedTerm-admn-sts for the terms of a
/// forbidden row; admittedTerm-admn-sts for the English of a forbidden row), all TBX-Basic data categories, part of
/// speech from its picklist (`proper noun` is `properNoun`; a value outside it is `other`). Two extensions, named
/// `x-` as TBX reserves for them and listed in the header: `<termNote type="x-doNotTranslate">yes</termNote>` and
/// patterns `<termNote type="x-pattern">`. Reading also takes TBX v3 (`conceptEntry`/`langSec`/`termSec`), `ntig`
/// and Weblate's `<termNote type="translationNote">no</termNote>` for do-not-translate.
public enum TBXDocument {
    /// The data categories written that TBX-Basic does not define.
    static let extensions = ["x-doNotTranslate", "x-pattern"]
    /// The header note listing the glossary's languages, written when one of them has no term.
    static let languagesNote = "x-languages"

    /// A part of speech as TBX-Basic's picklist names it: noun, verb, adjective, adverb, properNoun or other.
    static func partOfSpeech(_ value: String) -> String {
        let lower = value.lowercased()
        if ["proper noun", "propernoun", "proper-noun"].contains(lower) { return "properNoun" }
        return ["noun", "verb", "adjective", "adverb", "other"].contains(lower) ? lower : "other"
    }

    /// The glossary as TBX-Basic.
    public static func write(_ glossary: Glossary) throws -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\" xml:lang=\"en\">\n"
        out += "  <martifHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>translate glossary</p>\n"
        out += "        <p>data categories beyond TBX-Basic: \(extensions.joined(separator: ", "))</p>\n"
        // A language without any term has no <langSet> (TBX-Basic has no empty one): the header names the
        // glossary's languages then, so importing the export keeps its column.
        let termless = glossary.languages.filter { language in !glossary.entries.contains { !($0.terms[language] ?? []).isEmpty } }
        if !termless.isEmpty { out += "        <p type=\"\(languagesNote)\">\(MarkupEscaper.xmlText(glossary.languages.joined(separator: " ")))</p>\n" }
        out += "      </sourceDesc>\n    </fileDesc>\n"
        out += "    <encodingDesc>\n      <p type=\"XCSURI\">TBXBasicXCSV02.xcs</p>\n    </encodingDesc>\n  </martifHeader>\n"
        out += "  <text>\n    <body>\n"
        for (index, entry) in glossary.entries.enumerated() {
            try XMLEscape.requireRepresentable(entry.terms.values.flatMap { $0 }.joined() + entry.definition, key: entry.english)
            out += "      <termEntry id=\"c\(index + 1)\">\n"
            if !entry.definition.isEmpty { out += "        <descrip type=\"definition\">\(MarkupEscaper.xmlText(entry.definition))</descrip>\n" }
            for language in glossary.languages {
                let terms = entry.terms[language] ?? []
                let patterns = entry.patterns[language] ?? []
                guard !terms.isEmpty else { continue }
                out += "        <langSet xml:lang=\"\(MarkupEscaper.xmlAttribute(language))\">\n"
                for (offset, term) in terms.enumerated() {
                    out += "          <tig>\n            <term>\(MarkupEscaper.xmlText(term))</term>\n"
                    if !entry.partOfSpeech.isEmpty { out += "            <termNote type=\"partOfSpeech\">\(partOfSpeech(entry.partOfSpeech))</termNote>\n" }
                    let status =
                        entry.status == .preferred ? "preferredTerm-admn-sts" : (language == "en" ? "admittedTerm-admn-sts" : "deprecatedTerm-admn-sts")
                    out += "            <termNote type=\"administrativeStatus\">\(status)</termNote>\n"
                    if entry.doNotTranslate { out += "            <termNote type=\"x-doNotTranslate\">yes</termNote>\n" }
                    if offset == 0 {
                        for pattern in patterns { out += "            <termNote type=\"x-pattern\">\(MarkupEscaper.xmlText(pattern))</termNote>\n" }
                    }
                    out += "          </tig>\n"
                }
                out += "        </langSet>\n"
            }
            out += "      </termEntry>\n"
        }
        out += "    </body>\n  </text>\n</martif>\n"
        return out
    }

    /// Reads TBX (2008 martif or v3 tbx). Entries without an English term are errors with their position.
    public static func read(_ text: String, path: String) throws -> Glossary {
        let root = try XMLTree.parse(text, path: path)
        guard root.name == "martif" || root.name == "tbx" else {
            throw TranslateError(path: path, position: root.position, "not a TBX file (root <\(root.name)>)")
        }
        var languages: [String] = ["en"]
        for header in descendants(root, named: ["martifHeader", "tbxHeader"]) {
            for note in descendants(header, named: ["p"]) where note.attributes["type"] == languagesNote {
                for tag in note.text.split(whereSeparator: \.isWhitespace).map(String.init) where !languages.contains(tag) { languages.append(tag) }
            }
        }
        var entries: [GlossaryEntry] = []
        for concept in descendants(root, named: ["termEntry", "conceptEntry"]) {
            var entry = GlossaryEntry(terms: [:], line: concept.position.line)
            var forbidden = false
            for descrip in descendants(concept, named: ["descrip"]) where descrip.attributes["type"]?.lowercased() == "definition" {
                entry.definition = descrip.text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            for langSet in concept.children.compactMap({ node -> XMLTree? in
                if case .element(let e) = node, e.name == "langSet" || e.name == "langSec" { return e } else { return nil }
            }) {
                guard let tag = langSet.attributes["xml:lang"] ?? langSet.attributes["lang"] else { continue }
                if !languages.contains(tag) { languages.append(tag) }
                for group in descendants(langSet, named: ["tig", "ntig", "termSec"]) {
                    guard let term = descendants(group, named: ["term"]).first?.text.trimmingCharacters(in: .whitespacesAndNewlines), !term.isEmpty else {
                        continue
                    }
                    entry.terms[tag, default: []].append(term)
                    for note in descendants(group, named: ["termNote"]) {
                        let value = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
                        switch note.attributes["type"] ?? "" {
                        case "partOfSpeech": if entry.partOfSpeech.isEmpty { entry.partOfSpeech = value == "properNoun" ? "proper noun" : value }
                        case "administrativeStatus":
                            if ["deprecatedterm-admn-sts", "supersededterm-admn-sts", "forbidden", "obsolete"].contains(value.lowercased()), tag != "en" {
                                forbidden = true
                            }
                        case "translationNote": if value.lowercased() == "no" { entry.doNotTranslate = true }
                        case "x-doNotTranslate": if value.lowercased() == "yes" { entry.doNotTranslate = true }
                        case "x-pattern": entry.patterns[tag, default: []].append(value)
                        default: break
                        }
                    }
                }
            }
            entry.status = forbidden ? .forbidden : .preferred
            guard !entry.english.isEmpty else {
                throw TranslateError(
                    path: path, position: concept.position, "a term entry without an English term",
                    hint: "every concept needs a <langSet xml:lang=\"en\"> with a term")
            }
            entries.append(entry)
        }
        return Glossary(languages: languages, entries: entries)
    }

    static func descendants(_ element: XMLTree, named names: Set<String>) -> [XMLTree] {
        var result: [XMLTree] = []
        for node in element.children {
            guard case .element(let e) = node else { continue }
            if names.contains(e.name) { result.append(e) } else { result += descendants(e, named: names) }
        }
        return result
    }
}
