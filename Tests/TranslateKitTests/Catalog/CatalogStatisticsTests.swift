import Foundation
import Testing

@testable import TranslateKit

@Suite struct CatalogStatisticsTests {
    @Test func countsMessagesAndEnglishWordsByState() {
        let text = """
            msgid ""
            msgstr ""
            "Language: es\\n"

            msgctxt "a"
            msgid "Welcome to Hartford Public Schools"
            msgstr "Bienvenidos a las Escuelas Públicas de Hartford"

            #, fuzzy
            msgctxt "b"
            msgid "School closes early on Friday."
            msgstr "La escuela cierra temprano."

            msgctxt "c"
            msgid "Call the main office, please!"
            msgstr ""

            #~ msgctxt "d"
            #~ msgid "Snow day today and tomorrow"
            #~ msgstr "Día de nieve"

            """
        let result = POReader.parse(text, path: "es.po")
        #expect(result.diagnostics.isEmpty)
        let statistics = CatalogStatistics(catalog: result.catalog)
        #expect(statistics.translated == .init(messages: 1, words: 5))
        #expect(statistics.fuzzy == .init(messages: 1, words: 5))
        #expect(statistics.untranslated == .init(messages: 1, words: 5))
        #expect(statistics.total == .init(messages: 3, words: 15))
        #expect(abs(statistics.percentComplete - 100.0 / 3) < 0.001)
    }

    @Test func percentIsByWordsNotMessages() {
        var catalog = Catalog()
        catalog.entries = [
            CatalogEntry(key: "long", source: "Parent-teacher conferences are on Thursday evening in the library", translation: "Las reuniones…"),
            CatalogEntry(key: "short", source: "OK"),
        ]
        let statistics = CatalogStatistics(catalog: catalog)
        // ICU counts "Parent-teacher" as two words: 10 words translated of 11.
        #expect(statistics.translated.words == 10)
        #expect(statistics.untranslated.words == 1)
        #expect(abs(statistics.percentComplete - 100.0 * 10 / 11) < 0.001)
    }

    @Test func emptyCatalogIsComplete() {
        #expect(CatalogStatistics(catalog: Catalog()).percentComplete == 100)
    }

    @Test func realDjangoCatalog() throws {
        guard let files = CatalogCorpus.files() else {
            if CatalogCorpus.isCI { Issue.record("the Django corpus is missing") }
            return
        }
        guard let polish = files.first(where: { $0.path.hasSuffix("django/contrib/auth/locale/pl/LC_MESSAGES/django.po") }) else {
            Issue.record("Polish auth catalog not found")
            return
        }
        let catalog = try POReader.read(polish).catalog
        let statistics = CatalogStatistics(catalog: catalog)
        #expect(statistics.total.messages == catalog.entries.filter { !$0.isObsolete }.count)
        #expect(statistics.total.words > statistics.total.messages)
        #expect(statistics.percentComplete > 50 && statistics.percentComplete <= 100)
        print(
            "Django auth pl: \(statistics.total.messages) messages, \(statistics.total.words) words, \(String(format: "%.1f", statistics.percentComplete))% complete"
        )
    }
}
