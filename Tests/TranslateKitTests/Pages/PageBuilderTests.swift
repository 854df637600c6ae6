import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Pages are segmented once and rendered per language: the same bytes as rendering each language from
/// the text, unreadable pages skipped, files under pages/<tag>/ in path order.
@Suite("PageBuilder") struct PageBuilderTests {
    static let markdown = """
        # Lunch menu

        Schools are closed today. Stay safe.

        | Day | Meal |
        | --- | --- |
        | Monday | Pizza |

        """

    static func keys(_ text: String, path: String) -> [String: String] {
        Dictionary(
            ContentExtractor.extract(text: text, path: path, format: ContentExtractor.Format(path: path)!).units.map { ($0.source, $0.key) },
            uniquingKeysWith: { a, _ in a })
    }

    @Test func aTemplateRendersEveryLanguageAsRenderingFromTheTextDoes() throws {
        for (text, path) in [(PageRendererTests.page, "index.html"), (Self.markdown, "lunch.md")] {
            let template = try #require(PageTemplate(text, path: path))
            let keys = Self.keys(text, path: path)
            #expect(!keys.isEmpty)
            for tag in ["es-US", "ar", "ja", "pl"] {
                // Every other message translated; the rest stays English (and is marked).
                var translations: [String: String] = [:]
                for (index, key) in keys.values.sorted().enumerated() where index % 2 == 0 { translations[key] = "«\(tag) \(index)»" }
                let language = PageLanguage(tag: tag)
                let once = template.render(language: language, lookup: { translations[$0] }, origin: { _ in "es" })
                let fresh = try #require(PageRenderer.render(text, path: path, language: language, lookup: { translations[$0] }, origin: { _ in "es" }))
                #expect(once == fresh, "\(path) \(tag)")
                #expect(once.contains("«\(tag) 0»"), "\(path) \(tag)")
            }
        }
        #expect(PageTemplate("text", path: "notes.txt") == nil)
    }

    @Test func pagesRenderFromTheBundleInPathOrderAndUnreadableOnesAreSkipped() throws {
        let html = "<!doctype html>\n<html lang=\"en\"><body><p>Lunch menu for this week</p><p>Stay safe.</p></body></html>\n"
        let keys = Self.keys(html, path: "b.html")
        let lunch = try #require(keys["Lunch menu for this week"])
        let safe = try #require(keys["Stay safe."])
        let pages = PageBuilder(files: [
            (path: "Content/b.html", data: Data(html.utf8)),
            (path: "Content/a.md", data: Data(Self.markdown.utf8)),
            (path: "Content/gone.html", data: nil),
            (path: "Content/latin1.html", data: Data([0x3C, 0x70, 0x3E, 0xE9, 0x3C, 0x2F, 0x70, 0x3E])),
        ])
        #expect(
            pages.contentHash == "Content/b.html:\(SHA256.hex(Data(html.utf8)))\nContent/a.md:\(SHA256.hex(Data(Self.markdown.utf8)))\n"
                + "Content/gone.html:\(SHA256.hex(Data()))\nContent/latin1.html:\(SHA256.hex(Data([0x3C, 0x70, 0x3E, 0xE9, 0x3C, 0x2F, 0x70, 0x3E])))\n")
        let registry = LanguageRegistry.builtIn()
        let spanish = try #require(registry.language("es"))
        // `safe` fell back to English: the page shows the English, marked, not the bundle's copy of it.
        let metadata = BundleMetadata(tag: "es", fallbacks: [safe: "en"], reasons: [safe: "untranslated"])
        let rendered = pages.render(
            spanish, registry: registry, sourceTag: "en",
            bundle: [lunch: "Menú del almuerzo de esta semana", safe: "Stay safe."], metadata: metadata)
        #expect(rendered.map(\.path) == ["pages/es/Content/b.html", "pages/es/Content/a.md"])
        let page = String(decoding: rendered[0].data, as: UTF8.self)
        #expect(page.contains("<p>Menú del almuerzo de esta semana</p>"))
        #expect(page.contains("<p lang=\"en\">Stay safe.</p>"))
        #expect(page.contains("<html lang=\"es\" dir=\"ltr\">"))
    }

    @Test func noPagesWhenDisabled() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = BuildTestProject.project(root: root)
        #expect(PageBuilder(project: project, enabled: false).pages.isEmpty)
        let enabled = PageBuilder(project: project, enabled: true)
        #expect(enabled.pages.map(\.path) == ["Content/lunch.html"])
        #expect(enabled.contentHash == "Content/lunch.html:\(SHA256.hex(Data(BuildTestProject.page.utf8)))\n")
    }
}
