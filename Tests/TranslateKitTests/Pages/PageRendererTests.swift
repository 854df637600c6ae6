import Foundation
import Testing
import TranslateICU

@testable import TranslateKit

@Suite("PageRenderer")
struct PageRendererTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Hartford Public Schools | Home</title></head>
        <body>
        <h1>Welcome to Hartford Public Schools</h1>
        <p><a href="https://www.hartfordschools.org/allvoices">Click here to share your voice</a> and help imagine our future as a community!</p>
        <p>Phone: (860) 695-8000. E-mail: info@hartfordschools.org</p>
        <img src="/img/grads.jpg" alt="Graduates tossing their caps">
        <p>Our vision</p>
        <script>var s = "<p>Not text</p>";</script>
        </body>
        </html>
        """

    static func keys(_ html: String) -> [String: String] {
        Dictionary(
            HTMLExtractor.extract(tokens: ContentExtractor.tokenize(html), path: "p.html").units.map { ($0.source, $0.key) },
            uniquingKeysWith: { a, _ in a })
    }

    /// Renders `page` with translations given by English source.
    static func render(_ html: String, locale: String, _ translations: [String: String]) -> String {
        let keys = keys(html)
        var byKey: [String: String] = [:]
        for (source, translation) in translations {
            guard let key = keys[source] else {
                Issue.record("no message '\(source)'")
                continue
            }
            byKey[key] = translation
        }
        return PageRenderer.renderHTML(tokens: ContentExtractor.tokenize(html), locale: locale, lookup: { byKey[$0] })
    }

    @Test("Spanish: translations substituted, link markup restored, lang set, untranslated marked lang=en")
    func spanish() {
        let out = Self.render(
            Self.page, locale: "es-US",
            [
                "Hartford Public Schools | Home": "Escuelas Públicas de Hartford | Inicio",
                "Welcome to Hartford Public Schools": "Bienvenidos a las Escuelas Públicas de Hartford",
                "<x1>Click here to share your voice</x1> and help imagine our future as a community!":
                    "¡<x1>Haga clic aquí para compartir su opinión</x1> y ayude a imaginar nuestro futuro como comunidad!",
                "Phone: {phone1}.": "Teléfono: {phone1}.",
                "Graduates tossing their caps": "Graduados lanzando sus birretes",
            ])
        #expect(out.contains("<html lang=\"es-US\" dir=\"ltr\">"))
        #expect(out.contains("<title>Escuelas Públicas de Hartford | Inicio</title>"))
        #expect(
            out.contains(
                "<p>¡<a href=\"https://www.hartfordschools.org/allvoices\">Haga clic aquí para compartir su opinión</a> y ayude a imaginar nuestro futuro como comunidad!</p>"
            ))
        #expect(out.contains("Teléfono: (860) 695-8000. <span lang=\"en\">E-mail: info@hartfordschools.org</span>"))
        #expect(out.contains("alt=\"Graduados lanzando sus birretes\""))
        #expect(out.contains("<p lang=\"en\">Our vision</p>"))
        #expect(out.contains("<script>var s = \"<p>Not text</p>\";</script>"))
    }

    @Test("a partly translated block marks only its English sentences")
    func partial() {
        let html = "<html><body><p>Schools are closed today. Stay safe.</p></body></html>"
        let out = Self.render(html, locale: "pl", ["Schools are closed today.": "Szkoły są dziś zamknięte."])
        #expect(out == "<html lang=\"pl\" dir=\"ltr\"><body><p>Szkoły są dziś zamknięte. <span lang=\"en\">Stay safe.</span></p></body></html>")
        // Chinese: no space between Chinese sentences, a space before English ones, one span for an English run.
        let three = "<html><body><p>Schools are closed today. Stay safe. Call us. Buses do not run.</p></body></html>"
        let chinese = Self.render(three, locale: "zh-Hans", ["Schools are closed today.": "今天学校停课。", "Buses do not run.": "校车停运。"])
        #expect(chinese.contains("<p>今天学校停课。 <span lang=\"en\">Stay safe. Call us.</span> 校车停运。</p>"))
        let both = Self.render(three, locale: "zh-Hans", ["Schools are closed today.": "今天学校停课。", "Stay safe.": "请注意安全。"])
        #expect(both.contains("<p>今天学校停课。请注意安全。 <span lang=\"en\">Call us. Buses do not run.</span></p>"))
    }

    @Test("Arabic pages are dir=rtl; Polish and Chinese are ltr, Chinese sentences joined without spaces")
    func otherLanguages() {
        let arabic = Self.render(
            Self.page, locale: "ar",
            [
                "Welcome to Hartford Public Schools": "مرحبًا بكم في مدارس هارتفورد العامة",
                "Phone: {phone1}.": "الهاتف: {phone1}.",
            ])
        #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(arabic.contains("<h1>مرحبًا بكم في مدارس هارتفورد العامة</h1>"))
        #expect(arabic.contains("الهاتف: (860) 695-8000."))
        let polish = Self.render(Self.page, locale: "pl", ["Our vision": "Nasza wizja"])
        #expect(polish.contains("<html lang=\"pl\" dir=\"ltr\">"))
        #expect(polish.contains("<p>Nasza wizja</p>"))
        let chinese = Self.render(
            Self.page, locale: "zh-Hans",
            [
                "Phone: {phone1}.": "电话：{phone1}。",
                "E-mail: {email1}": "电子邮件：{email1}",
            ])
        #expect(chinese.contains("<p>电话：(860) 695-8000。电子邮件：info@hartfordschools.org</p>"))
        #expect(PageRenderer.isRightToLeft("fa") && PageRenderer.isRightToLeft("ur") && PageRenderer.isRightToLeft("he"))
        #expect(!PageRenderer.isRightToLeft("so") && !PageRenderer.isRightToLeft("uk"))
    }

    @Test("a translation cannot inject markup: script, new links, unknown tags and entities are escaped")
    func injection() {
        let out = Self.render(
            Self.page, locale: "es",
            [
                "<x1>Click here to share your voice</x1> and help imagine our future as a community!":
                    "<script>alert(1)</script> <x1>Clic</x1> <a href=\"http://evil\">premio</a> <x7>x</x7> <x1/> </x2> & \"citas\" {url9} <img src=x onerror=alert(1)>"
            ])
        #expect(!out.contains("<script>alert"))
        #expect(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(out.contains("&lt;a href=\"http://evil\"&gt;premio&lt;/a&gt;"))
        #expect(!out.contains("<a href=\"http://evil\""))
        #expect(out.contains("&lt;x7&gt;x&lt;/x7&gt;"))
        #expect(out.contains("&lt;x1/&gt;"))
        #expect(out.contains("&amp; \"citas\" {url9} &lt;img src=x onerror=alert(1)&gt;"))
        #expect(out.contains("<a href=\"https://www.hartfordschools.org/allvoices\">Clic</a>"))
        // Attributes too: quotes cannot end the attribute.
        let attribute = Self.render(Self.page, locale: "es", ["Graduates tossing their caps": "x\" onload=\"alert(1)"])
        #expect(attribute.contains("alt=\"x&quot; onload=&quot;alert(1)\""))
    }

    @Test("placeholder round trip: rendering every message as its own source gives back the same messages (sample pages)")
    func roundTrip() throws {
        for file in SampleContent.files where file.path.hasSuffix(".html") {
            let html = try SampleContent.text(file.path)
            let tokens = ContentExtractor.tokenize(html)
            let units = HTMLExtractor.extract(tokens: tokens, path: file.path).units
            let sources = Dictionary(units.map { ($0.key, $0.source) }, uniquingKeysWith: { a, _ in a })
            let rendered = PageRenderer.renderHTML(tokens: tokens, locale: "en", lookup: { sources[$0] })
            let again = HTMLExtractor.extract(tokens: ContentExtractor.tokenize(rendered), path: file.path).units
            #expect(again.map(\.key) == units.map(\.key), "\(file.path)")
            #expect(!rendered.contains("lang=\"en\">"), "nothing is untranslated")
        }
    }

    @Test("seeded round trip: random inline markup survives a translation that reorders its tags")
    func reorderedTags() {
        let seed: UInt64 = 7_734
        print("reordered tags seed: \(seed)")
        var generator = ExtractionRandom(seed: seed)
        let wrappers = [("<b>", "</b>"), ("<em>", "</em>"), ("<a href=\"/x?a=1&amp;b=2\">", "</a>"), ("<span class=\"k\">", "</span>")]
        for round in 0..<50 {
            let (open1, close1) = wrappers.randomElement(using: &generator)!
            let (open2, close2) = wrappers.randomElement(using: &generator)!
            let html = "<p>Families \(open1)meet\(close1) the \(open2)teachers\(close2) on day \(round).</p>"
            let tokens = ContentExtractor.tokenize(html)
            let unit = HTMLExtractor.extract(tokens: tokens, path: "r.html").units[0]
            #expect(unit.source == "Families <x1>meet</x1> the <x2>teachers</x2> on day \(round).")
            let out = PageRenderer.renderHTML(
                tokens: tokens, locale: "es", lookup: { _ in "Los <x2>maestros</x2> y las familias se <x1>reúnen</x1> el día \(round)." })
            #expect(out == "<p>Los \(open2)maestros\(close2) y las familias se \(open1)reúnen\(close1) el día \(round).</p>", "seed \(seed)")
        }
    }

    @Test("Markdown output escapes Markdown and HTML in translations and restores links")
    func markdown() throws {
        let text = try SampleContent.text("Content/news/2024-11-20-state-of-the-district.md")
        let units = MarkdownExtractor.parse(text, path: "n.md").units
        let key = { (source: String) in units.first { $0.source == source }!.key }
        let translations = [
            key("You can <x1>watch the entire event</x1> in English and in Spanish."):
                "Puede <x1>ver todo el evento</x1> en inglés y en español *ya* <script>.",
            key("State of the District 2024"): "Estado del Distrito 2024",
            key("Phase II"): "Fase II | b",
        ]
        let out = PageRenderer.renderMarkdown(text, locale: "es-US", lookup: { translations[$0] })
        #expect(out.hasPrefix("# Estado del Distrito 2024\n"))
        #expect(out.contains("Puede [ver todo el evento](https://www.hartfordschools.org/sotd-2024) en inglés y en español \\*ya\\* \\<script>."))
        #expect(out.contains("| Fase II \\| b | Winter 2024-2025 |") || out.contains("| Fase II \\| b | <span lang=\"en\">Winter 2024-2025</span> |"))
        #expect(out.contains("```\nBEGIN:VCALENDAR\nSUMMARY:State of the District\nEND:VCALENDAR\n```"))
        // With every message translated as its source, the text comes back (paragraph lines joined).
        let same = PageRenderer.renderMarkdown(text, locale: "en", lookup: { k in units.first { $0.key == k }?.source })
        #expect(MarkdownExtractor.parse(same, path: "n.md").units.map(\.key) == units.map(\.key))
    }
}
