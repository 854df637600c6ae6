import Foundation

/// A phrase from the district's idiom list (Glossary/idioms.csv) in the English.
public struct IdiomCheck: SourceQualityCheck {
    public init() {}
    public let id = "idiom"
    public let name = "Idiom"
    public let summary = "an English idiom from Glossary/idioms.csv (\"touch base\", \"in the loop\") that does not translate word for word"
    public let rationale = """
        "We will keep you in the loop" becomes a rope in many languages. Translators who know the idiom rewrite it, \
        each differently; machine translation and interpreters often render it literally. Plain words translate \
        the same way everywhere. The list is the district's own data in Glossary/idioms.csv (idiom, plain English), \
        seeded with common idioms; add the ones your writers use.
        """
    public let severity = Severity.warning
    public let fixHint = "say it plainly (the list's second column gives a plain wording)"
    public var examples: [CheckExample] {
        [
            .passing("en", "We will keep you informed about the schedule.", ""),
            .passing("en", "The loop road behind the school is closed.", ""),
            .failing("en", "We will keep you in the loop about the schedule.", "", "\"keep you in the loop\""),
            .failing("en", "Principals will touch base with families this week.", "", "\"touch base\""),
            .failing("en", "At the end of the day, attendance matters.", "", "\"At the end of the day\""),
        ]
    }

    public func checkSource(_ entry: CatalogEntry, _ context: SourceCheckContext) -> [Finding] {
        guard let list = context.idioms, !list.idioms.isEmpty else { return [] }
        let text = entry.source
        var findings: [Finding] = []
        var covered: [Range<String.Index>] = []
        let lowered = Array(text.lowercased().utf8)
        for (idiom, phrase) in context.idiomsLongestFirst where SourceText.containsBytes(phrase, in: lowered) {
            var from = text.startIndex
            while let found = text.range(of: idiom.phrase, options: [.caseInsensitive], range: from..<text.endIndex) {
                from = found.upperBound
                let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
                let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
                guard !(before?.isLetter ?? false), !(after?.isLetter ?? false), !covered.contains(where: { $0.overlaps(found) }) else { continue }
                covered.append(found)
                let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
                let plain = idiom.plain.isEmpty ? [] : ["plainly: \"\(idiom.plain)\""]
                findings.append(
                    Finding(
                        "idiom \"\(text[found])\" does not translate word for word", target: .source,
                        at: offset, length: text[found].unicodeScalars.count, notes: plain))
            }
        }
        return findings.sorted { ($0.range?.lowerBound ?? 0) < ($1.range?.lowerBound ?? 0) }
    }
}
