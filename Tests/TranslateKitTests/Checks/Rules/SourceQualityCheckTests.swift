import Foundation
import Testing
import TranslateTestSupport
@testable import TranslateKit

/// The checks on the English, run on the district's sample project as `translate check` runs them.
@Suite struct SourceQualityCheckTests {
    /// The sample project with the footer's "©" mis-decoded as a Windows-1252 editor would leave it.
    func sampleWithMojibake(config: [String: String] = [:]) throws -> URL {
        try MojibakeSample.make(config: config)
    }

    func sourceFindings(_ root: URL) throws -> [Diagnostic] {
        let config = try ProjectConfig.load(root: root)
        let report = try ProjectChecker.check(root: root, languages: ["es-US"], settings: CheckSettings(config: config, registry: nil))
        let ids = Set(CheckRegistry.sourceQualityChecks.map(\.id))
        return report.diagnostics.filter { ids.contains($0.check ?? "") }
    }

    @Test func onAllMessagesTheSampleShowsItsMojibakeAndAcronymsButNoGlossaryTerm() throws {
        let root = try sampleWithMojibake(config: ["mojibake": "all", "acronym": "all", "link-text": "all", "numeric-date": "all"])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try sourceFindings(root)
        let mojibake = try #require(found.first { $0.check == "mojibake" })
        #expect(mojibake.message == "mojibake: \"Â©\" is \"©\" read as Windows-1252")
        #expect(mojibake.path == "Locales/messages.pot" && mojibake.position?.column == 18)
        #expect(mojibake.notes.first == "in Content/equity-faq.html, Content/events.html, Content/index.html, Content/strategic-plan.html")
        #expect(mojibake.notes.contains("repaired: Copyright © 2025 Hartford Public Schools."))
        let acronyms = Set(found.filter { $0.check == "acronym" }.compactMap { $0.message.split(separator: "\"").dropFirst().first.map(String.init) })
        #expect(acronyms.isSuperset(of: ["PreK", "HPS", "FAQ"]), "\(acronyms)")
        #expect(!acronyms.contains("II"), "Phase II is a numeral")
        // Defined in the glossary (spelled out, or as a do-not-translate term): not reported.
        #expect(!acronyms.contains("ELA") && !acronyms.contains("CIAC"), "\(acronyms)")
        // Both "Click here…" links of the sample pages, and no numeric date (the sample writes its months out).
        #expect(found.filter { $0.check == "link-text" }.map(\.message) == [
            "link text \"Click here to contact us\" does not say where the link goes",
            "link text \"Click here to share your voice\" does not say where the link goes",
        ])
        #expect(!found.contains { $0.check == "numeric-date" })
    }

    @Test func byDefaultOnlyCriticalMessagesAreReadAndTheSpanishReviewedOnesAreClean() throws {
        let root = try sampleWithMojibake()
        defer { try? FileManager.default.removeItem(at: root) }
        // The footer is not critical, so by default its mojibake is not reported. Of the critical messages only
        // the meal times are, as a note: "11 a.m. to 1 p.m." is correct English that a time argument would carry better.
        let found = try sourceFindings(root)
        #expect(found.map { "\($0.check ?? "") \($0.severity)" } == ["time-format info", "time-format info"], "\(found.map(\.formatted))")
        #expect(found.map(\.message) == ["time \"11 a.m.\" in prose: each language writes times its own way",
                                          "time \"1 p.m.\" in prose: each language writes times its own way"])
        let template = POReader.parse(try String(contentsOf: root.appendingPathComponent("Locales/messages.pot"), encoding: .utf8), path: "messages.pot").catalog
        #expect(template.entries.filter { $0.hasFlag("critical") }.count >= 5)
    }

    @Test func aPageThatSpellsTheAcronymOutDefinesItForItsOtherUnits() {
        let spelled = CatalogEntry(key: "a", source: "Our teams play in the Connecticut Interscholastic Athletic Conference (CIAC).",
                                   references: ["Content/sports.html"], flags: ["critical"])
        let later = CatalogEntry(key: "b", source: "CIAC playoffs start Monday.", references: ["Content/sports.html"], flags: ["critical"])
        let elsewhere = CatalogEntry(key: "c", source: "CIAC playoffs start Monday.", references: ["Content/index.html"], flags: ["critical"])
        let template = Catalog(entries: [spelled, later, elsewhere])
        let found = CheckRunner(checks: [], catalogChecks: [], sourceQualityChecks: [AcronymCheck()]).runSource(template, path: "Locales/messages.pot")
        #expect(found.map(\.key) == ["c"])
        #expect(found.first?.notes.first == "in Content/index.html")
    }

    @Test func mojibakeIsRepairedByReadingTheRunAsWindows1252Bytes() {
        #expect(MojibakeDetector.repair("Donâ€™t miss the CafÃ© Night â€” Ã‰cole SÃ£o Paulo.") == "Don’t miss the Café Night — École São Paulo.")
        #expect(MojibakeDetector.repair("Ð¨ÐºÐ¾Ð»Ð°") == "Школа")
        // Real accented text has no run that is valid UTF-8 as bytes.
        for text in ["Zoë’s café", "Ærø, Ålesund, “Škola”", "¿Dónde está la escuela?", "naïve — déjà vu"] {
            #expect(MojibakeDetector.runs(in: text).isEmpty, "\(text)")
        }
        #expect(MojibakeDetector.runs(in: "a Ã©Ã¨ b").map(\.range) == [2..<6])
    }

    @Test func theProjectConfigChoosesWhichMessagesASourceCheckReads() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("source-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "{\"checks\": {\"acronym\": {\"messages\": \"all\"}}}".write(to: root.appendingPathComponent("translate.json"), atomically: true, encoding: .utf8)
        let config = try ProjectConfig.load(root: root)
        #expect(config.checks["acronym"]?.messages == .all)
        let settings = CheckSettings(config: config, registry: nil)
        #expect(settings.readsSource("acronym", flags: []))
        #expect(!settings.readsSource("mojibake", flags: []) && settings.readsSource("mojibake", flags: ["critical"]))
        try "{\"checks\": {\"acronym\": {\"messages\": \"some\"}}}".write(to: root.appendingPathComponent("translate.json"), atomically: true, encoding: .utf8)
        #expect(throws: TranslateError.self) { try ProjectConfig.load(root: root) }
    }

    @Test func theIdiomListIsTheDistrictsDataFile() throws {
        let seeded = try #require(try IdiomList.load(projectRoot: TranslateBinary.packageRoot))
        #expect(seeded.idioms.count >= 30 && seeded.idioms.contains { $0.phrase == "touch base" && $0.plain == "contact" })
        // A district's own idiom is found once it is in the list; a row without a phrase is an error at its line.
        let list = try IdiomList.parse("idiom,plain English\nmove the needle,make a difference\n", path: "Glossary/idioms.csv")
        let entry = CatalogEntry(source: "These programs move the needle for our students.", flags: ["critical"])
        var runner = CheckRunner(checks: [], catalogChecks: [], sourceQualityChecks: [IdiomCheck()])
        runner.idioms = list
        let found = runner.runSource(Catalog(entries: [entry]), path: "Locales/messages.pot")
        #expect(found.map(\.message) == ["idiom \"move the needle\" does not translate word for word"])
        #expect(found.first?.notes.last == "plainly: \"make a difference\"")
        #expect(throws: TranslateError.self) { try IdiomList.parse("idiom,plain English\n,nothing\n", path: "Glossary/idioms.csv") }
    }
}
