import Foundation
import Testing

@testable import TranslateKit

@Suite struct PretranslatorTests {
    static func memory() -> TranslationMemory {
        var memory = TranslationMemory(language: "es")
        memory.add(
            MemoryUnit(
                sourceMessage: "Welcome, {name}!", targetMessage: "¡Bienvenido, {name}!", key: "home.title",
                originFile: "Content/index.html", date: "20240101T000000Z"))
        memory.add(
            MemoryUnit(
                sourceMessage: "Buses run on a delayed schedule.", targetMessage: "Los autobuses circulan con horario retrasado.",
                key: "news.buses", originFile: "Content/news.html", date: "20240101T000000Z"))
        memory.add(
            MemoryUnit(
                sourceMessage: "School is closed on Tuesday 2/3.", targetMessage: "La escuela está cerrada el martes 2/3.",
                key: "cal.closed", originFile: "Content/calendar.html", date: "20240101T000000Z"))
        return memory
    }

    static func catalog() -> Catalog {
        Catalog(entries: [
            CatalogEntry(key: "home.title", source: "Welcome, {name}!"),
            CatalogEntry(key: "alerts.buses", source: "Buses run on a delayed schedule."),
            CatalogEntry(key: "cal.monday", source: "School is closed on Monday 1/5.", extractedComments: ["TM suggestion 80% (old): stale"]),
            CatalogEntry(key: "human", source: "Welcome, {name}!", translation: "¡Hola, {name}!"),
            CatalogEntry(key: "reviewing", source: "Buses run on a delayed schedule.", translation: "Autobuses tarde", flags: ["fuzzy"]),
            CatalogEntry(key: "new", source: "Completely new sentence about lunch menus."),
        ])
    }

    @Test func fillsByMatchKindAndNeverOverwrites() throws {
        let (result, summary) = Pretranslator.pretranslate(Self.catalog(), index: MemoryIndex(Self.memory()))
        #expect(
            summary
                == {
                    var s = PretranslationSummary()
                    s.inContext = 1
                    s.exact = 1
                    s.suggested = 1
                    s.unmatched = 1
                    return s
                }())
        let e = result.entries
        #expect(e[0].translation == "¡Bienvenido, {name}!" && e[0].state == .translated)  // 101%: same key
        #expect(e[1].translation == "Los autobuses circulan con horario retrasado." && e[1].state == .fuzzy)  // 100%
        #expect(e[2].state == .untranslated)
        #expect(e[2].extractedComments == ["TM suggestion 86% (Content/calendar.html): La escuela está cerrada el martes 1/5."])
        #expect(e[3].translation == "¡Hola, {name}!" && e[3].state == .translated)
        #expect(e[4].translation == "Autobuses tarde" && e[4].isFuzzy)
        #expect(e[5].state == .untranslated && e[5].extractedComments.isEmpty)
    }

    @Test func exactMatchesCanBeTranslated() {
        let (result, _) = Pretranslator.pretranslate(
            Self.catalog(), index: MemoryIndex(Self.memory()),
            options: PretranslationOptions(exactMatchState: .translated))
        #expect(result.entries[1].state == .translated)
    }

    @Test func runningTwiceChangesNothingMore() {
        let index = MemoryIndex(Self.memory())
        let (once, _) = Pretranslator.pretranslate(Self.catalog(), index: index)
        let (twice, _) = Pretranslator.pretranslate(once, index: index)
        #expect(once == twice)
        #expect(POWriter.write(once) == POWriter.write(twice))
    }

    /// Real-world: Django's Spanish admin catalog into a memory, then its translations removed
    /// and pretranslated back: every entry comes back as it was (key-less gettext entries match
    /// 100%, and only same-source entries with different contexts may differ).
    @Test func djangoSpanishComesBackFromItsOwnMemory() throws {
        let url = MemoryCorpus.root.appendingPathComponent("django/contrib/admin/locale/es/LC_MESSAGES/django.po")
        guard FileManager.default.fileExists(atPath: url.path) else {
            if MemoryCorpus.isCI { Issue.record("the Django corpus is missing") }
            return
        }
        let catalog = try POReader.read(url).catalog
        var memory = TranslationMemory(language: "es")
        memory.update(from: catalog, originFile: "django.po", date: Date(timeIntervalSince1970: 0))
        let translated = catalog.entries.filter { !$0.isObsolete && !$0.isHeader && $0.state == .translated && $0.sourcePlural == nil }
        #expect(translated.count > 100)
        var blank = catalog
        for i in blank.entries.indices where blank.entries[i].state == .translated && blank.entries[i].sourcePlural == nil {
            blank.entries[i].translation = ""
        }
        let (result, summary) = Pretranslator.pretranslate(blank, index: MemoryIndex(memory))
        #expect(summary.inContext + summary.exact >= translated.count)
        var same = 0
        for (before, after) in zip(catalog.entries, result.entries) where before.state == .translated && before.sourcePlural == nil {
            if after.translation == before.translation { same += 1 }
        }
        print("Django es admin: \(same) of \(translated.count) translations restored from memory (\(summary.inContext) in context)")
        #expect(same == translated.count)
    }
}

