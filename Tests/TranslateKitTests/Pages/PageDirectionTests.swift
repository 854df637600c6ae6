import Foundation
import Testing

@testable import TranslateKit

/// Pages read right in both directions: `dir` comes from the registry, and text that runs against
/// the page's direction (English left in an Arabic page, Arabic shown in an English-script page) is
/// isolated so its punctuation and numbers stay with it.
@Suite("PageDirection")
struct PageDirectionTests {
    /// A registry with two private-use languages ICU knows nothing about: one in Arabic script, one in Syriac.
    static let privateUse: LanguageRegistry = {
        func row(_ cells: [String: String]) -> String { LanguageRegistry.columns.map { cells[$0] ?? "" }.joined(separator: "\t") }
        let english = row(["tag": "en", "english_name": "English", "endonym": "English", "script": "Latn", "direction": "ltr", "tier": "source"])
        func unknown(_ tag: String, _ name: String, _ endonym: String, _ script: String, fallback: String = "en") -> String {
            row([
                "tag": tag, "english_name": name, "endonym": endonym, "endonym_source": "test", "script": script, "direction": "rtl",
                "fallback": fallback, "tier": "on-request", "cardinal": "other", "ordinal": "other",
                "plural_reason": "test language", "collation": "root",
            ])
        }
        let lines = [
            LanguageRegistry.columns.joined(separator: "\t"), english,
            unknown("qaa", "Private Arabic-script", "عربي خاص", "Arab"),
            unknown("qab", "Private Syriac-script", "ܣܘܪܝܝܐ", "Syrc"),
            row([
                "tag": "qac", "english_name": "Private Latin-script", "endonym": "Latinus", "endonym_source": "test",
                "script": "Latn", "direction": "ltr", "fallback": "qaa en", "tier": "on-request", "cardinal": "other",
                "ordinal": "other", "plural_reason": "test language", "collation": "root",
            ]),
        ]
        let result = LanguageRegistry.parse(lines.joined(separator: "\n"), path: "private.tsv")
        precondition(result.errors.isEmpty, "\(result.errors)")
        return result.registry!
    }()

