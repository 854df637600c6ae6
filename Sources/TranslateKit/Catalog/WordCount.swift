import TranslateICU

/// The one word count of an English message, for extract, status, analyze, report and the build's meta:
/// ICU word segments with letters or numbers in the text a translator reads, that is the message without
/// markup tags (`<x1>`, `</x1>`) and ICU syntax (argument names, types, plural and select keywords, `#`),
/// every plural or select branch counted.
public enum WordCount {
    static let english = ICU.Locale(identifier: "en")

    /// The words of `message` (an ICU MessageFormat source). A message ICU would reject is counted as text.
    public static func of(_ message: String) -> Int {
        ICU.BreakIterator.wordCount(readableText(message), locale: english)
    }

    /// The literal text of `message`: arguments and `#` become spaces (they separate words), tags disappear
    /// (`<x1>Click</x1>here` stays one run, as the reader sees it).
    static func readableText(_ message: String) -> String {
        guard message.contains(where: { $0 == "{" || $0 == "<" || $0 == "'" }) else { return message }
        guard let parsed = MessageFormatParser.parse(message).message else { return withoutTags(message) }
        var text = ""
        parsed.forEachNode { node, _ in
            switch node {
            case .text(let literal): text += withoutTags(literal.value) + " "
            case .pound, .argument: text += " "
            case .plural, .select, .choice: text += " "  // their branches are visited next
            }
        }
        return text
    }

    static func withoutTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "<", let tag = MarkupTag.lex(scalars, at: i) {
                i = tag.end
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }
}