@Suite struct MemoryAnalysisTests {
    @Test func bandsAndRepetitionsCountedLikeVendorTools() {
        let memory = PretranslatorTests.memory()
        let catalog = Catalog(entries: [
            CatalogEntry(key: "home.title", source: "Welcome, {name}!"),  // 101%
            CatalogEntry(key: "a", source: "Buses run on a delayed schedule."),  // 100%
            CatalogEntry(key: "b", source: "Buses run on a delayed schedule."),  // repetition
            CatalogEntry(key: "c", source: "School is closed on Tuesday 9/12."),  // 99%
            CatalogEntry(key: "d", source: "School is closed on Monday 1/5."),  // 86%
            CatalogEntry(key: "e", source: "Lunch menus for the week of September 9."),  // no match
            CatalogEntry(key: "f", source: "Lunch menus for the week of September 9."),  // repetition
        ])
        let analysis = MemoryAnalysis.analyze(catalog, index: MemoryIndex(memory), language: "es")
        func count(_ band: AnalysisBand) -> (Int, Int) { (analysis.bands[band]!.segments, analysis.bands[band]!.words) }
        #expect(count(.inContext) == (1, 1))  // "Welcome": the argument's name is not a word (WordCount)
        #expect(count(.exact) == (1, 6))
        #expect(count(.repetition) == (2, 6 + 8))
        #expect(count(.high) == (1, 7))
        #expect(count(.good) == (1, 7))
        #expect(count(.noMatch) == (1, 8))
        #expect(analysis.total.segments == 7)
    }

    @Test func bandBoundaries() {
        #expect(AnalysisBand.band(score: 101) == .inContext)
        #expect(AnalysisBand.band(score: 95) == .high)
        #expect(AnalysisBand.band(score: 94) == .good)
        #expect(AnalysisBand.band(score: 84) == .fair)
        #expect(AnalysisBand.band(score: 74) == .low)
        #expect(AnalysisBand.band(score: 49) == .noMatch)
        #expect(AnalysisBand.band(score: nil) == .noMatch)
    }
}

@Suite struct MemoryImportTests {
    @Test func importMapsLanguagesToProjectTagsAndKeepsDates() throws {
        let root = MemoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try AtomicFile.write("msgid \"\"\nmsgstr \"\"\n", to: root.appendingPathComponent("Locales/es.po"))
        let document = try TMXReader.read(MemoryFixtures.url("trados-studio-utf16.tmx"))
        let results = try TranslationMemory.importing(document, root: root, date: Date(timeIntervalSince1970: 0))
        #expect(results.map(\.memory.language) == ["es"])  // es-ES → the project's es
        #expect(results[0].added == 2)
        #expect(results[0].memory.units.allSatisfy { $0.creationDate?.hasPrefix("2024") == true })
        let weblate = try TranslationMemory.importing(
            try TMXReader.read(MemoryFixtures.url("weblate-export.tmx")), root: root,
            date: Date(timeIntervalSince1970: 0))
        #expect(weblate.map(\.memory.language) == ["cy", "pl", "ru"])
        #expect(weblate[0].memory.units[0].creationDate == "19700101T000000Z")  // undated unit: the given date
    }

    @Test func badFileImportsNothing() throws {
        let root = MemoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var memory = TranslationMemory(language: "es")
        memory.add(MemoryUnit(sourceMessage: "Hello", targetMessage: "Hola", date: "20240101T000000Z"))
        try memory.save(root: root)
        let before = try Data(contentsOf: TranslationMemory.url(root: root, language: "es"))
        // Good units first, then a broken one: the reader throws before any memory changes.
        let text = """
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en"><seg>Bye</seg></tuv><tuv xml:lang="es"><seg>Adiós</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Oops</seg></tuv><tuv xml:lang="es"><seg>Uy</tuv></tu>
            </body></tmx>
            """
        #expect(throws: TranslateError.self) { _ = try TMXReader.parse(text, path: "broken.tmx") }
        #expect(try Data(contentsOf: TranslationMemory.url(root: root, language: "es")) == before)
    }
}
