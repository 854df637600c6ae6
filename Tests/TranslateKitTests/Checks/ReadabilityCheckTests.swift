import Foundation
import Testing

@testable import TranslateKit

/// Sentence length and reading grade (`readability`), with the project's own limits.
@Suite struct ReadabilityCheckTests {
    func findings(_ source: String, settings: CheckSettings = CheckSettings()) -> [Finding] {
        let entry = CatalogEntry(key: "k", source: source, flags: ["critical"])
        return ReadabilityCheck().checkSource(entry, SourceCheckContext(template: Catalog(entries: [entry]), settings: settings))
    }

    @Test func aLongSentenceIsReportedAtItsOwnScalars() {
        let long =
            "Meet the dedicated teachers, inspiring administrators, and supportive staff who go <x1>above and beyond</x1> "
            + "every day to make a difference in the lives of Hartford Public Schools students."
        let source = "Welcome! " + long + " Thank you."
        let found = findings(source)
        #expect(found.map(\.message) == ["sentence of 28 words, over the limit of 25"])
        let range = try! #require(found.first?.range)
        #expect(range == 9..<(9 + long.unicodeScalars.count))
    }

    @Test func theGradeCountsOnlyLiteralTextAndNamesAsOneSyllable() {
        let measure = ReadingMeasure(message: "Meals for students will be available at Bulkeley High School, 300 Wethersfield Ave., from 11 a.m. to 1 p.m.")
        #expect(measure.sentences.count == 1)
        #expect(measure.words == 19)
        #expect(ReadabilityCheck.format(measure.grade!) == "6.7")
        // Markup and argument syntax are not words.
        let tagged = ReadingMeasure(message: "Read the <x1><x2>2024 Equity Report</x2></x1> to learn more about {name}.")
        #expect(tagged.words == 9)
        #expect(ReadingMeasure(message: "").grade == nil)
    }

    @Test func theProjectSetsTheTargetGradeAndTheSentenceLimit() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("readability-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try #"{"checks": {"readability": {"targetGrade": 12, "sentenceWords": 10}}}"#.write(
            to: root.appendingPathComponent("translate.json"), atomically: true, encoding: .utf8)
        let config = try ProjectConfig.load(root: root)
        #expect(config.checks["readability"]?.targetGrade == 12 && config.checks["readability"]?.sentenceWords == 10)
        #expect(config.jsonText.contains(#""readability": {"targetGrade": 12, "sentenceWords": 10}"#))
        let settings = CheckSettings(config: config, registry: nil)
        #expect(settings.targetReadingGrade == 12 && settings.maximumSentenceWords == 10)
        let hard =
            "These include initiatives to prepare pupils for college and the workplace, mentorship programs, and "
            + "collaborations with nearby companies to give students practical work experience."
        #expect(findings(hard).first?.message.hasPrefix("reading grade") == true)
        #expect(
            findings("All Hartford Public Schools are closed today, Tuesday, because of the snowstorm.", settings: settings)
                .map(\.message) == ["sentence of 12 words, over the limit of 10"])
        var lenient = CheckSettings()
        lenient.targetReadingGrade = 20
        #expect(findings(hard, settings: lenient).isEmpty)
        try #"{"checks": {"readability": {"targetGrade": "easy"}}}"#.write(to: root.appendingPathComponent("translate.json"), atomically: true, encoding: .utf8)
        #expect(throws: TranslateError.self) { try ProjectConfig.load(root: root) }
        try #"{"checks": {"readability": {"sentenceWords": 2.5}}}"#.write(to: root.appendingPathComponent("translate.json"), atomically: true, encoding: .utf8)
        #expect(throws: TranslateError.self) { try ProjectConfig.load(root: root) }
    }

    @Test func headingsGetNoGrade() {
        #expect(findings("Transportation information").isEmpty)
        #expect(findings("Comprehensive districtwide accountability documentation").isEmpty)
    }
}
