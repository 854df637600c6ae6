import Foundation
import Testing
import TranslateICU

@testable import TranslateKit

/// The sample translations in Locales/ (Spanish, Arabic, Polish, Chinese) against the sample content.
@Suite("SampleTranslations")
struct SampleTranslationTests {
    static let languages = ["ar", "es-US", "pl", "zh-Hans"]

    static func catalog(_ tag: String) throws -> Catalog {
        let result = try POReader.read(SampleContent.root.appendingPathComponent("Locales/\(tag).po"), displayPath: "Locales/\(tag).po")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        return result.catalog
    }

    @Test("the committed POT is what extraction writes today, and every catalog has exactly its keys", arguments: languages)
    func keysMatch(tag: String) throws {
        let pot = try SampleContent.text("Locales/messages.pot")
        #expect(pot == SampleContent.pot(), "run 'translate extract' after changing Content/")
        let keys = Set(ContentExtractor.extract(files: SampleContent.files).units.map(\.key))
        let catalog = try Self.catalog(tag)
        #expect(Set(catalog.activeEntries.compactMap(\.key)) == keys)
        #expect(catalog.headerField("Language") == tag)
    }

    @Test("translations are valid ICU messages with every CLDR plural category and the source's placeholders", arguments: languages)
    func translationsValid(tag: String) throws {
        let catalog = try Self.catalog(tag)
        let locale = try ICU.Locale(tag: tag)
        let categories = try ICU.PluralRules(locale: locale).categories
        let translated = catalog.activeEntries.filter { $0.state == .translated }
        #expect(translated.count >= 25)
        for entry in translated {
            let verdict = ICU.MessageFormat.validate(entry.translation, locale: locale)
            #expect(verdict.accepted, "\(tag) \(entry.effectiveKey): \(verdict.errorName ?? "")")
            if entry.source.contains(", plural,") {
                for category in categories {
                    #expect(entry.translation.contains(" \(category.rawValue) {"), "\(tag) \(entry.effectiveKey) lacks '\(category.rawValue)'")
                }
            }
            for placeholder in ["<x1>", "</x1>", "{phone1}", "{email1}", "{url1}", "{firstName}", "{student}", "{route}", "{host}"]
            where entry.source.contains(placeholder) {
                #expect(entry.translation.contains(placeholder), "\(tag) \(entry.effectiveKey) lost \(placeholder)")
            }
        }
    }

    @Test("localized home pages: lang and dir set, translations in place, links restored, the rest marked English", arguments: languages)
    func homePage(tag: String) throws {
        let catalog = try Self.catalog(tag)
        let html = try SampleContent.text("Content/index.html")
        let page = try #require(PageRenderer.render(html, path: "Content/index.html", locale: tag, lookup: PageRenderer.lookup(catalog)))
        let direction = tag == "ar" ? "rtl" : "ltr"
        #expect(page.contains("<html lang=\"\(tag)\" dir=\"\(direction)\">"))
        let welcome = try #require(catalog.activeEntries.first { $0.source == "Welcome to Hartford Public Schools" })
        #expect(page.contains("<h1>\(welcome.translation)</h1>"))
        #expect(page.contains("<a href=\"https://www.hartfordschools.org/allvoices\">"))
        #expect(page.contains("(860) 695-8000"))
        // English left in a right-to-left page is isolated, so its punctuation stays with it.
        #expect(page.contains(direction == "rtl" ? "<h2 lang=\"en\" dir=\"ltr\">Programs</h2>" : "<h2 lang=\"en\">Programs</h2>"))
        #expect(page.contains("<span translate=\"no\">Capital Preparatory Magnet School</span>"))
        // The app's plural messages format with ICU in each language.
        let unread = try #require(catalog.activeEntries.first { $0.key == "inbox.unread" })
        let three = try ICU.MessageFormat.format(unread.translation, locale: ICU.Locale(tag: tag), arguments: ["count": .number(3)])
        let expected = ["ar": "لديك ٣ رسائل جديدة.", "es-US": "Tiene 3 mensajes nuevos.", "pl": "Masz 3 nowe wiadomości.", "zh-Hans": "您有 3 条新消息。"]
        #expect(three == expected[tag])
    }

    @Test("Polish plurals pick the CLDR form: 1 dzień, 2 dni, 5 dni, 22 dni, 1,5 dnia")
    func polishDays() throws {
        let entry = try #require(try Self.catalog("pl").activeEntries.first { $0.key == "attendance.absences" })
        let pl = try ICU.Locale(tag: "pl")
        func format(_ n: Double) throws -> String {
            try ICU.MessageFormat.format(entry.translation, locale: pl, arguments: ["student": .string("Ola"), "days": .number(n)])
        }
        #expect(try format(1) == "Nieobecności ucznia Ola w tym miesiącu: 1 dzień.")
        #expect(try format(2) == "Nieobecności ucznia Ola w tym miesiącu: 2 dni.")
        #expect(try format(5) == "Nieobecności ucznia Ola w tym miesiącu: 5 dni.")
        #expect(try format(22) == "Nieobecności ucznia Ola w tym miesiącu: 22 dni.")
        #expect(try format(1.5) == "Nieobecności ucznia Ola w tym miesiącu: 1,5 dnia.")
    }
}
