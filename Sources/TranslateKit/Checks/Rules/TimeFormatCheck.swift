/// A clock time written in prose ("11 a.m.", "6:30 PM"), which each language writes its own way.
public struct TimeFormatCheck: SourceQualityCheck {
    public init() {}
    public let id = "time-format"
    public let name = "Time in prose"
    public let summary = "a clock time written in English style (11 a.m., 6:30 PM) that a time argument would format per language"
    public let rationale = """
        Most of the district's languages write a 24-hour clock ("11:00", "13:00"), and "a.m." and "p.m." have no \
        equivalent in many of them; translators convert each time by hand, and a slip sends a family to the wrong \
        meal pickup. A time argument (`{start, time, short}`) lets ICU write the time the way each language reads it. \
        Reported as a note: the English is correct, only harder to carry into ninety languages.
        """
    public let severity = Severity.info
    public let fixHint = "pass the time as an argument, {start, time, short}, so each language formats it"
    public var examples: [CheckExample] {
        [
            .passing("en", "Doors open at {start, time, short}.", ""),
            .passing("en", "Grades 3 to 8 take the test.", ""),
            .passing("en", "We are 5 minutes from school.", ""),
            .failing("en", "Meals are available from 11 a.m. to 1 p.m.", "", "\"11 a.m.\""),
            .failing("en", "Family night starts at 6:30 PM.", "", "\"6:30 PM\""),
            .failing("en", "Call between 8:00 and 16:00.", "", "\"16:00\""),
        ]
    }

    public func checkSource(_ entry: CatalogEntry, _ context: SourceCheckContext) -> [Finding] {
        // A digit before ':' or (after a space) a/p: the regex runs only then.
        guard SourceText.hasDigit(followedBy: [0x3A, 0x61, 0x41, 0x70, 0x50], afterSpace: true, in: entry.source) else { return [] }
        let time = #/(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:[aApP]\.\s?[mM]\.|[aApP][mM]\b)|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))/#
        return SourceText.matches(of: time, in: entry.source, notAfter: { $0.isLetter || $0.isNumber || ":._".contains($0) }).map { match in
            Finding(
                "time \"\(match.text)\" in prose: each language writes times its own way", target: .source,
                at: match.offset, length: match.length)
        }
    }
}
