import Foundation
import Testing

@testable import TranslateKit

/// A catalog built in memory with everything the writer must format: long and multi-line
/// strings, escapes, Spanish/Arabic/Japanese/Polish text, emoji and combining marks,
/// wrapped references, previous and obsolete entries, gettext plurals.
enum SampleCatalog {
    static func make() -> Catalog {
        var catalog = Catalog()
        catalog.setHeaderField("Project-Id-Version", "hartford-portal")
        catalog.setHeaderField("Language", "es")
        catalog.setHeaderField("MIME-Version", "1.0")
        catalog.setHeaderField("Content-Type", "text/plain; charset=UTF-8")
        catalog.setHeaderField("Content-Transfer-Encoding", "8bit")
        catalog.setHeaderField("Plural-Forms", "nplurals=2; plural=(n != 1);")
        catalog.header?.translatorComments = ["Spanish translation of the Hartford family portal.", ""]
        catalog.entries = [
            CatalogEntry(
                key: "home.welcome", source: "Welcome to Hartford Public Schools",
                translation: "Bienvenidos a las Escuelas Públicas de Hartford",
                extractedComments: ["Title of the home page."], references: ["content/home.html"]),
            CatalogEntry(
                key: "home.closing",
                source: "All schools will close two hours early on Friday because of the expected snowstorm. Buses will leave at 12:30.",
                translation:
                    "Todas las escuelas cerrarán dos horas antes el viernes debido a la tormenta de nieve prevista. Los autobuses saldrán a las 12:30.",
                references: ["content/news/2024-01-snow.html", "content/news/2024-01-snow-update.html", "content/alerts/weather.html", "content/home.html"],
                flags: ["no-c-format"]),
            CatalogEntry(
                key: "home.address", source: "Main office:\n960 Main Street\nHartford, CT 06103\n",
                translation: "Oficina principal:\n960 Main Street\nHartford, CT 06103\n"),
            CatalogEntry(
                key: "form.hint", source: "Type \"yes\" to confirm.\tPaths use \\ on Windows.",
                translation: "Escriba \"sí\" para confirmar.\tLas rutas usan \\ en Windows.",
                translatorComments: ["Keep the quotes around sí."]),
            CatalogEntry(
                key: "lunch.menu", source: "The lunch menu for this week is available in the cafeteria and on the district website.",
                translation: "قائمة الغداء لهذا الأسبوع متاحة في الكافتيريا وعلى الموقع الإلكتروني للمنطقة التعليمية.",
                flags: ["fuzzy"], previousSource: "The lunch menu for this week is available in the cafeteria and on our website."),
            CatalogEntry(
                key: "calendar.note", source: "Parent-teacher conferences are on Thursday evening; please book a time slot online.",
                translation: "保護者面談は木曜日の夜に行われます。オンラインで時間帯を予約してください。ご協力ありがとうございます。"),
            CatalogEntry(key: "emoji.party", source: "Party 🎉 café", translation: "Fiesta 🎉 café (e\u{301})"),
            CatalogEntry(
                key: nil, source: "%d student was absent", translation: "Nieobecny był %d uczeń",
                sourcePlural: "%d students were absent", pluralTranslations: ["Nieobecnych było %d uczniów", "Nieobecnych było %d uczniów"],
                flags: ["c-format"]),
            CatalogEntry(key: "empty", source: "Untranslated message"),
            CatalogEntry(
                key: "old.snow_day", source: "Snow day: all schools are closed today and all after-school activities are cancelled.",
                translation: "Día de nieve: todas las escuelas están cerradas hoy y se cancelan todas las actividades extraescolares.",
                flags: ["fuzzy"], previousSource: "Snow day", isObsolete: true),
        ]
        return catalog
    }
}

@Suite struct POWriterTests {
    /// The golden file was checked with GNU gettext 0.21: `msgcat canonical-es.po` prints it unchanged.
    @Test func canonicalFormMatchesTheGoldenFile() throws {
        let written = POWriter.write(SampleCatalog.make())
        if let dump = ProcessInfo.processInfo.environment["PO_WRITER_DUMP"] { try written.write(toFile: dump, atomically: true, encoding: .utf8) }
        let golden = try CatalogFixtures.text("canonical-es.po")
        #expect(written == golden)
        #expect(Array(written.utf8) == Array(golden.utf8))
    }

    @Test func canonicalOutputReadsBackToTheSameCatalogAndIsStable() {
        let catalog = SampleCatalog.make()
        let written = POWriter.write(catalog)
        let reread = POReader.parse(written, path: "es.po")
        #expect(reread.diagnostics.isEmpty)
        #expect(reread.catalog == catalog)
        #expect(POWriter.write(reread.catalog) == written)
    }

