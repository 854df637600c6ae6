import Foundation
import Testing

@testable import TranslateKit

/// The report's reading grade of the English: per page, and the critical messages above the target.
@Suite struct ReadingGradeTests {
    static let hard =
        "These include initiatives to prepare pupils for college and the workplace, mentorship programs, and "
        + "collaborations with nearby companies to give students practical work experience."

    @Test func gradesEachPageAndListsTheCriticalMessagesAboveTarget() {
        let template = Catalog(entries: [
            CatalogEntry(
                key: "closed", source: "All Hartford Public Schools are closed today, Tuesday, because of the snowstorm.",
                references: ["Content/notices/school-closing.txt:2"], flags: ["critical"]),
            CatalogEntry(key: "hard", source: Self.hard, references: ["Content/equity-faq.html:18"], flags: ["critical"]),
            CatalogEntry(key: "footer", source: "All rights reserved.", references: ["Content/equity-faq.html:28", "Content/index.html:61"]),
            CatalogEntry(key: "hard-too", source: Self.hard + " Again.", references: ["Content/index.html:70"]),
        ])
        let grade = ReadingGrade.measure(template, target: 8)
        #expect(grade.pages.map(\.file) == ["Content/equity-faq.html", "Content/index.html", "Content/notices/school-closing.txt"])
        #expect(grade.pages[0].measure.words == 27)
        // Only critical messages are held to the target.
        #expect(grade.aboveTarget.map(\.key) == ["hard"])
        #expect(grade.aboveTarget.first?.reference == "Content/equity-faq.html:18")
        let html = grade.html
        #expect(html.contains("<caption>Reading grade per page</caption>") && html.contains("<caption>Critical messages above the target grade</caption>"))
        #expect(html.contains("<span class=\"tag\">Content/equity-faq.html:18</span>"))
        #expect(ReadingGrade.measure(template, target: 20).html.contains("No critical message is above grade 20.0."))
    }

    @Test func theIndexPageShowsTheSection() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try ProjectReport.build(try Project.open(root: root), date: "2026-11-23")
        #expect(report.readingGrade.target == 8)
        #expect(ReportPage.index(report).contains("<h2 id=\"reading\">Reading grade of the English</h2>"))
    }
}
