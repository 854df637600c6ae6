import TranslateICU

/// A term the glossary forbids in this language appears in the translation.
public struct ForbiddenTermCheck: Check {
    public init() {}
    public let id = "forbidden-term"
    public let name = "Forbidden term"
    public let summary = "the translation uses a term the glossary marks forbidden for this language"
    public let rationale = """
        Some renderings are wrong in a way that misleads: "escuela imán" is a word-for-word "magnet school" that \
        Spanish-speaking families read as a school with magnets. The glossary's forbidden rows list such terms per \
        language (with pattern columns for inflected forms); the check looks for them as whole words, ignoring case \
        but not accents. The examples use the district's sample glossary.
        """
    public let severity = Severity.error
    public let fixHint = "replace the forbidden term with the glossary's preferred one"
    public var examples: [CheckExample] {
        [
            .passing("es", "Apply to a magnet school.", "Solicite una escuela magnet."),
            .passing("pl", "Apply to a magnet school.", "Złóż wniosek do szkoły magnet."),
            .failing("es", "Apply to a magnet school.", "Solicite una escuela imán.", "escuela imán"),
            .failing("es", "Visit our magnet schools.", "Visite nuestras Escuelas Imán.", "use 'escuela magnet'"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard let index = context.glossaryIndex, let column = index.column else { return [] }
        let glossary = index.glossary
        let translation = TermMatcher(text: unit.translation, locale: context.locale)
        let forbidden = index.forbiddenCandidates(in: translation)
        guard !forbidden.isEmpty else { return [] }
        let scalars = Array(unit.translation.unicodeScalars)
        var findings: [Finding] = []
        for entry in forbidden {
            for form in (entry.terms[column] ?? []) + (entry.patterns[column] ?? []) {
                guard let range = translation.ranges(of: form, caseSensitive: entry.caseSensitive).first else { continue }
                let written = range.upperBound <= scalars.count ? String(String.UnicodeScalarView(scalars[range])) : form
                let preferred = glossary.entries.filter { $0.status == .preferred && $0.english == entry.english }.compactMap { $0.term(column) }
                var message = "'\(written)' is a forbidden term for '\(entry.english)'"
                if !preferred.isEmpty { message += "; use " + preferred.map { "'\($0)'" }.joined(separator: " or ") }
                findings.append(Finding(message, range: range))
                break
            }
        }
        return findings
    }
}
