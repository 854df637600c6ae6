/// The walk both XLIFF readers make over a parsed document: units (inside any depth of `<group>`), the
/// arguments a source's placeholders stand for, and a source or target flattened back to the ICU message.
/// Only the element names differ between XLIFF 1.2 and 2.x; they are the walker's vocabulary.
struct XLIFFWalker {
    /// The unit element: `trans-unit` (1.2) or `unit` (2.x).
    var unit: String
    /// A paired tag around content: `g` / `pc`.
    var paired: String
    /// An opening and a closing tag standing alone: `bx`/`ex` / `sc`/`ec`, and the closing one's reference to its opener.
    var start: String, end: String, endReference: String
    /// A placeholder (a numbered empty tag, or an argument with its text in `argumentText`): `x` / `ph`.
    var placeholder: String, argumentText: String
    /// Native codes whose content is their text (1.2's `ph`, `bpt`, `ept`, `it`).
    var textCodes: Set<String> = []

    static let version12 = XLIFFWalker(
        unit: "trans-unit", paired: "g", start: "bx", end: "ex", endReference: "rid",
        placeholder: "x", argumentText: "equiv-text", textCodes: ["ph", "bpt", "ept", "it"])
    static let version2 = XLIFFWalker(
        unit: "unit", paired: "pc", start: "sc", end: "ec", endReference: "startRef",
        placeholder: "ph", argumentText: "disp")

    /// The units under `element`; units may sit inside `<group>`s.
    func units(in element: XMLTree) -> [XMLTree] {
        element.children.flatMap { node -> [XMLTree] in
            guard case .element(let e) = node else { return [] }
            if e.name == unit { return [e] }
            if e.name == "group" { return units(in: e) }
            return []
        }
    }

    /// Argument placeholders (ids that are not numbers) and their raw ICU text; the first seen wins.
    func collectArguments(_ element: XMLTree, into raws: inout [String: String]) {
        for node in element.children {
            guard case .element(let e) = node else { continue }
            if e.name == placeholder, let id = e.attributes["id"], !id.allSatisfy(\.isNumber), let raw = e.attributes[argumentText] {
                raws[id] = raws[id] ?? raw
            }
            collectArguments(e, into: &raws)
        }
    }

    /// The ICU message an inline-coded source or target stands for.
    func flatten(_ element: XMLTree, arguments: [String: String]) -> String {
        var out = ""
        for node in element.children {
            switch node {
            case .text(let t): out += t
            case .element(let e):
                let id = e.attributes["id"] ?? ""
                if e.name == paired {
                    out += "<\(id)>" + flatten(e, arguments: arguments) + "</\(id)>"
                } else if e.name == start {
                    out += "<\(id)>"
                } else if e.name == end {
                    out += "</\(e.attributes[endReference] ?? id)>"
                } else if e.name == placeholder {
                    if !id.isEmpty, id.allSatisfy(\.isNumber) { out += "<\(id)/>" } else { out += arguments[id] ?? e.attributes[argumentText] ?? "" }
                } else if textCodes.contains(e.name) {
                    out += e.text
                } else {
                    out += flatten(e, arguments: arguments)
                }
            }
        }
        return out
    }
}