    static let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Bus routes</title></head>
        <body>
        <h1>Bus routes</h1>
        <p>Buses run at 7:30 a.m. Call (860) 695-8000 with questions!</p>
        <p>Schools are closed today. Stay safe.</p>
        <p><a href="/es" lang="es">En español</a></p>
        <img src="/bus.png" alt="A yellow school bus">
        </body>
        </html>
        """

    static func keys(_ html: String) -> [String: String] {
        Dictionary(
            HTMLExtractor.extract(tokens: ContentExtractor.tokenize(html), path: "p.html").units.map { ($0.source, $0.key) },
            uniquingKeysWith: { a, _ in a })
    }

    static func render(_ language: PageLanguage, _ translations: [String: String], origin: [String: String] = [:]) -> String {
        let keys = keys(page)
        var byKey: [String: String] = [:]
        var originByKey: [String: String] = [:]
        for (source, translation) in translations {
            guard let key = keys[source] else {
                Issue.record("no message '\(source)' in \(keys.keys.sorted())")
                continue
            }
            byKey[key] = translation
        }
        for (source, tag) in origin { if let key = keys[source] { originByKey[key] = tag } }
        return PageRenderer.renderHTML(
            tokens: ContentExtractor.tokenize(page), language: language, lookup: { byKey[$0] },
            origin: { originByKey[$0] })
    }

    @Test("dir comes from the registry: Arabic- and Syriac-script private-use tags, Assyrian and Rohingya are rtl")
    func directionFromRegistry() throws {
        for tag in ["qaa", "qab"] {
            let language = try #require(Self.privateUse.language(tag))
            let out = Self.render(PageLanguage(language, registry: Self.privateUse), [:])
            #expect(out.contains("<html lang=\"\(tag)\" dir=\"rtl\">"), "\(tag)")
            // ICU alone has no script for these tags, so it would have said ltr.
            #expect(!PageRenderer.isRightToLeft(tag))
        }
        let builtIn = LanguageRegistry.builtIn()
        for tag in ["aii", "rhg", "ar", "ckb"] {
            let out = Self.render(PageLanguage(try #require(builtIn.language(tag)), registry: builtIn), [:])
            #expect(out.contains("<html lang=\"\(tag)\" dir=\"rtl\">"), "\(tag)")
        }
        // ICU's likely script for Assyrian is not Syriac: asking ICU gave the ltr pages seen before.
        #expect(!PageRenderer.isRightToLeft("aii"))
        let polish = Self.render(PageLanguage(tag: "pl"), [:])
        #expect(polish.contains("<html lang=\"pl\" dir=\"ltr\">"))
        // Markdown: a right-to-left page is wrapped in a div carrying its direction; a left-to-right one is not.
        let markdown = "# Bus routes\n\nBuses run at 7:30 a.m.\n"
        #expect(
            PageRenderer.renderMarkdown(markdown, language: PageLanguage(tag: "aii"), lookup: { _ in nil })
                .hasPrefix("<div dir=\"rtl\" lang=\"aii\">\n\n"))
        #expect(!PageRenderer.renderMarkdown(markdown, language: PageLanguage(tag: "pl"), lookup: { _ in nil }).contains("dir="))
    }

    @Test("Arabic page: English blocks get dir=ltr, an English run inside an Arabic block gets a dir=ltr span, Arabic needs nothing")
    func englishInArabic() throws {
        let out = Self.render(
            PageLanguage(tag: "ar"),
            [
                "Bus routes": "خطوط الحافلات",
                "Schools are closed today.": "المدارس مغلقة اليوم.",
            ])
        #expect(out.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(out.contains("<h1>خطوط الحافلات</h1>"))
        #expect(out.contains("<title>خطوط الحافلات</title>"))
        #expect(out.contains("<p lang=\"en\" dir=\"ltr\">Buses run at 7:30 a.m. Call (860) 695-8000 with questions!</p>"))
        #expect(out.contains("<p>المدارس مغلقة اليوم. <span lang=\"en\" dir=\"ltr\">Stay safe.</span></p>"))
        // A lang the source page sets (Spanish, left to right) is isolated as well.
        #expect(out.contains("<a href=\"/es\" lang=\"es\" dir=\"ltr\">En español</a>"))
        // An element the source marks English whose text is translated takes the page's language, not dir=ltr.
        let marked = "<html lang=\"en\"><body><p lang=\"en\">Stay safe.</p></body></html>"
        let key = try #require(Self.keys(marked)["Stay safe."])
        let translated = PageRenderer.renderHTML(
            tokens: ContentExtractor.tokenize(marked), language: PageLanguage(tag: "ar"),
            lookup: { $0 == key ? "ابقوا آمنين." : nil })
        #expect(translated == "<html lang=\"ar\" dir=\"rtl\"><body><p lang=\"ar\">ابقوا آمنين.</p></body></html>")
        // Attribute values are not isolated: they have no element of their own.
        #expect(out.contains("alt=\"A yellow school bus\""))
        // The same page in Polish: English is marked but runs the page's way, so no dir.
        let polish = Self.render(PageLanguage(tag: "pl"), ["Schools are closed today.": "Szkoły są dziś zamknięte."])
        #expect(polish.contains("<p lang=\"en\">Buses run at 7:30 a.m. Call (860) 695-8000 with questions!</p>"))
        #expect(polish.contains("<p>Szkoły są dziś zamknięte. <span lang=\"en\">Stay safe.</span></p>"))
        #expect(polish.contains("<a href=\"/es\" lang=\"es\">En español</a>"))
    }

    @Test("a left-to-right page showing a right-to-left fallback marks it with its lang and dir=rtl")
    func rightToLeftFallback() throws {
        let language = try #require(Self.privateUse.language("qac"))
        #expect(language.fallbackChain == ["qaa", "en"])
        let out = Self.render(
            PageLanguage(language, registry: Self.privateUse),
            [
                "Bus routes": "Viae currus",
                "Schools are closed today.": "المدارس مغلقة اليوم.",
                "Buses run at 7:30 a.m. Call {phone1} with questions!": "تعمل الحافلات الساعة 7:30 صباحًا. اتصلوا على {phone1} للأسئلة!",
            ], origin: ["Schools are closed today.": "qaa", "Buses run at 7:30 a.m. Call {phone1} with questions!": "qaa"])
        #expect(out.contains("<html lang=\"qac\" dir=\"ltr\">"))
        #expect(out.contains("<h1>Viae currus</h1>"))
        #expect(out.contains("<p lang=\"qaa\" dir=\"rtl\">تعمل الحافلات الساعة 7:30 صباحًا. اتصلوا على (860) 695-8000 للأسئلة!</p>"))
        #expect(out.contains("<p><span lang=\"qaa\" dir=\"rtl\">المدارس مغلقة اليوم.</span> <span lang=\"en\">Stay safe.</span></p>"))
        // A fallback that runs the page's way is shown as the page's own text, as before.
        let spanish = Self.render(PageLanguage(tag: "es-US"), ["Bus routes": "Rutas de autobús"], origin: ["Bus routes": "es"])
        #expect(spanish.contains("<h1>Rutas de autobús</h1>"))
    }

    @Test("RTL Markdown: the document in a dir=rtl div, an English paragraph in its own dir=ltr div, English runs in dir=ltr spans")
    func markdown() {
        let text = """
            # Bus routes

            Buses run at 7:30 a.m. Call (860) 695-8000 with questions!
            Schools are closed today. Stay safe.

            - Bring your bus pass.
            - Be at the stop early.

            | Day | Route |
            | --- | --- |
            | Monday | Route 4 |
            """
        let units = MarkdownExtractor.parse(text, path: "b.md").units
        let key = { (source: String) in units.first { $0.source == source }!.key }
        let translations = [
            key("Bus routes"): "خطوط الحافلات",
            key("Bring your bus pass."): "أحضر بطاقة الحافلة.",
        ]
        let out = PageRenderer.renderMarkdown(text, language: PageLanguage(tag: "ar"), lookup: { translations[$0] })
        #expect(
            out == """
                <div dir="rtl" lang="ar">

                # خطوط الحافلات

                <div dir="ltr" lang="en">

                Buses run at 7:30 a.m. Call (860) 695-8000 with questions! Schools are closed today. Stay safe.

                </div>

                - أحضر بطاقة الحافلة.
                - <span lang="en" dir="ltr">Be at the stop early.</span>

                | <span lang="en" dir="ltr">Day</span> | <span lang="en" dir="ltr">Route</span> |
                | --- | --- |
                | <span lang="en" dir="ltr">Monday</span> | <span lang="en" dir="ltr">Route 4</span> |

                </div>

                """)
        // Rendering every message as its own source in English gives back the same messages (the divs are raw HTML).
        let same = PageRenderer.renderMarkdown(text, language: PageLanguage(tag: "en"), lookup: { k in units.first { $0.key == k }?.source })
        #expect(MarkdownExtractor.parse(same, path: "b.md").units.map(\.key) == units.map(\.key))
    }
}
