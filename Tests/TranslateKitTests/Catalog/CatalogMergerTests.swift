import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

@Suite struct CatalogMergerTests {
    /// messages.pot as translate writes it: keys in msgctxt, file-only references.
    static let template = """
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=UTF-8\\n"

        #: content/home.html
        msgctxt "home.title"
        msgid "Welcome to Hartford Public Schools"
        msgstr ""

        #. Shown on snow days.
        #: content/alerts.html content/home.html
        #, critical
        msgctxt "alerts.closing"
        msgid "All schools close two hours early today."
        msgstr ""

        #: content/lunch.html
        msgctxt "lunch.free"
        msgid "Breakfast and lunch are free for every student."
        msgstr ""

        #: content/calendar.html
        msgctxt "calendar.conferences"
        msgid "Parent-teacher conferences are on Thursday."
        msgstr ""

        #: content/home.html
        msgctxt "home.contact"
        msgid "Contact us"
        msgstr ""

        """

    static let spanish = """
        # Spanish catalog.
        msgid ""
        msgstr ""
        "Language: es\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"

        #: content/old-home.html
        msgctxt "home.title"
        msgid "Welcome to Hartford Public Schools"
        msgstr "Bienvenidos a las Escuelas Públicas de Hartford"

        # Reviewed by María.
        #, ignore-length
        msgctxt "alerts.closing"
        msgid "All schools close early today."
        msgstr "Todas las escuelas cierran temprano hoy."

        msgctxt "bus.delay"
        msgid "Buses are running late."
        msgstr "Los autobuses llevan retraso."

        msgctxt "home.draft"
        msgid "Draft text"
        msgstr ""

        #~ msgctxt "lunch.free"
        #~ msgid "Lunch is free for every student."
        #~ msgstr "El almuerzo es gratuito para todos los estudiantes."

        #~ msgctxt "zz.gone"
        #~ msgid "Gone for good"
        #~ msgstr "Desaparecido"

        """

    func parse(_ text: String) -> Catalog {
        let result = POReader.parse(text, path: "test.po")
        #expect(result.diagnostics.isEmpty)
        return result.catalog
    }

    @Test func spanishCatalogIsMergedLikeMsgmergeWithoutGuessing() {
        let result = CatalogMerger.merge(template: parse(Self.template), into: parse(Self.spanish))
        #expect(result.added == 2)  // calendar.conferences, home.contact
        #expect(result.changed == 1)  // alerts.closing
        #expect(result.obsoleted == 1)  // bus.delay
        #expect(result.revived == 1)  // lunch.free
        #expect(result.unchanged == 1)  // home.title
        #expect(result.droppedUntranslated == 1)  // home.draft
        let catalog = result.catalog
        #expect(catalog.headerField("Language") == "es")
        #expect(
            catalog.entries.map { $0.key ?? "" } == [
                "home.title", "alerts.closing", "lunch.free", "calendar.conferences", "home.contact", "bus.delay", "zz.gone",
            ])

        let title = catalog.entries[0]
        #expect(title.state == .translated)
        #expect(title.references == ["content/home.html"])  // refreshed from the template

        let closing = catalog.entries[1]
        #expect(closing.source == "All schools close two hours early today.")
        #expect(closing.translation == "Todas las escuelas cierran temprano hoy.")
        #expect(closing.previousSource == "All schools close early today.")
        #expect(closing.state == .fuzzy)
        #expect(closing.flags == ["fuzzy", "critical", "ignore-length"])
        #expect(closing.extractedComments == ["Shown on snow days."])
        #expect(closing.translatorComments == ["Reviewed by María."])

        let lunch = catalog.entries[2]
        #expect(!lunch.isObsolete)
        #expect(lunch.isFuzzy)
        #expect(lunch.previousSource == "Lunch is free for every student.")
        #expect(lunch.translation == "El almuerzo es gratuito para todos los estudiantes.")

        // New keys are untranslated: nothing is filled from a similar message.
        #expect(catalog.entries[3].state == .untranslated)
        #expect(catalog.entries[4].translation.isEmpty)

        let bus = catalog.entries[5]
        #expect(bus.isObsolete && bus.translation == "Los autobuses llevan retraso.")
        #expect(catalog.entries[6].isObsolete)

