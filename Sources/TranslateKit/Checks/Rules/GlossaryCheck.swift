import TranslateICU

/// A glossary term of the source whose preferred translation the translation does not use.
public struct GlossaryCheck: Check {
    public init() {}
    public let id = "glossary"
    public let name = "Glossary term"
    public let summary = "the source uses a glossary term, but the translation uses none of the glossary's renderings of it"
    public let rationale = """
        Families meet the same programmes in letters, texts and the website: when "Board of Education" is \
        "Junta de Educación" in one message and "Consejo Escolar" in the next, they cannot tell it is the same \
        board. The terms come from Glossary/glossary.csv; pattern columns accept inflected forms (Polish \
        "Rady Edukacji", "Radzie Edukacji"). Words match whole, ignoring case but not accents. The examples use \
        the district's sample glossary.
        """
    public let severity = Severity.warning
    public let fixHint = "use the glossary's term (see Glossary/glossary.csv or 'translate glossary --lang <tag>'), or add the form you need to the glossary"
    public var examples: [CheckExample] {
        [
            .passing("es", "Apply to a magnet school today.", "Solicite hoy una escuela magnet."),
            .passing("pl", "The Board of Education meets on Monday.", "Rada Edukacji zbiera się w poniedziałek."),
            .passing("pl", "Come to the Board of Education meeting.", "Przyjdź na posiedzenie Rady Edukacji."),
            .passing("ar", "Chronic absence hurts learning.", "الغياب المزمن يضر بالتعلم."),
            .passing("zh", "The Board of Education meets on Monday.", "教育委员会周一开会。"),
            .failing("es", "The Board of Education meets on Monday.", "El Consejo Escolar se reúne el lunes.", "Junta de Educación"),
            .failing("pl", "Chronic absence hurts learning.", "Częste nieobecności szkodzą nauce.", "chroniczna absencja"),
            .failing("zh", "The Board of Education meets on Monday.", "教育局周一开会。", "教育委员会"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard let index = context.glossaryIndex, let column = index.column else { return [] }
        let source = TermMatcher(text: unit.source, locale: ICU.Locale(identifier: "en"))
        let candidates = index.englishCandidates(in: source).filter { $0.status == .preferred && !$0.doNotTranslate && $0.terms[column] != nil }
        let present = candidates.filter { source.contains(anyOf: $0.terms["en"] ?? [], caseSensitive: $0.caseSensitive) }
        guard !present.isEmpty else { return [] }
        let translation = TermMatcher(text: unit.translation, locale: context.locale)
        var findings: [Finding] = []
        var reported: Set<String> = []
        // Rows for the same English term are alternatives: any of them satisfies the glossary.
        for english in present.map(\.english) where !reported.contains(english) {
            reported.insert(english)
            let rows = present.filter { $0.english == english }
            let accepted = rows.flatMap { ($0.terms[column] ?? []) + ($0.patterns[column] ?? []) }
            if translation.contains(anyOf: accepted, caseSensitive: rows.contains(where: \.caseSensitive)) { continue }
            let shown = rows.flatMap { $0.terms[column] ?? [] }.map { "'\($0)'" }.joined(separator: " or ")
            let sourceRange = source.ranges(of: english, caseSensitive: rows[0].caseSensitive).first
            findings.append(
                Finding(
                    "the English has the glossary term '\(english)'; the translation uses none of \(shown)",
                    target: .source, range: sourceRange))
        }
        return findings
    }
}
