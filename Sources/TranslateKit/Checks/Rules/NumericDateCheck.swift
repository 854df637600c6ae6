/// A date written only in digits ("1/5", "01/05/2026"), which readers in day-first countries misread.
public struct NumericDateCheck: SourceQualityCheck {
    public init() {}
    public let id = "numeric-date"
    public let name = "Numeric date"
    public let summary = "a date written only in digits (1/5, 01/05/2026) that day-first readers misread"
    public let rationale = """
        "1/5" is 5 January to a parent from Brazil, Poland or Vietnam and 1 May to one from the United States; \
        translators cannot know which the writer meant and usually copy it. A written month ("January 5") is \
        translated once and read one way; an ICU date argument (`{date, date, long}`) lets each language write \
        the date its own way. Fractions ("1/2 day") are not dates.
        """
    public let severity = Severity.warning
    public let fixHint = "write the month as a word (\"January 5, 2026\"), or pass the date as an argument: {date, date, long}"
    public var examples: [CheckExample] {
        [
            .passing("en", "Schools close early on January 5, 2026.", ""),
            .passing("en", "Report cards go home on {date, date, long}.", ""),
            .passing("en", "Friday is a 1/2 day for students.", ""),
            .passing("en", "See https://www.hartfordschools.org/2024/11/state for details.", ""),
            .failing("en", "Schools close early on 1/5.", "", "\"1/5\""),
            .failing("en", "Registration ends 01/05/2026.", "", "\"01/05/2026\""),
            .failing("en", "Tests are on 3-14-2026.", "", "\"3-14-2026\""),
        ]
    }

    private static let commonFractions: Set<Substring> = ["1/2", "1/3", "2/3", "1/4", "3/4"]

    public func checkSource(_ entry: CatalogEntry, _ context: SourceCheckContext) -> [Finding] {
        guard SourceText.hasDigit(followedBy: [0x2F, 0x2D, 0x2E], in: entry.source) else { return [] }
        // Month/day with an optional year; not part of a path, URL, longer number or fraction run.
        let date = #/\d{1,2}([\/.-])\d{1,2}(\1\d{2,4})?(?![\w\/-]|\.\d)/#
        return SourceText.matches(of: date, in: entry.source, notAfter: { $0.isLetter || $0.isNumber || "_/.-".contains($0) }).compactMap { match in
            // "3.5" and "1-2" alone are numbers and ranges; without a year only the slash marks a date.
            if !match.text.contains("/") && match.text.filter({ !$0.isNumber }).count < 2 { return nil }
            if Self.commonFractions.contains(match.text) { return nil }
            let parts = match.text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard parts.count >= 2, (1...31).contains(parts[0]), (1...31).contains(parts[1]), parts[0] <= 12 || parts[1] <= 12 else { return nil }
            return Finding(
                "numeric date \"\(match.text)\" is read differently in day-first countries", target: .source,
                at: match.offset, length: match.length)
        }
    }
}
