import Foundation
import Testing
import TranslateICU
import TranslateTestSupport

@testable import TranslateKit

/// `translate report`'s pages: the same numbers as `translate status`, weighted coverage of critical
/// messages, escaping, byte-identical reruns and the history behind the trend column.
@Suite struct ReportTests {
    @Test func numbersMatchProjectStatus() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = try Project.open(root: root)
        _ = try ReportWriter.write(project, date: "2026-11-23")
        let html = try ReportFixture.text(root, "index.html")
        let statuses = try ProjectStatus.compute(project)
        #expect(statuses.map(\.tag).sorted() == ["ar", "es", "es-US", "ja", "pl"])
        for status in statuses {
            let row = try #require(ReportTable.row(html, tag: status.tag), "no row for \(status.tag)")
            let s = status.statistics
            let expected = [
                ReportNumbers.count(s.translated.words), ReportNumbers.count(s.fuzzy.words),
                ReportNumbers.count(s.untranslated.words), ReportNumbers.percent(s.percentComplete) + "%",
            ]
            #expect(Array(row.numbers.suffix(4)) == expected, "\(status.tag): \(row.numbers)")
        }
        // Hand-counted: Arabic has 2 of 4 messages translated, one fuzzy; Polish has no file.
        let arabic = try #require(statuses.first { $0.tag == "ar" })
        #expect(arabic.statistics.translated.messages == 2 && arabic.statistics.fuzzy.messages == 1 && arabic.statistics.untranslated.messages == 1)
        #expect(ReportTable.row(html, tag: "pl")?.numbers.last == "0.0%")
        #expect(ReportTable.row(html, tag: "es-US")?.numbers.last == "100.0%")
    }

    @Test func languagesAreSortedByFamiliesThenTierAndMarkedWithLangAndDir() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try ReportWriter.write(try Project.open(root: root), date: "2026-11-23")
        let html = try ReportFixture.text(root, "index.html")
        let order = ["es-US", "ar", "pl", "ja", "es"].map { html.range(of: "<tr data-tag=\"\($0)\">")!.lowerBound }
        #expect(order == order.sorted(), "families 1200, 300, 50, then no count (on-request before fallback)")
        #expect(html.contains("<bdi lang=\"ar\" dir=\"rtl\">العربية</bdi>"))
        #expect(html.contains("<bdi lang=\"ja\" dir=\"ltr\">日本語</bdi>"))
        #expect(html.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(!html.lowercased().contains("<script"), "the page has no scripts")
        #expect(!html.contains("http://") && !html.contains("https://"), "nothing is fetched from the network")
        #expect(html.contains("<caption>Translated, fuzzy and untranslated source words per language</caption>"))
    }

    @Test func criticalMessagesWeightedByFamilies() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try ProjectReport.build(try Project.open(root: root), date: "2026-11-23")
        #expect(report.weighting == .families)
        // es-US 1200 + ar 300 + pl 50; Japanese has no count; Spanish is a fallback catalog.
        #expect(report.totalWeight == 1550)
        #expect(report.uncounted == ["ja"])
        let closed = try #require(report.critical.first { $0.key == "school-closed" })
        #expect(closed.readableWeight == 1500 && closed.missing == ["pl", "ja"].filter { $0 != "ja" })
        let call = try #require(report.critical.first { $0.key == "call-for-updates" })
        #expect(call.readableWeight == 1200, "the Arabic translation is fuzzy, so it does not count")
        #expect(call.missing == ["ar", "pl"])
        #expect(ReportNumbers.percent(report.overallCriticalCoverage) == "87.1")  // 2700 / 3100
        #expect(ReportNumbers.percent(report.fullyCoveredShare) == "77.4")  // 1200 / 1550
        let html = ReportPage.index(report)
        #expect(html.contains("96.8%") && html.contains("77.4%") && html.contains("87.1%"))
        #expect(html.contains("weighted by its number of families"))
        #expect(
            html.contains(
                "<p class=\"headline\">1,200 of 1,550 families (77.4%) can read every critical message in their language; 2 of 5 languages have nothing translated yet.</p>"
            ))
    }

    @Test func excerptsNameInvisibleCharacters() {
        let diagnostic = Diagnostic(severity: .warning, path: "Locales/ar.po", check: "unicode", message: "a stray bidi control")
        let html = ReportPage.findingsTable([diagnostic], excerpts: ["msgstr \"\u{200E}مرحبا\""], language: nil, caption: "Findings")
        #expect(html.contains("&lt;U+200E LEFT-TO-RIGHT MARK&gt;مرحبا"))
        #expect(!html.contains("\u{200E}"))
    }

    @Test func aLanguageWithNothingTranslatedNeverLooksHealthy() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        // Polish and Japanese have no catalog yet: no finding is possible, and the badge must not be the green one.
        let html = ReportPage.index(try ProjectReport.build(try Project.open(root: root), date: "2026-11-23"))
        let row = try #require(html.components(separatedBy: "<tr data-tag=\"pl\">").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(row.contains("nothing translated yet") && !row.contains("badge clean"))
        let spanish = try #require(html.components(separatedBy: "<tr data-tag=\"es-US\">").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(!spanish.contains("nothing translated yet"))
    }

    @Test func criticalMessagesWeightedPerLanguageWithoutCounts() throws {
        let root = try ReportFixture.make(families: false)
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try ProjectReport.build(try Project.open(root: root), date: "2026-11-23")
        #expect(report.weighting == .perLanguage)
        #expect(report.totalWeight == 4)  // es-US, ar, ja, pl
        #expect(report.critical.first { $0.key == "school-closed" }?.readableWeight == 3)
        #expect(report.critical.first { $0.key == "call-for-updates" }?.readableWeight == 1)
        #expect(ReportNumbers.percent(report.overallCriticalCoverage) == "50.0")
        let html = ReportPage.index(report)
        #expect(html.contains("each language weighs 1"))
        // Without counts: core first, then on-request in registry order, then the fallback catalog.
        let order = ["es-US", "ar", "ja", "pl", "es"].map { html.range(of: "<tr data-tag=\"\($0)\">")!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func findingsLinkToLanguagePagesWithPositionsAndHints() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        // A Polish translation that drops the placeholder: an error from check.
        let pot = ReportFixture.catalog(language: "", [ReportFixture.entry("greeting", "Hello, {name}!")])
        try pot.write(to: root.appendingPathComponent("Locales/messages.pot"), atomically: true, encoding: .utf8)
        let polish = ReportFixture.catalog(language: "pl", [ReportFixture.entry("greeting", "Hello, {name}!", "Dzień dobry!")])
        try polish.write(to: root.appendingPathComponent("Locales/pl.po"), atomically: true, encoding: .utf8)
        let project = try Project.open(root: root)
        let result = try ReportWriter.write(project, date: "2026-11-23")
        let checked = try ProjectChecker.check(
            root: root, settings: CheckSettings(config: project.config, registry: project.registry), registry: project.registry)
        let polishFindings = checked.diagnostics.filter { $0.locale == "pl" }
        #expect(!polishFindings.isEmpty)
        let row = try #require(result.report.rows.first { $0.language.tag == "pl" })
        #expect(row.counts == checked.summary["pl"])
        let index = try ReportFixture.text(root, "index.html")
        #expect(index.contains("<a href=\"pl.html\">"))
        let page = try ReportFixture.text(root, "pl.html")
        for diagnostic in polishFindings {
            let position = try #require(diagnostic.position)
            #expect(page.contains("Locales/pl.po:\(position.line):\(position.column)"))
            #expect(page.contains(HTML.escape(diagnostic.message)))
            if let hint = diagnostic.notes.first, !hint.isEmpty { #expect(page.contains(HTML.escape(hint))) }
        }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/report/ja.html").path))
    }

    @Test func everythingFromFilesIsEscaped() throws {
        let root = try ReportFixture.make(englishNameOfArabic: "Arabic <script>alert('name')</script>")
        defer { try? FileManager.default.removeItem(at: root) }
        let pot = ReportFixture.catalog(
            language: "",
            [
                ReportFixture.entry("evil-source", "Closed <script>alert(1)</script> today & tomorrow", flags: ["critical"])
            ])
        try pot.write(to: root.appendingPathComponent("Locales/messages.pot"), atomically: true, encoding: .utf8)
        let arabic = ReportFixture.catalog(
            language: "ar",
            [
                ReportFixture.entry(
                    "evil-source", "Closed <script>alert(1)</script> today & tomorrow", "مغلق <script>alert(2)</script> اليوم {", flags: ["critical"])
            ])
        try arabic.write(to: root.appendingPathComponent("Locales/ar.po"), atomically: true, encoding: .utf8)
        _ = try ReportWriter.write(try Project.open(root: root), date: "2026-11-23")
        let files = try ReportFixture.outputs(root)
        for (name, data) in files where name.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.lowercased().contains("<script"), "\(name) has a raw <script>")
        }
        let index = try ReportFixture.text(root, "index.html")
        #expect(index.contains("Arabic &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"))
        #expect(index.contains("Closed &lt;script&gt;alert(1)&lt;/script&gt; today &amp; tomorrow"))
        // The unclosed brace makes check report the line, so the translation itself is on Arabic's page.
        let arabicPage = try ReportFixture.text(root, "ar.html")
        #expect(
            arabicPage.contains("<code class=\"excerpt\" dir=\"ltr\" lang=\"ar\">msgstr &quot;مغلق &lt;script&gt;alert(2)&lt;/script&gt; اليوم {&quot;</code>"))
        #expect(HTML.escape("<script>\"x\" & 'y'</script>") == "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;")
        #expect(HTML.foreign("<b>", tag: "ar\"x", rightToLeft: true) == "<bdi lang=\"ar&quot;x\" dir=\"rtl\">&lt;b&gt;</bdi>")
    }

    @Test func twoRunsWithTheSameDateAreByteIdentical() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = try Project.open(root: root)
        _ = try ReportWriter.write(project, date: "2026-11-23")
        let first = try ReportFixture.outputs(root)
        _ = try ReportWriter.write(project, date: "2026-11-23")
        let second = try ReportFixture.outputs(root)
        #expect(first == second)
        #expect(first.keys.sorted() == ["ar.html", "es-US.html", "es.html", "history.json", "index.html", "ja.html", "pl.html"])
        // A second copy of the project elsewhere gives the same bytes: no absolute paths, no clock.
        let other = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: other) }
        _ = try ReportWriter.write(try Project.open(root: other), date: "2026-11-23")
        #expect(try ReportFixture.outputs(other) == first)
        // Nothing is written outside Output/report/.
        let top = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Output").path)
        #expect(top == ["report"])
    }

    @Test func historyAddsARecordOnlyWhenNumbersChange() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = try Project.open(root: root)
        let first = try ReportWriter.write(project, date: "2026-11-01")
        #expect(first.addedRecord && first.historyRecords == 1)
        #expect(try ReportFixture.text(root, "index.html").contains("No earlier report with different numbers yet"))
        let same = try ReportWriter.write(project, date: "2026-11-08")
        #expect(!same.addedRecord && same.historyRecords == 1, "unchanged numbers add no record")

        // Translate the rest of Arabic: its percent rises and a record is added.
        var arabic = try String(contentsOf: root.appendingPathComponent("Locales/ar.po"), encoding: .utf8)
        arabic = arabic.replacingOccurrences(of: "#, fuzzy, critical", with: "#, critical")
        arabic = arabic.replacingOccurrences(
            of: "msgid \"The lunch menu for this week is online.\"\nmsgstr \"\"",
            with: "msgid \"The lunch menu for this week is online.\"\nmsgstr \"قائمة الغداء لهذا الأسبوع متاحة على الإنترنت.\"")
        try arabic.write(to: root.appendingPathComponent("Locales/ar.po"), atomically: true, encoding: .utf8)
        let changed = try ReportWriter.write(project, date: "2026-11-15")
        #expect(changed.addedRecord && changed.historyRecords == 2)
        let before = try #require(first.report.current.percent["ar"])
        #expect(changed.report.current.percent["ar"] == "100.0" && before != "100.0")
        let html = try ReportFixture.text(root, "index.html")
        let row = try #require(ReportTable.row(html, tag: "ar")).html
        let delta = ReportNumbers.percent(100 - Double(before)!)
        #expect(row.contains("▲ up \(delta) points") && row.contains("was \(before)%"), "\(row)")
        #expect(html.contains("Trend since 2026-11-01"))
        #expect(try #require(ReportTable.row(html, tag: "ja")).html.contains("no change"))

        // Unchanged again: no new record, and the trend still compares with the last different run.
        let again = try ReportWriter.write(project, date: "2026-11-22")
        #expect(!again.addedRecord && again.historyRecords == 3 - 1)
        #expect(again.report.previous?.date == "2026-11-01")
        let history = try ReportHistory.load(root.appendingPathComponent("Output/report/history.json"), displayPath: "history.json")
        #expect(history.records.map(\.date) == ["2026-11-01", "2026-11-15"])
        #expect(history.records[1].percent["ar"] == "100.0")
    }

    @Test func pagesOfLanguagesThatLeftTheRegistryAreRemoved() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try ReportWriter.write(try Project.open(root: root), date: "2026-11-23")
        #expect(try ReportFixture.outputs(root)["pl.html"] != nil)
        let registry = root.appendingPathComponent("Locales/languages.tsv")
        let lines = try String(contentsOf: registry, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("pl\t") }
        try (lines.joined(separator: "\n") + "\n").write(to: registry, atomically: true, encoding: .utf8)
        let notes = root.appendingPathComponent("Output/report/notes.txt")
        try "kept".write(to: notes, atomically: true, encoding: .utf8)
        let result = try ReportWriter.write(try Project.open(root: root), date: "2026-11-24")
        let files = try ReportFixture.outputs(root)
        #expect(files["pl.html"] == nil)
        #expect(files["notes.txt"] != nil, "only pages are removed")
        #expect(result.pages == files.keys.filter { $0.hasSuffix(".html") }.count)
        #expect(!(try ReportFixture.text(root, "index.html")).contains("data-tag=\"pl\""))
    }

    @Test func damagedHistoryIsAStoppingErrorWithAPosition() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Output/report", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "{\"records\": [{\"date\": \"2026-11-01\", \"percent\": {\"ar\": \"lots\"}}]}".write(
            to: folder.appendingPathComponent("history.json"), atomically: true, encoding: .utf8)
        #expect {
            _ = try ReportWriter.write(try Project.open(root: root), date: "2026-11-23")
        } throws: { error in
            guard let error = error as? TranslateError else { return false }
            return error.path == "Output/report/history.json" && error.position != nil && error.message.contains("'ar'")
        }
    }

    @Test func dateComesFromOptionThenSourceDateEpoch() throws {
        #expect(try ReportDate.resolve(option: "2026-02-28", environment: ["SOURCE_DATE_EPOCH": "0"]) == "2026-02-28")
        #expect(try ReportDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == "2023-11-14")
        #expect(try ReportDate.resolve(option: nil, environment: [:], now: Date(timeIntervalSince1970: 86_399)) == "1970-01-01")
        #expect(ReportDate.isValid("2024-02-29") && !ReportDate.isValid("2026-02-29") && !ReportDate.isValid("2026-13-01"))
        #expect(!ReportDate.isValid("26-11-23") && !ReportDate.isValid("2026-1-23") && !ReportDate.isValid("２０２６-11-23"))
        #expect(throws: TranslateError.self) { try ReportDate.resolve(option: "2026-02-30", environment: [:]) }
        #expect(throws: TranslateError.self) { try ReportDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "yesterday"]) }
    }

    @Test func pageNamesStayInsideTheFolder() {
        #expect(ReportWriter.pageName(for: "zh-Hans") == "zh-Hans.html")
        #expect(ReportWriter.pageName(for: "../x") == "___x.html")
        #expect(ReportWriter.pageName(for: "index") == "language-index.html")
    }
}

