/// A translation identical to the English where a copy is unlikely to be right.
public struct UntranslatedCopyCheck: Check {
    public init() {}
    public let id = "untranslated-copy"
    public let name = "Untranslated copy"
    public let summary = "the translation is a copy of the English (numbers, links and names alone are fine)"
    public let rationale = """
        Translation tools and spreadsheets often fill a missing translation with the English; the file then \
        looks complete and families get English. Strings made only of numbers, links, e-mail addresses, \
        placeholders or capitalised names (PowerSchool, Hartford Public Schools) are rightly the same in every language.
        """
    public let severity = Severity.warning
    public let fixHint = "translate the text, or if the English is right for this language add '#, ignore-untranslated-copy' to the entry"
    public var examples: [CheckExample] {
        [
            .passing("es", "PowerSchool", "PowerSchool"),
            .passing("ar", "Hartford Public Schools", "Hartford Public Schools"),
            .passing("ja", "https://www.hartfordschools.org", "https://www.hartfordschools.org"),
            .passing("ru", "{count}", "{count}"),
            .passing("pl", "8:00–15:00", "8:00–15:00"),
            .failing("es", "Report cards are ready.", "Report cards are ready.", "same as the English"),
            .failing("cy", "School closed", "School closed", "same as the English"),
            .failing("zh", "Welcome back, {name}!", "Welcome back, {name}!", "same as the English"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard context.language != "en", unit.translation == unit.source else { return [] }
        let literal = LiteralText(unit.source).literalText
        // Links and addresses are copied on purpose; only the words around them count.
        let words = literal.split(whereSeparator: { $0.isWhitespace }).filter { word in
            !(word.contains("://") || word.hasPrefix("www.") || word.contains("@"))
        }
        let wordsWithLetters = words.filter { $0.unicodeScalars.contains(where: \.isLetter) }
        guard !wordsWithLetters.isEmpty else { return [] }
        // Only capitalised words (or all-caps acronyms): names of places, products, people.
        let lowercaseWords = wordsWithLetters.filter { word in
            guard let first = word.unicodeScalars.first(where: \.isLetter) else { return false }
            return first.properties.isLowercase
        }
        if lowercaseWords.isEmpty && wordsWithLetters.count <= 5 && !literal.contains(where: { ".!?".contains($0) }) { return [] }
        return [Finding("the translation is the same as the English", range: 0..<unit.translation.unicodeScalars.count)]
    }
}
