import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

@Suite struct TMXRoundTripTests {
    static let fixtures = ["omegat-project_save.tmx", "trados-studio-utf16.tmx", "memoq-export.tmx", "weblate-export.tmx", "tmx14b-inline.tmx"]

    @Test(arguments: fixtures)
    func fixtureSurvivesWriteAndRead(_ name: String) throws {
        let original = try TMXReader.read(MemoryFixtures.url(name), displayPath: name)
        let written = TMXWriter.write(original)
        let reread = try TMXReader.parse(written, path: name)
        #expect(reread == original)
        // Writing is a fixed point: no churn.
        #expect(TMXWriter.write(reread) == written)
    }

    @Test func levelOneContentSurvivesEveryFixture() throws {
        // Level 1 is the plain text of every variant plus the header, unit and variant metadata.
        for name in Self.fixtures {
            let original = try TMXReader.read(MemoryFixtures.url(name))
            let reread = try TMXReader.parse(TMXWriter.write(original), path: name)
            #expect(reread.units.map { $0.variants.map(\.text) } == original.units.map { $0.variants.map(\.text) })
            #expect(reread.units.map(\.properties) == original.units.map(\.properties))
            #expect(reread.units.map(\.notes) == original.units.map(\.notes))
            #expect(reread.header == original.header)
        }
    }

    @Test func inlineCodesOfTMX14bAreKept() throws {
        let document = try TMXReader.read(MemoryFixtures.url("tmx14b-inline.tmx"))
        let segment = try #require(document.units[1].variant(for: "de-DE")).segment
        let elements = segment.compactMap { part -> String? in if case .code(let c) = part { return c.element } else { return nil } }
        #expect(elements == ["bpt", "ept", "it", "ph", "hi", "ut"])
        #expect(document.units[0].variants[0].text == "data (with a non-standard character: \u{F8FF}).")
        #expect(document.units[0].properties.contains(TMXProperty(type: "x-Project", value: "P&A")))
        #expect(document.headerNotes == ["This is a note at document level."])
    }

    @Test func randomDocumentsRoundTrip() throws {
        let seed = SeededRandom.seedFromEnvironment("TM_SEED")
        print("TMXRoundTripTests.randomDocumentsRoundTrip seed \(seed)")
        var rng = MemorySeededGenerator(seed: seed)
        let pieces = ["Hola", " ", "&", "<", ">", "\"", "'", "ż", "日本", "مرحبا", "\t", "\n", "a]]>b", "{x}", "\u{1F600}"]
        func text() -> String { (0..<Int.random(in: 1...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
        func inline(_ depth: Int) -> [TMXInline] {
            (0..<Int.random(in: 0...4, using: &rng)).map { _ -> TMXInline in
                if depth < 2 && Bool.random(using: &rng) {
                    let element = ["ph", "bpt", "ept", "it", "hi", "ut"].randomElement(using: &rng)!
                    return .code(
                        TMXCode(
                            element: element, attributes: ["x": "\(Int.random(in: 1...9, using: &rng))", "type": text()],
                            content: inline(depth + 1)))
                }
                return .text(text())
            }
        }
        for _ in 0..<50 {
            var document = TMXDocument(version: "1.4", header: ["srclang": "en", "creationtool": text()])
            for _ in 0..<Int.random(in: 0...5, using: &rng) {
                document.units.append(
                    TMXUnit(
                        attributes: ["tuid": text()], properties: [TMXProperty(type: "x-\(text())", value: text())],
                        notes: [text()],
                        variants: [
                            TMXVariant(language: "en", segment: TMXInline.coalesced(inline(0))),
                            TMXVariant(language: "pl", segment: TMXInline.coalesced(inline(0)), attributes: ["changedate": "20240101T000000Z"]),
                        ]))
            }
            let reread = try TMXReader.parse(TMXWriter.write(document), path: "random.tmx")
            #expect(reread == document, "seed \(seed)")
        }
    }
}
