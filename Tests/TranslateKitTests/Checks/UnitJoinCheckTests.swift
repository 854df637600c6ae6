import Foundation
import Testing

@testable import TranslateKit

/// Sentences split by markup into units (`unit-join`), found from the units alone and from their `#:` lines.
@Suite struct UnitJoinCheckTests {
    func findings(_ entries: [CatalogEntry]) -> [String: [String]] {
        let context = SourceCheckContext(template: Catalog(entries: entries))
        var result: [String: [String]] = [:]
        for entry in entries {
            let found = UnitJoinCheck().checkSource(entry, context).map(\.message)
            if !found.isEmpty { result[entry.effectiveKey] = found }
        }
        return result
    }

    @Test func aLowercaseUnitAfterAnUnfinishedOneOnTheSameOrNextLine() {
        let found = findings([
            CatalogEntry(key: "a", source: "Families who need help", references: ["Content/a.html:3"]),
            CatalogEntry(key: "b", source: "can call the office.", references: ["Content/a.html:4"]),
            CatalogEntry(key: "c", source: "Menu", references: ["Content/a.html:6"]),
            CatalogEntry(key: "d", source: "about us", references: ["Content/a.html:7"]),
            CatalogEntry(key: "e", source: "Please read this first.", references: ["Content/a.html:9"]),
            CatalogEntry(key: "f", source: "then sign the form.", references: ["Content/a.html:10"]),
            CatalogEntry(key: "g", source: "Call the office", references: ["Content/b.html:4"]),
            CatalogEntry(key: "h", source: "e-mail works too.", references: ["Content/c.html:4"]),
        ])
        // "Menu" is one word (a label), "Please read this first." is finished, and other pages do not count.
        #expect(found == ["b": ["unit starts in lowercase after \"Families who need help\", which ends without punctuation: one sentence in two units"]])
    }

    @Test func attributeTextsAndAppMessagesAreNotPiecesOfProse() {
        let found = findings([
            CatalogEntry(key: "t", source: "one-to-one adult guidance", extractedComments: ["HTML <abbr> title attribute"], references: ["Content/a.html:18"]),
            CatalogEntry(key: "u", source: "Photo of the", extractedComments: ["HTML <img> alt attribute"], references: ["Content/a.html:18"]),
            CatalogEntry(key: "v", source: "Sign in with", extractedComments: ["app message"], references: ["Content/app/messages.json"]),
            CatalogEntry(key: "w", source: "mentorship programs", extractedComments: ["HTML <dd>"], references: ["Content/a.html:18"]),
        ])
        #expect(found.isEmpty, "\(found)")
    }

    @Test func markupInsideASentenceIsNotASplit() {
        let found = findings([
            CatalogEntry(key: "a", source: "Read the <x1><x2>2024 Equity Report</x2></x1> to learn more.", references: ["Content/equity-faq.html:20"]),
            CatalogEntry(
                key: "b", source: "<x1>Click here</x1> to share your voice and help imagine our future as a community!", references: ["Content/index.html:27"]),
            CatalogEntry(key: "c", source: "Decrease chronic absence by 7%.", references: ["Content/strategic-plan.html:30"]),
        ])
        #expect(found.isEmpty, "\(found)")
    }
}
