import Foundation
import Testing

@testable import TranslateKit

@Suite struct CatalogThreeWayMergeTests {
    /// A Russian catalog as sync writes it.
    static let base = """
        msgid ""
        msgstr ""
        "Language: ru\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "PO-Revision-Date: 2026-01-05 09:00+0000\\n"
        "Last-Translator: Anna\\n"

        #: Content/index.html
        msgctxt "home.welcome"
        msgid "Welcome"
        msgstr "Добро пожаловать"

        #: Content/index.html
        #, critical
        msgctxt "alert.closed"
        msgid "Schools are closed today."
        msgstr "Сегодня школы закрыты."

        #: Content/lunch.html
        msgctxt "lunch.free"
        msgid "Lunch is free for every student."
        msgstr ""

        #: Content/calendar.html
        msgctxt "calendar.conferences"
        msgid "Conferences are on Thursday."
        msgstr "Собрания в четверг."

        """

    static func read(_ text: String, _ path: String = "ru.po") -> Catalog {
        let result = POReader.parse(text, path: path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        return result.catalog
    }

    static func merge(_ ours: String, _ theirs: String, base: String = base) -> (text: String, result: CatalogThreeWayMergeResult) {
        let result = CatalogThreeWayMerge.merge(base: read(base), ours: read(ours), theirs: read(theirs))
        return (POWriter.write(result.catalog), result)
    }

    static func replacing(_ text: String, _ pairs: [(String, String)]) -> String {
        var text = text
        for (old, new) in pairs {
            precondition(text.contains(old), "fixture lacks \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    @Test func neighbouringEditsBothLand() {
        let ours = Self.replacing(Self.base, [("msgstr \"Собрания в четверг.\"", "msgstr \"Родительские собрания в четверг.\"")])
        let theirs = Self.replacing(
            Self.base,
            [("Lunch is free for every student.\"\nmsgstr \"\"", "Lunch is free for every student.\"\nmsgstr \"Обед для всех учеников бесплатный.\"")])
        let (text, result) = Self.merge(ours, theirs)
        #expect(result.conflicts.isEmpty)
        let expected = Self.replacing(
            ours, [("Lunch is free for every student.\"\nmsgstr \"\"", "Lunch is free for every student.\"\nmsgstr \"Обед для всех учеников бесплатный.\"")])
        #expect(text == expected)
        // The same merge the other way round gives the same catalog.
        #expect(Self.merge(theirs, ours).text == expected)
    }

    @Test func bothTranslatedTheSameEntryKeepsOursAndRecordsTheirs() throws {
        let ours = Self.replacing(Self.base, [("msgstr \"Добро пожаловать\"", "msgstr \"Здравствуйте\"")])
        let theirs = Self.replacing(Self.base, [("msgstr \"Добро пожаловать\"", "msgstr \"Привет,\\n\\\"друзья\\\"\"")])
        let (text, result) = Self.merge(ours, theirs)
        #expect(result.conflicts == ["home.welcome"])
        let entry = try #require(Self.read(text).entries.first { $0.key == "home.welcome" })
        #expect(entry.translation == "Здравствуйте")
        #expect(entry.isFuzzy)
        // Multi-line and quoted text survives the comment exactly.
        #expect(CatalogThreeWayMerge.alternatives(in: entry) == ["Привет,\n\"друзья\""])
        #expect(text.contains("# merge: theirs: \"Привет,\\n\\\"друзья\\\"\"\n#: Content/index.html\n#, fuzzy\nmsgctxt \"home.welcome\""))
        // A second merge of the same sides adds no second comment.
        let again = CatalogThreeWayMerge.merge(base: Self.read(Self.base), ours: Self.read(text), theirs: Self.read(theirs))
        #expect(CatalogThreeWayMerge.alternatives(in: again.catalog.entries[0]).count == 1)
    }

    @Test func obsoletedOnOneSideTranslatedOnTheOtherKeepsTheTranslation() throws {
        // Ours ran extract: the lunch page is gone, its untranslated entry dropped and the calendar one obsolete.
        let ours =
            Self.replacing(
                Self.base,
                [
                    ("#: Content/lunch.html\nmsgctxt \"lunch.free\"\nmsgid \"Lunch is free for every student.\"\nmsgstr \"\"\n\n", ""),
                    (
                        "\n#: Content/calendar.html\nmsgctxt \"calendar.conferences\"\nmsgid \"Conferences are on Thursday.\"\nmsgstr \"Собрания в четверг.\"\n",
                        ""
                    ),
                ]) + "\n#~ msgctxt \"calendar.conferences\"\n#~ msgid \"Conferences are on Thursday.\"\n#~ msgstr \"Собрания в четверг.\"\n"
        let theirs = Self.replacing(
            Self.base,
            [
                ("Lunch is free for every student.\"\nmsgstr \"\"", "Lunch is free for every student.\"\nmsgstr \"Обед бесплатный.\""),
                ("msgstr \"Собрания в четверг.\"", "msgstr \"Родительские собрания в четверг.\""),
            ])
        let (text, result) = Self.merge(ours, theirs)
        #expect(result.conflicts.isEmpty)
        let catalog = Self.read(text)
        let lunch = try #require(catalog.entries.first { $0.key == "lunch.free" })
        #expect(lunch.isObsolete && lunch.translation == "Обед бесплатный.")
        let conferences = try #require(catalog.entries.first { $0.key == "calendar.conferences" })
        #expect(conferences.isObsolete && conferences.translation == "Родительские собрания в четверг.")
        #expect(conferences.references.isEmpty)
        // With the template still naming them, they revive.
        let template = Self.read(
            Self.replacing(
                Self.base,
                [
                    ("msgstr \"Добро пожаловать\"", "msgstr \"\""), ("msgstr \"Сегодня школы закрыты.\"", "msgstr \"\""),
                    ("msgstr \"Собрания в четверг.\"", "msgstr \"\""),
                ]))
        let revived = CatalogThreeWayMerge.merge(base: Self.read(Self.base), ours: Self.read(ours), theirs: Self.read(theirs), template: template).catalog
        #expect(revived.entries.first { $0.key == "lunch.free" }?.isObsolete == false)
        #expect(revived.entries.first { $0.key == "calendar.conferences" }?.translation == "Родительские собрания в четверг.")
    }

    @Test func addedOnBothSidesWithDifferentTranslationsIsAConflict() throws {
        let addition = "\n#: Content/bus.html\nmsgctxt \"bus.late\"\nmsgid \"The bus is late.\"\nmsgstr \"%@\"\n"
        let ours = Self.base + addition.replacingOccurrences(of: "%@", with: "Автобус опаздывает.")
        let theirs = Self.base + addition.replacingOccurrences(of: "%@", with: "Автобус задерживается.")
        let (text, result) = Self.merge(ours, theirs)
        #expect(result.conflicts == ["bus.late"])
        let entry = try #require(Self.read(text).entries.first { $0.key == "bus.late" })
        #expect(entry.translation == "Автобус опаздывает.")
        #expect(CatalogThreeWayMerge.alternatives(in: entry) == ["Автобус задерживается."])
        // The same addition on both sides is no conflict.
        #expect(Self.merge(ours, ours).result.conflicts.isEmpty)
        // Added untranslated on one side, translated on the other: the translation, nothing to review.
        let untranslated = Self.merge(Self.base + addition.replacingOccurrences(of: "%@", with: ""), theirs)
        let added = try #require(Self.read(untranslated.text).entries.first { $0.key == "bus.late" })
        #expect(added.translation == "Автобус задерживается." && !added.isFuzzy && untranslated.result.conflicts.isEmpty)
    }

    @Test func reviewOnOneSideAndNewTextOnTheOtherStaysFuzzy() throws {
        let fuzzyBase = Self.replacing(Self.base, [("#: Content/calendar.html\n", "#: Content/calendar.html\n#, fuzzy\n")])
        let ours = Self.base  // reviewed: fuzzy removed, text kept
        let theirs = Self.replacing(fuzzyBase, [("msgstr \"Собрания в четверг.\"", "msgstr \"Встречи с учителями в четверг.\"")])
        let (text, _) = Self.merge(ours, theirs, base: fuzzyBase)
        let entry = try #require(Self.read(text).entries.first { $0.key == "calendar.conferences" })
        #expect(entry.translation == "Встречи с учителями в четверг.")
        #expect(entry.isFuzzy, "ours reviewed the old text, not theirs")
    }

    @Test func theSideThatReorderedGivesTheOrderAndNewKeysFollowTheirNeighbours() {
        let welcome = "#: Content/index.html\nmsgctxt \"home.welcome\"\nmsgid \"Welcome\"\nmsgstr \"Добро пожаловать\"\n\n"
        // Theirs: an extract moved the welcome message to the end.
        let theirs = Self.replacing(Self.base, [(welcome, "")]) + "\n" + welcome.dropLast()
        // Ours: a new message right after the welcome.
        let bus = "#: Content/bus.html\nmsgctxt \"bus.late\"\nmsgid \"The bus is late.\"\nmsgstr \"Автобус опаздывает.\"\n\n"
        let ours = Self.replacing(Self.base, [(welcome, welcome + bus)])
        let keys = Self.read(Self.merge(ours, theirs).text).entries.compactMap(\.key)
        #expect(keys == ["alert.closed", "lunch.free", "calendar.conferences", "home.welcome", "bus.late"])
    }

    @Test func headerFieldsMergeOneByOne() {
        let ours = Self.replacing(Self.base, [("Last-Translator: Anna", "Last-Translator: Olga"), ("2026-01-05 09:00", "2026-02-01 12:00")])
        let theirs = Self.replacing(
            Self.base,
            [("2026-01-05 09:00", "2026-03-09 08:00"), ("\"Last-Translator: Anna\\n\"\n", "\"Last-Translator: Anna\\n\"\n\"X-Generator: Poedit 3.4\\n\"\n")])
        let catalog = Self.read(Self.merge(ours, theirs).text)
        #expect(catalog.headerField("Last-Translator") == "Olga")
        #expect(catalog.headerField("PO-Revision-Date") == "2026-03-09 08:00+0000")
        #expect(catalog.headerField("X-Generator") == "Poedit 3.4")
        #expect(catalog.headerField("Language") == "ru")
    }

    @Test func lineEndingsFollowTheSideThatChangedThem() {
        let crlf = Self.base.replacingOccurrences(of: "\n", with: "\r\n")
        let theirs = Self.replacing(Self.base, [("msgstr \"Собрания в четверг.\"", "msgstr \"Собрания — в четверг.\"")])
        let (text, result) = Self.merge(crlf, theirs)
        #expect(result.conflicts.isEmpty)
        #expect(text == Self.replacing(crlf, [("msgstr \"Собрания в четверг.\"", "msgstr \"Собрания — в четверг.\"")]))
    }

    @Test func resultIsWhatSyncWritesForItsOwnTemplate() {
        let ours = Self.replacing(Self.base, [("msgstr \"Добро пожаловать\"", "msgstr \"Здравствуйте\"")])
        let theirs =
            Self.replacing(
                Self.base,
                [("msgstr \"Добро пожаловать\"", "msgstr \"Привет\""), ("\n#: Content/index.html\n#, critical", "\n#: Content/index.html\n#, critical, fuzzy")])
            + "\n#~ msgctxt \"old.key\"\n#~ msgid \"Old\"\n#~ msgstr \"Старое\"\n"
        let merged = CatalogThreeWayMerge.merge(base: Self.read(Self.base), ours: Self.read(ours), theirs: Self.read(theirs)).catalog
        let text = POWriter.write(merged)
        let reread = Self.read(text)
        #expect(POWriter.write(reread) == text)
        var template = Catalog(header: reread.header)
        template.entries = reread.activeEntries.map {
            CatalogEntry(
                key: $0.key, source: $0.source, extractedComments: $0.extractedComments,
                references: $0.references, flags: $0.flags.filter { !CatalogMerger.isTranslatorFlag($0) })
        }
        #expect(POWriter.write(CatalogMerger.merge(template: template, into: reread).catalog) == text)
    }

    @Test func gettextPluralFormsAreComparedOneByOne() throws {
        let base =
            "msgid \"\"\nmsgstr \"Language: pl\\n\"\n\nmsgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d plik\"\nmsgstr[1] \"%d pliki\"\nmsgstr[2] \"%d plików\"\n"
        let ours = base.replacingOccurrences(of: "msgstr[0] \"%d plik\"", with: "msgstr[0] \"%d plik!\"")
        let theirs = base.replacingOccurrences(of: "msgstr[2] \"%d plików\"", with: "msgstr[2] \"%d plikow\"")
        let result = CatalogThreeWayMerge.merge(base: Self.read(base, "pl.po"), ours: Self.read(ours, "pl.po"), theirs: Self.read(theirs, "pl.po"))
        let entry = try #require(result.catalog.entries.first)
        #expect([entry.translation] + entry.pluralTranslations == ["%d plik!", "%d pliki", "%d plikow"])
        #expect(result.conflicts.isEmpty && !entry.isFuzzy)
        // Both changed the 'many' form: ours stays, theirs is recorded for that form.
        let clash = CatalogThreeWayMerge.merge(
            base: Self.read(base, "pl.po"), ours: Self.read(theirs.replacingOccurrences(of: "plikow", with: "plików!"), "pl.po"),
            theirs: Self.read(theirs, "pl.po"))
        let clashed = try #require(clash.catalog.entries.first)
        #expect(clashed.pluralTranslations == ["%d pliki", "%d plików!"])
        #expect(clashed.translatorComments == [CatalogThreeWayMerge.alternativeComment("%d plikow", form: 2)])
        #expect(clash.conflicts.count == 1 && clashed.isFuzzy)
    }

    @Test func memoriesMergeAsAUnionWithTheNewerMetadata() throws {
        func unit(_ target: String, changed: String, origin: String) -> MemoryUnit {
            var unit = MemoryUnit(
                sourceMessage: "Schools are closed today.", targetMessage: target, key: "alert.closed", originFile: origin,
                state: .translated, date: "20260101T000000Z")
            unit.changeDate = changed
            return unit
        }
        let ours = TranslationMemory(language: "ja", units: [unit("本日は休校です。", changed: "20260301T000000Z", origin: "ours.html")])
        let theirs = TranslationMemory(
            language: "ja",
            units: [
                unit("本日は休校です。", changed: "20260201T000000Z", origin: "theirs.html"),
                unit("今日は学校が休みです。", changed: "20260201T000000Z", origin: "theirs.html"),
            ])
        let merged = MemoryMerge.merge(ours: ours.document, theirs: theirs.document, language: "ja")
        #expect(merged.units.map(\.targetText).sorted() == ["今日は学校が休みです。", "本日は休校です。"])
        #expect(merged.units.first { $0.targetText == "本日は休校です。" }?.originFile == "ours.html")
        let reversed = MemoryMerge.merge(ours: theirs.document, theirs: ours.document, language: "ja")
        #expect(TMXWriter.write(reversed.document) == TMXWriter.write(merged.document))
        #expect(MemoryMerge.language(path: "Locales/memory/ja.tmx", documents: []) == "ja")
    }
}
