/// The move from numbered tags `<1>…</1>`, `<2/>` to `<x1>…</x1>`, `<x2></x2>`: FormatJS (react-intl,
/// i18next-icu) reads a tag only when its name starts with an ASCII letter and has no self-closing elements,
/// so every message with the old tags failed there. Catalogs, memories and exchange files made before the
/// move are read through `modernize`, so their translations keep matching the new sources.
public enum LegacyTags {
    /// `message` with old-style tags rewritten: `<1>` → `<x1>`, `</1>` → `</x1>`, `<2/>` → `<x2></x2>`.
    /// Unchanged when the message has no old-style tag, or has any other tag (`<x1>`, `<b>`): a message
    /// mixing both was not written by translate. Quoted text (`'{<1>}'`) is never touched.
    public static func modernize(_ message: String) -> String {
        guard message.contains("<") else { return message }
        var levels: [[Int]] = []
        let s: [Unicode.Scalar]
        let plain: [Range<Int>]
        if let (scalars, spans) = LiteralSpan.spans(of: message, levels: &levels) {
            s = scalars
            plain = spans.filter { $0.kind == .plain }.map(\.range)
        } else {
            // Not valid MessageFormat (a broken translation): read it as one run of top-level text, so its
            // tags still follow the source's.
            s = Array(message.unicodeScalars)
            plain = LiteralSpan.scan(s, 0..<s.count, parent: .top).filter { $0.kind == .plain }.map(\.range)
        }
        var replacements: [(Range<Int>, String)] = []
        for run in plain {
            var i = run.lowerBound
            while i < run.upperBound {
                guard s[i] == "<", let (kind, name, end) = MarkupTag.lex(s, at: i), end <= run.upperBound else {
                    i += 1
                    continue
                }
                guard let number = Int(name), name.first != "0" || name == "0" else { return message }
                let new = MarkupTag.name(forNumber: number)
                switch kind {
                case .open: replacements.append((i..<end, "<\(new)>"))
                case .close: replacements.append((i..<end, "</\(new)>"))
                case .selfClosing: replacements.append((i..<end, "<\(new)></\(new)>"))
                }
                i = end
            }
        }
        guard !replacements.isEmpty else { return message }
        var out = String.UnicodeScalarView()
        var position = 0
        for (range, text) in replacements {
            out.append(contentsOf: s[position..<range.lowerBound])
            out.append(contentsOf: text.unicodeScalars)
            position = range.upperBound
        }
        out.append(contentsOf: s[position...])
        return String(out)
    }

    /// Whether `message` has old-style tags that `modernize` rewrites.
    public static func isLegacy(_ message: String) -> Bool { modernize(message) != message }
}
