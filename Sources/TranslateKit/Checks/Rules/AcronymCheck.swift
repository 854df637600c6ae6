import TranslateICU

/// An all-caps token ("CIAC", "SAT", "PreK") that the page does not spell out and the glossary does not define.
public struct AcronymCheck: SourceQualityCheck {
    public init() {}
    public let id = "acronym"
    public let name = "Undefined acronym"
    public let summary = "an acronym (CIAC, SAT, PreK) that is neither spelled out on the same page nor in the glossary"
    public let rationale = """
        An acronym is a name only to those who already know it. A translator who does not know "CIAC" copies it \
        or guesses, and a parent reading in Polish or through an interpreter cannot look it up. Spelled out once \
        on the page ("Connecticut Interscholastic Athletic Conference (CIAC)") or defined in the glossary, it \
        gets one translation everywhere. Roman numerals ("Phase II") and text in all capitals are not acronyms, and \
        abbreviations every reader knows as they are ("PDF", "MB") are listed in Glossary/abbreviations.csv.
        """
    public let severity = Severity.warning
    public let fixHint = "spell it out at its first use on the page, \"Long Name (ABC)\", or add it to Glossary/glossary.csv"
    public var examples: [CheckExample] {
        [
            .passing("en", "All Hartford Public Schools are closed today.", ""),
            .passing("en", "We are now in Phase II of the plan.", ""),
            .passing("en", "Students take the Scholastic Assessment Test (SAT) in April.", ""),
            .passing("en", "Weaver High School is open.", ""),
            .passing("en", "SCHOOL IS CLOSED TODAY", ""),
            .failing("en", "16,500 PreK-12 students", "", "\"PreK\""),
            .failing("en", "Our teams play in the CIAC tournament.", "", "\"CIAC\""),
            .failing("en", "Juniors take the SAT on March 4.", "", "\"SAT\""),
        ]
    }

    public func checkSource(_ entry: CatalogEntry, _ context: SourceCheckContext) -> [Finding] {
        let text = entry.source
        let words = ICU.BreakIterator.segments(text, kind: .word).filter(\.isWord)
        let candidates = words.filter { Self.isAcronym(text[$0.range]) }
        guard !candidates.isEmpty else { return [] }
        // A message in capitals is shouting, not a string of acronyms.
        let letterWords = words.filter { text[$0.range].contains(where: \.isLetter) }
        if candidates.count * 2 > letterWords.count, letterWords.count > 2 { return [] }
        var reported: Set<Substring> = []
        var findings: [Finding] = []
        for segment in candidates {
            let token = text[segment.range]
            guard reported.insert(token).inserted, !isDefined(String(token), entry: entry, context: context) else { continue }
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: segment.range.lowerBound)
            findings.append(
                Finding(
                    "acronym \"\(token)\" is not spelled out on the page or defined in the glossary", target: .source,
                    at: offset, length: token.unicodeScalars.count))
        }
        return findings
    }

    /// Two or more letters, all capitals ("SAT"), or capitals before and at the end ("PreK", "PhD"); not a Roman numeral.
    static func isAcronym(_ token: Substring) -> Bool {
        let letters = token.filter(\.isLetter)
        guard letters.count >= 2, letters.count == token.filter({ !$0.isNumber }).count else { return false }
        let capitals = letters.filter(\.isUppercase).count
        guard capitals == letters.count || (capitals >= 2 && letters.last!.isUppercase) else { return false }
        return !letters.allSatisfy { "IVX".contains($0) }
    }

    /// Spelled out in a unit of the same page ("Long Name (ABC)" or "ABC (Long Name)"), a glossary term, or a
    /// well-known abbreviation of Glossary/abbreviations.csv ("PDF", "MB").
    func isDefined(_ token: String, entry: CatalogEntry, context: SourceCheckContext) -> Bool {
        let pages = SourceCheckContext.files(entry.references)
        let units = pages.isEmpty ? [entry] : pages.flatMap { context.unitsByReference[$0] ?? [] } + [entry]
        if units.contains(where: { $0.source.contains("(\(token))") || $0.source.contains("\(token) (") }) { return true }
        return context.glossaryAcronyms.contains(token) || context.abbreviations?.meanings[token] != nil
    }
}

extension SourceCheckContext {
    /// Every word of the glossary's English terms: an acronym in a term ("SAT", "Connecticut … (CIAC)") is defined.
    var glossaryAcronyms: Set<String> {
        if let cached = cachedGlossaryWords { return cached }
        var words: Set<String> = []
        for entry in glossary?.entries ?? [] {
            for term in entry.terms["en"] ?? [] {
                for word in ICU.BreakIterator.words(term) { words.insert(String(word)) }
            }
        }
        cachedGlossaryWords = words
        return words
    }
}
