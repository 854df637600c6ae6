import TranslateICU

/// The glossary prepared for checking one language: which rows can possibly match a text, found from the
/// text's words, so a glossary of hundreds of terms costs a few dictionary look-ups per message.
public final class GlossaryIndex {
    public let glossary: Glossary
    /// The glossary column of the language being checked.
    public let column: String?
    /// A form's whole words (those without `*`): a text can only match if it has them all.
    private typealias Need = (row: Int, words: [String])
    private var englishByWord: [String: [Need]] = [:]
    private var englishAlways: [Need] = []
    private var forbiddenByWord: [String: [Need]] = [:]
    private var forbiddenAlways: [Need] = []

    /// Indexes the English terms (for glossary and do-not-translate) and `column`'s forbidden forms.
    public init(_ glossary: Glossary, column: String?, locale: ICU.Locale) {
        self.glossary = glossary
        self.column = column
        let english = TermMatcher(text: "", locale: ICU.Locale(identifier: "en"))
        let target = TermMatcher(text: "", locale: locale)
        for (index, entry) in glossary.entries.enumerated() {
            for term in entry.terms["en"] ?? [] {
                Self.add(index, english.compile(term), to: &englishByWord, always: &englishAlways)
            }
            if entry.status == .forbidden, let column {
                for form in (entry.terms[column] ?? []) + (entry.patterns[column] ?? []) {
                    Self.add(index, target.compile(form), to: &forbiddenByWord, always: &forbiddenAlways)
                }
            }
        }
    }

    // A form is filed under its first whole word; forms with none (Chinese substrings, "*mar*") are tried on every text.
    private static func add(_ index: Int, _ form: TermMatcher.Form?, to byWord: inout [String: [Need]], always: inout [Need]) {
        guard let form else { return }
        let whole = form.words.filter { !$0.openStart && !$0.openEnd }.map(\.text)
        if let first = whole.first { byWord[first, default: []].append((index, whole)) } else { always.append((index, [])) }
    }

    private static func candidates(_ matcher: TermMatcher, _ byWord: [String: [Need]], _ always: [Need]) -> [Int] {
        let present = Set(matcher.words.map(\.text))
        var result = Set(always.map(\.row))
        for word in present {
            for need in byWord[word] ?? [] where !result.contains(need.row) && need.words.allSatisfy(present.contains) {
                result.insert(need.row)
            }
        }
        return result.sorted()
    }

    /// Rows whose English term may occur in the text `matcher` holds, in glossary order.
    public func englishCandidates(in matcher: TermMatcher) -> [GlossaryEntry] {
        Self.candidates(matcher, englishByWord, englishAlways).map { glossary.entries[$0] }
    }

    /// Forbidden rows whose forms for this language may occur in the text `matcher` holds, in glossary order.
    public func forbiddenCandidates(in matcher: TermMatcher) -> [GlossaryEntry] {
        Self.candidates(matcher, forbiddenByWord, forbiddenAlways).map { glossary.entries[$0] }
    }
}