        // Written out, the untouched entry keeps its exact text and the new one is canonical.
        let written = POWriter.write(catalog)
        #expect(written.contains("#~ msgctxt \"bus.delay\"\n#~ msgid \"Buses are running late.\"\n#~ msgstr \"Los autobuses llevan retraso.\"\n"))
        #expect(
            written.contains(
                "#, fuzzy, critical, ignore-length\n#| msgctxt \"alerts.closing\"\n#| msgid \"All schools close early today.\"\nmsgctxt \"alerts.closing\""))
        let reread = POReader.parse(written, path: "es.po")
        #expect(reread.diagnostics.isEmpty)
        #expect(reread.catalog == catalog)
    }

    @Test func mergingTwiceChangesNothing() {
        let template = parse(Self.template)
        let once = CatalogMerger.merge(template: template, into: parse(Self.spanish))
        let twice = CatalogMerger.merge(template: template, into: once.catalog)
        #expect(twice.catalog == once.catalog)
        #expect(twice.added == 0 && twice.changed == 0 && twice.obsoleted == 0 && twice.revived == 0)
        #expect(twice.unchanged == 5)
        #expect(POWriter.write(twice.catalog) == POWriter.write(once.catalog))
    }

    @Test func fuzzyEntryKeepsItsFirstPreviousSourceAcrossSecondChange() {
        let arabic = parse(
            """
            #, fuzzy
            #| msgid "Report cards are ready"
            msgctxt "grades.ready"
            msgid "Report cards are ready online"
            msgstr "بطاقات التقارير جاهزة"

            """)
        let template = parse(
            """
            msgctxt "grades.ready"
            msgid "Report cards are ready in the parent portal"
            msgstr ""

            """)
        let result = CatalogMerger.merge(template: template, into: arabic)
        let entry = result.catalog.entries[0]
        #expect(result.changed == 1)
        // The Arabic text translates the first source, so that is what the reviewer must compare.
        #expect(entry.previousSource == "Report cards are ready")
        #expect(entry.translation == "بطاقات التقارير جاهزة")
        #expect(entry.isFuzzy)
    }

    @Test func polishPluralEntriesAndUntranslatedChangesAreNotMarkedFuzzy() {
        let polish = parse(
            """
            msgctxt "absent.count"
            msgid "{count, plural, one {# student is absent} other {# students are absent}}"
            msgstr "{count, plural, one {# uczeń jest nieobecny} few {# uczniów jest nieobecnych} many {# uczniów jest nieobecnych} other {# ucznia jest nieobecnych}}"

            msgctxt "absent.note"
            msgid "Call the office"
            msgstr ""

            """)
        let template = parse(
            """
            msgctxt "absent.count"
            msgid "{count, plural, one {# student is absent} other {# students are absent}}"
            msgstr ""

            msgctxt "absent.note"
            msgid "Call the main office"
            msgstr ""

            """)
        let result = CatalogMerger.merge(template: template, into: polish)
        #expect(result.unchanged == 1 && result.changed == 1)
        #expect(result.catalog.entries[0].state == .translated)
        #expect(result.catalog.entries[0].translation.contains("few {# uczniów"))
        // Nothing to review: an untranslated entry just gets the new source.
        #expect(result.catalog.entries[1].source == "Call the main office")
        #expect(!result.catalog.entries[1].isFuzzy)
        // The unchanged translated entry is written back as it was read.
        let written = POWriter.write(result.catalog)
        #expect(written.hasPrefix("msgctxt \"absent.count\"\nmsgid \"{count, plural, one {# student is absent} other {# students are absent}}\"\n"))
    }

    @Test func catalogWithoutHeaderTakesTheTemplates() {
        let result = CatalogMerger.merge(template: parse(Self.template), into: Catalog())
        #expect(result.added == 5)
        #expect(result.catalog.header?.translation == "Content-Type: text/plain; charset=UTF-8\n")
        #expect(result.catalog.entries.allSatisfy { $0.state == .untranslated })
        #expect(result.catalog.entries[1].flags == ["critical"])
    }

    /// A changed source as GNU msgmerge --previous writes it: `#| msgctxt` and `#| msgid` above the new entry.
    @Test(.enabled(if: ExternalTool.find(["msgmerge"]) != nil || ExternalTool.onCI, "msgmerge is not installed (gettext; run .ci/setup)"))
    func fuzzyEntryKeepsItsPreviousContextAsMsgmergeDoes() throws {
        let msgmerge = try #require(ExternalTool.find(["msgmerge"]), "CI=true but msgmerge is missing: .ci/setup installs gettext")
        let spanish = """
            msgid ""
            msgstr "Content-Type: text/plain; charset=UTF-8\\n"

            msgctxt "alerts.closing"
            msgid "All schools close early today."
            msgstr "Todas las escuelas cierran temprano hoy."

            msgctxt "home.title"
            msgid "Welcome to Hartford Public Schools"
            msgstr "Bienvenidos a las Escuelas Públicas de Hartford"

            """
        let template = """
            msgid ""
            msgstr "Content-Type: text/plain; charset=UTF-8\\n"

            msgctxt "alerts.closing"
            msgid "All schools close two hours early today."
            msgstr ""

            msgctxt "home.title"
            msgid "Welcome to Hartford Public Schools"
            msgstr ""

            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("msgmerge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try AtomicFile.write(spanish, to: folder.appendingPathComponent("es.po"))
        try AtomicFile.write(template, to: folder.appendingPathComponent("messages.pot"))
        let run = try ExternalTool.run(msgmerge, ["--previous", "-q", "es.po", "messages.pot"], in: folder)
        #expect(run.status == 0, "msgmerge: \(run.stderr)")
        #expect(run.stdout.contains("#, fuzzy\n#| msgctxt \"alerts.closing\"\n#| msgid \"All schools close early today.\"\nmsgctxt \"alerts.closing\"\n"))

        let ours = POWriter.write(CatalogMerger.merge(template: parse(template), into: parse(spanish)).catalog)
        #expect(ours == run.stdout)
        let merged = parse(ours).entries.first { $0.key == "alerts.closing" }
        #expect(merged?.previousKey == "alerts.closing" && merged?.previousSource == "All schools close early today." && merged?.isFuzzy == true)
    }
}
