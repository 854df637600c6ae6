import Foundation
import Testing

@testable import TranslateKit

@Suite("EditedMessageMatcher")
struct EditedMessageMatcherTests {
    /// A template made by extracting `html` as Content/index.html.
    static func template(_ html: String) -> Catalog {
        ContentExtractor.template(
            ContentExtractor.merge(HTMLExtractor.extract(tokens: ContentExtractor.tokenize(html), path: "Content/index.html").units).units)
    }

    @Test("an edited sentence keeps its Polish translation as fuzzy, with the old English as previous source")
    func editedSentence() throws {
        let before = Self.template("<p>All students will graduate prepared to transform our world.</p><p>Our vision</p><p>Programs</p>")
        var polish = CatalogMerger.merge(template: before, into: Catalog()).catalog
        for index in polish.entries.indices where polish.entries[index].source.hasPrefix("All students") {
            polish.entries[index].translation = "Wszyscy uczniowie ukończą szkołę przygotowani do zmieniania naszego świata."
        }
        for index in polish.entries.indices where polish.entries[index].source == "Programs" {
            polish.entries[index].translation = "Programy"
        }
        // One sentence edited slightly, one replaced by unrelated text.
        let after = Self.template("<p>All students will graduate prepared to change our world.</p><p>Our vision</p><p>School lunch menus</p>")
        let rekeyed = EditedMessageMatcher.rekey(polish, template: after)
        #expect(rekeyed.paired == 1)
        let merged = CatalogMerger.merge(template: after, into: rekeyed.catalog)
        let edited = try #require(merged.catalog.activeEntries.first { $0.source == "All students will graduate prepared to change our world." })
        #expect(edited.isFuzzy)
        #expect(edited.previousSource == "All students will graduate prepared to transform our world.")
        #expect(edited.translation.hasPrefix("Wszyscy uczniowie"))
        // Unrelated new text is not guessed: it arrives untranslated and "Programy" goes obsolete, kept.
        #expect(merged.catalog.activeEntries.first { $0.source == "School lunch menus" }?.state == .untranslated)
        #expect(merged.catalog.entries.contains { $0.isObsolete && $0.translation == "Programy" })
    }

    @Test("explicit keys are never paired; derived keys are recognized")
    func explicitKeys() {
        #expect(EditedMessageMatcher.isDerivedKey("our-vision.9826add075"))
        #expect(!EditedMessageMatcher.isDerivedKey("nav.home"))
        #expect(!EditedMessageMatcher.isDerivedKey("plan.title"))
        #expect(EditedMessageMatcher.similarity(["a", "b", "c"], ["a", "b", "d"]) > 0.6)
    }
}