/// The memory section appears only when a language has Locales/memory/<tag>.tmx.
@Suite struct ReportMemorySectionTests {
    @Test func memorySectionAppearsOnlyWithAMemoryFile() throws {
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = try Project.open(root: root)
        #expect(!ReportPage.index(try ProjectReport.build(project, date: "2026-11-23")).contains("id=\"memory\""))
        let memory = root.appendingPathComponent("Locales/memory", isDirectory: true)
        try FileManager.default.createDirectory(at: memory, withIntermediateDirectories: true)
        // One unit with exactly the English of "welcome", one near "lunch-menu" (one word differs).
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="translate" creationtool="test" creationtoolversion="1"/><body>
            <tu><tuv xml:lang="en"><seg>Welcome to Hartford Public Schools.</seg></tuv><tuv xml:lang="ar"><seg>مرحبًا بكم في مدارس هارتفورد العامة.</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>The lunch menu for next week is online.</seg></tuv><tuv xml:lang="ar"><seg>قائمة الغداء للأسبوع القادم متاحة على الإنترنت.</seg></tuv></tu>
            </body></tmx>

            """
        try tmx.write(to: memory.appendingPathComponent("ar.tmx"), atomically: true, encoding: .utf8)
        let report = try ProjectReport.build(project, date: "2026-11-23")
        let row = try #require(report.rows.first { $0.language.tag == "ar" })
        #expect(row.memoryFile == "Locales/memory/ar.tmx")
        #expect(report.rows.filter { $0.memoryFile != nil }.count == 1)
        let analysis = try #require(row.memoryAnalysis)
        // The same numbers `translate analyze` computes for the catalog.
        let catalog = try POReader.read(root.appendingPathComponent("Locales/ar.po"), displayPath: "Locales/ar.po").catalog
        let memoryIndex = MemoryIndex(try TranslationMemory.load(root: root, language: "ar"))
        #expect(analysis == MemoryAnalysis.analyze(catalog, index: memoryIndex, language: "ar"))
        #expect(
            analysis.total.words
                == ReportFixture.templateEntries.reduce(0) { $0 + ICU.BreakIterator.wordCount($1.source, locale: ICU.Locale(identifier: "en")) })
        #expect((analysis.bands[.exact]?.words ?? 0) + (analysis.bands[.inContext]?.words ?? 0) >= 5, "the welcome sentence (5 words) is in the memory")
        #expect(analysis.bands[.noMatch]!.segments <= 2)
        let html = ReportPage.index(report)
        #expect(html.contains("<h2 id=\"memory\">Translation memory (optional)</h2>"))
        let start = try #require(html.range(of: "<tr data-memory=\"ar\">"))
        let line = String(html[start.lowerBound...].prefix { $0 != "\n" })
        for band in AnalysisBand.allCases {
            #expect(line.contains("<td class=\"num\">\(ReportNumbers.count(analysis.bands[band]!.words))</td>"))
        }
    }
}