    @Test func noVolatileHeaderFieldsAreAdded() {
        let written = POWriter.write(SampleCatalog.make())
        for field in ["POT-Creation-Date", "PO-Revision-Date", "X-Generator", "Last-Translator"] { #expect(!written.contains(field)) }
        #expect(POWriter.write(SampleCatalog.make()) == written)
    }

    @Test func wrappingFollowsGettext() {
        var lines: [String] = []
        POWriter.wrap("", "msgid", "short", into: &lines)
        #expect(lines == ["msgid \"short\""])
        lines = []
        POWriter.wrap("", "msgstr", "", into: &lines)
        #expect(lines == ["msgstr \"\""])
        lines = []
        POWriter.wrap("", "msgstr", "one line\n", into: &lines)
        #expect(lines == ["msgstr \"one line\\n\""])
        lines = []
        POWriter.wrap("", "msgstr", "a\nb", into: &lines)
        #expect(lines == ["msgstr \"\"", "\"a\\n\"", "\"b\""])
        lines = []
        let long = String(repeating: "word ", count: 30)
        POWriter.wrap("#~ ", "msgid", long, into: &lines)
        #expect(lines.first == "#~ msgid \"\"")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("#~ \"") && $0.unicodeScalars.count <= 79 })
        // A line is filled up to 79 columns: "word " pieces, 5 columns each, after `#~ "`.
        #expect(lines[1] == "#~ \"" + String(repeating: "word ", count: 14) + "\"")
    }

    @Test func newEntryInAnExistingFileIsAddedWithoutTouchingOthers() throws {
        let text = try CatalogFixtures.text("poedit-pl.po")
        var catalog = POReader.parse(text, path: "pl.po").catalog
        let obsolete = catalog.entries.removeLast()
        catalog.entries.append(
            CatalogEntry(
                key: "newsletter.lunch", source: "Lunch is free for all students",
                translation: "Obiady są bezpłatne dla wszystkich uczniów"))
        catalog.entries.append(obsolete)
        let written = POWriter.write(catalog)
        let expectedInsert = "\nmsgctxt \"newsletter.lunch\"\nmsgid \"Lunch is free for all students\"\nmsgstr \"Obiady są bezpłatne dla wszystkich uczniów\"\n"
        let anchor = text.range(of: "\n#~ msgid \"Snow day\"")!
        let expected = String(text[..<anchor.lowerBound]) + expectedInsert + String(text[anchor.lowerBound...])
        #expect(written == expected)
    }

    /// Random catalogs (RTL text, combining marks, emoji, escapes, CRLF) written canonically
    /// read back equal, and random layouts of valid PO text round-trip byte for byte.
    @Test func seededRandomRoundTrip() {
        var generator = CatalogRandom(seed: CatalogRandom.seedFromEnvironment())
        print("POWriterTests.seededRandomRoundTrip seed: \(generator.seed) (replay with TRANSLATE_TEST_SEED=\(generator.seed))")
        let pieces = [
            "Hello", "مرحبا", "שלום", "e\u{301}", "ñ", "Łódź", "日本語", "😀", "👩🏽‍🏫", " ", "  ", "\n", "\t", "\"", "\\",
            "%d", "{name}", "a-b", "https://hartford.k12.ct.us/", "word", ".", ":", "\u{200F}", "ا\u{64B}",
        ]
        func randomText(_ maxPieces: Int) -> String {
            (0..<Int.random(in: 0...maxPieces, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        for iteration in 0..<150 {
            var catalog = Catalog()
            catalog.lineEnding = Bool.random(using: &generator) ? "\r\n" : "\n"
            catalog.setHeaderField("Language", ["ar", "he", "pl", "ja"].randomElement(using: &generator)!)
            var keys = Set<String>()
            for index in 0..<Int.random(in: 0...8, using: &generator) {
                let key = "key.\(index)"
                guard keys.insert(key).inserted else { continue }
                var entry = CatalogEntry(key: key, source: randomText(30), translation: randomText(30))
                if Bool.random(using: &generator) {
                    entry.translatorComments = [randomText(5).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")]
                }
                if Bool.random(using: &generator) {
                    entry.setFlag("fuzzy", true)
                    entry.previousSource = randomText(20)
                }
                if Int.random(in: 0..<4, using: &generator) == 0 {
                    entry.sourcePlural = randomText(10)
                    entry.pluralTranslations = [randomText(10)]
                }
                catalog.entries.append(entry)
            }
            for index in 0..<Int.random(in: 0...2, using: &generator) {
                catalog.entries.append(CatalogEntry(key: "old.\(index)", source: randomText(20), translation: randomText(20) + "x", isObsolete: true))
            }
            // The translator comments must not contain line breaks: they are one line each.
            for i in catalog.entries.indices {
                catalog.entries[i].translatorComments = catalog.entries[i].translatorComments.map { $0.replacingOccurrences(of: "\r\n", with: " ") }
            }
            let written = POWriter.write(catalog)
            let reread = POReader.parse(written, path: "random.po")
            #expect(reread.diagnostics.isEmpty, "seed \(generator.seed) iteration \(iteration): \(reread.diagnostics.map(\.formatted))")
            #expect(reread.catalog == catalog, "seed \(generator.seed) iteration \(iteration)")
            #expect(Array(POWriter.write(reread.catalog).utf8) == Array(written.utf8), "seed \(generator.seed) iteration \(iteration)")
            for line in written.split(separator: "\n") where line.hasPrefix("\"") {
                let content = line.hasSuffix("\r") ? line.dropLast() : line[...]
                #expect(
                    content.unicodeScalars.map { POWriter.scalarWidth($0) }.reduce(0, +) <= 79 || !content.contains(" "),
                    "seed \(generator.seed): line wider than 79 columns: \(content)")
            }

            // The same text laid out the way other tools do (extra blank lines, CRLF, comments,
            // strings split differently) round-trips byte for byte.
            var mangled = ""
            for (i, line) in written.components(separatedBy: catalog.lineEnding).enumerated()
            where i < written.components(separatedBy: catalog.lineEnding).count - 1 {
                mangled += line
                mangled += Bool.random(using: &generator) ? "\r\n" : "\n"
                if line.hasPrefix("msgstr") && Bool.random(using: &generator) { mangled += "\n" }
            }
            #expect(catalogRoundTrips(mangled), "seed \(generator.seed) iteration \(iteration)")
        }
    }
}
