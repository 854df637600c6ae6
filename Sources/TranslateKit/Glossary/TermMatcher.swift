import Foundation
import TranslateICU

/// Finds glossary terms in text as whole words (ICU word breaks), case-insensitively but accent-sensitively:
/// "board of education" finds "Board of Education", "resume" never finds "résumé".
///
/// A form is a term variant ("Rada Edukacji") or a pattern in which `*` at the start or end of a word stands
/// for any letters ("Rad* Edukacji" finds "Rady Edukacji" and "Radzie Edukacji"; "*مجلس" finds "لمجلس").
/// Scripts written without spaces (Chinese, Japanese, Thai…) are matched as substrings, because ICU's
/// dictionary may cut a term differently inside a sentence than on its own.
public struct TermMatcher {
    /// One word of a form: its lower-cased letters and whether letters may precede or follow.
    struct Word: Equatable {
        var text: String
        var openStart: Bool
        var openEnd: Bool
    }

    /// A form compiled to words and the (space-normalised) gaps between them.
    struct Form {
        var words: [Word]
        var gaps: [String]
        /// Lower-cased form text for substring matching (scripts without spaces).
        var substring: String?
    }

    /// A word of the searched text with its scalar range.
    struct TextWord {
        var text: String
        var original: String
        var range: Range<Int>
    }

    let locale: ICU.Locale
    let words: [TextWord]
    let gaps: [String]
    let lowered: [Unicode.Scalar]
    let scalars: [Unicode.Scalar]
    let scalarCount: Int

    /// Prepares `text` for matching with `locale`'s word breaks.
    public init(text: String, locale: ICU.Locale = ICU.Locale(identifier: "root")) {
        self.locale = locale
        let segments = ICU.BreakIterator.segments(text, kind: .word, locale: locale)
        var words: [TextWord] = []
        var gaps: [String] = []
        var gap = ""
        var offset = 0
        for segment in segments {
            let piece = text[segment.range]
            let count = piece.unicodeScalars.count
            if segment.isWord {
                if !words.isEmpty { gaps.append(Self.normaliseGap(gap)) }
                gap = ""
                words.append(TextWord(text: piece.lowercased(), original: String(piece), range: offset..<(offset + count)))
            } else {
                gap += piece
            }
            offset += count
        }
        self.words = words
        self.gaps = gaps
        self.lowered = Array(text.lowercased().unicodeScalars)
        self.scalars = Array(text.unicodeScalars)
        self.scalarCount = offset
    }

    static func normaliseGap(_ gap: String) -> String {
        var out = ""
        var lastSpace = false
        for scalar in gap.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastSpace { out += " " }
                lastSpace = true
            } else {
                out.unicodeScalars.append(scalar)
                lastSpace = false
            }
        }
        return out
    }

    static let scriptsWithoutSpaces: Set<String> = ["Hani", "Hira", "Kana", "Thai", "Laoo", "Khmr", "Mymr", "Tibt"]

    /// Compiles a term or pattern (`*` marks open word ends) into words.
    func compile(_ form: String, caseSensitive: Bool = false) -> Form? {
        let fold: (String) -> String = caseSensitive ? { $0 } : { $0.lowercased() }
        let trimmed = form.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if trimmed.unicodeScalars.contains(where: { Self.scriptsWithoutSpaces.contains(ICU.Script(of: $0).shortName) }) {
            return Form(words: [], gaps: [], substring: fold(trimmed.replacingOccurrences(of: "*", with: "")))
        }
        // ICU sees '*' as punctuation: it ends up in the gaps, where it marks the neighbouring word's open end.
        var words: [Word] = []
        var gaps: [String] = []
        var gap = ""
        for segment in ICU.BreakIterator.segments(trimmed, kind: .word, locale: locale) {
            let piece = String(trimmed[segment.range])
            guard segment.isWord else {
                gap += piece
                continue
            }
            if !words.isEmpty {
                if gap.hasPrefix("*") { words[words.count - 1].openEnd = true }
                gaps.append(Self.normaliseGap(gap.replacingOccurrences(of: "*", with: "")))
            }
            words.append(Word(text: fold(piece), openStart: gap.hasSuffix("*"), openEnd: false))
            gap = ""
        }
        if gap.hasPrefix("*"), !words.isEmpty { words[words.count - 1].openEnd = true }
        return words.isEmpty ? nil : Form(words: words, gaps: gaps, substring: nil)
    }

    /// Scalar ranges where `form` occurs; `caseSensitive` for terms whose capitals matter ("US" is not "us").
    public func ranges(of form: String, caseSensitive: Bool = false) -> [Range<Int>] {
        guard let compiled = compile(form, caseSensitive: caseSensitive) else { return [] }
        if let needle = compiled.substring {
            return caseSensitive ? Self.find(Array(needle.unicodeScalars), in: scalars) : substringRanges(Array(needle.unicodeScalars))
        }
        var result: [Range<Int>] = []
        let n = compiled.words.count
        guard n <= words.count else { return [] }
        for start in 0...(words.count - n) {
            var ok = true
            for k in 0..<n {
                if !Self.matches(compiled.words[k], caseSensitive ? words[start + k].original : words[start + k].text)
                    || (k > 0 && gaps[start + k - 1] != compiled.gaps[k - 1])
                {
                    ok = false
                    break
                }
            }
            if ok { result.append(words[start].range.lowerBound..<words[start + n - 1].range.upperBound) }
        }
        return result
    }

    /// Whether any of `forms` occurs.
    public func contains(anyOf forms: [String], caseSensitive: Bool = false) -> Bool {
        forms.contains { !ranges(of: $0, caseSensitive: caseSensitive).isEmpty }
    }

    static func matches(_ word: Word, _ text: String) -> Bool {
        switch (word.openStart, word.openEnd) {
        case (false, false): return text == word.text
        case (false, true): return text.hasPrefix(word.text)
        case (true, false): return text.hasSuffix(word.text)
        case (true, true): return text.contains(word.text)
        }
    }

    private func substringRanges(_ needle: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, lowered.count == scalarCount else {
            return needle.isEmpty ? [] : fallbackRanges(needle)
        }
        return Self.find(needle, in: lowered)
    }

    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) {
                result.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    // Lower-casing changed the length (İ → i̇): report the match without a precise range.
    private func fallbackRanges(_ needle: [Unicode.Scalar]) -> [Range<Int>] {
        String(String.UnicodeScalarView(lowered)).contains(String(String.UnicodeScalarView(needle))) ? [0..<1] : []
    }
}
