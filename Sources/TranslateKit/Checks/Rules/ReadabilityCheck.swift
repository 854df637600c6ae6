/// Long sentences and a reading grade above the project's target, in the messages families read first.
public struct ReadabilityCheck: SourceQualityCheck {
    public init() {}
    public let id = "readability"
    public let name = "Readability"
    public let summary = "a sentence longer than the limit (25 words) or a message above the target reading grade (8)"
    public let rationale = """
        Every unclear English sentence is translated ninety times, and many parents read the district's notices \
        in a second language or hear them through an interpreter. Long sentences are where machine and human \
        translations lose the thread, and a message above a grade-8 reading level (Flesch–Kincaid, from ICU's word \
        and sentence breaks and an English syllable count) is hard for many readers even in English. The limit \
        and the target are set in translate.json: `"readability": {"sentenceWords": 25, "targetGrade": 8}`. \
        The grade is reported only for messages of at least 10 words: on a heading it says nothing.
        """
    public let severity = Severity.warning
    public let fixHint = "split the sentence, one idea each, and prefer short everyday words (\"help\" for \"facilitate\")"
    public var examples: [CheckExample] {
        [
            .passing("en", "All Hartford Public Schools are closed today, Tuesday, because of the snowstorm.", "", flags: ["critical"]),
            .passing("en", "Meals for students will be available at Bulkeley High School, 300 Wethersfield Ave., from 11 a.m. to 1 p.m.", ""),
            .passing("en", "Transportation information", ""),
            .passing("en", "Ensure all students and staff feel safe, valued, and respected.", ""),
            .failing(
                "en",
                "Meet the dedicated teachers, inspiring administrators, and supportive staff who go <x1>above and beyond</x1> "
                    + "every day to make a difference in the lives of Hartford Public Schools students.", "", "sentence of 28 words"),
            .failing(
                "en",
                "These include initiatives to prepare pupils for college and the workplace, mentorship programs, and "
                    + "collaborations with nearby companies to give students practical work experience.", "", "reading grade"),
            .failing(
                "en",
                "The number of pupils, their demographics, and particular educational requirements are some of the aspects "
                    + "that this model takes into account.", "", "reading grade"),
        ]
    }

    /// Fewer words than this give no grade: Flesch–Kincaid on a heading measures its longest word.
    static let minimumWordsForGrade = 10

    public func checkSource(_ entry: CatalogEntry, _ context: SourceCheckContext) -> [Finding] {
        let measure = ReadingMeasure(message: entry.source, syllables: context.syllables)
        let limit = context.settings.maximumSentenceWords
        var findings: [Finding] = measure.sentences.filter { $0.words > limit }.map { sentence in
            Finding("sentence of \(sentence.words) words, over the limit of \(limit)", target: .source, at: sentence.offset, length: sentence.length)
        }
        let target = context.settings.targetReadingGrade
        if findings.isEmpty, measure.words >= Self.minimumWordsForGrade, let grade = measure.grade, Self.rounded(grade) > target {
            findings.append(
                Finding(
                    "reading grade \(Self.format(grade)) is above the target of \(Self.format(target))", target: .source,
                    at: 0, length: entry.source.unicodeScalars.count,
                    notes: [
                        "\(measure.words) words in \(measure.sentences.count) sentence\(measure.sentences.count == 1 ? "" : "s"), \(measure.syllables) syllables"
                    ]))
        }
        return findings
    }

    /// To one decimal, as shown: a grade shown as "8.0" is not above a target of 8.
    static func rounded(_ grade: Double) -> Double { (grade * 10).rounded() / 10 }

    /// One decimal: "9.4".
    static func format(_ grade: Double) -> String {
        let tenths = Int((grade * 10).rounded())
        return "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
