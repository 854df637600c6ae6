/// Pattern matching on a template message's English, with positions in Unicode scalars (as findings count).
enum SourceText {
    /// Each match of `pattern` in `text`: its scalar offset, scalar length and text. Swift's regexes have no
    /// lookbehind, so `after` rejects a match by the character before it.
    static func matches<Output>(of pattern: Regex<Output>, in text: String,
                                notAfter after: (Character) -> Bool = { _ in false }) -> [(offset: Int, length: Int, text: Substring)] {
        text.matches(of: pattern).filter { match in
            match.range.lowerBound == text.startIndex || !after(text[text.index(before: match.range.lowerBound)])
        }.map { match in
            let scalars = text.unicodeScalars
            return (scalars.distance(from: scalars.startIndex, to: match.range.lowerBound),
                    scalars.distance(from: match.range.lowerBound, to: match.range.upperBound), text[match.range])
        }
    }
}
