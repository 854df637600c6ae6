import Foundation
import Testing

@testable import TranslateKit

/// `tm import` reads the TMX unit by unit; it must import what the whole-document import does and
/// refuse what it refuses, with the same message.
@Suite struct StreamedTMXImportTests {
    static let date = TMXDate.parse("20260101T000000Z")!

    static func compare(_ url: URL, languages: [String]? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let root = MemoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let whole = try TranslationMemory.importing(try TMXReader.read(url), root: root, languages: languages, date: date)
        let streamed = try TranslationMemory.importing(contentsOf: url, root: root, languages: languages, date: date)
        #expect(streamed.map(\.memory) == whole.map(\.memory), sourceLocation: sourceLocation)
        #expect(streamed.map(\.added) == whole.map(\.added), sourceLocation: sourceLocation)
    }

    @Test(arguments: ["memoq-export.tmx", "omegat-project_save.tmx", "tmx14b-inline.tmx", "trados-studio-utf16.tmx", "weblate-export.tmx"])
    func fixturesImportAsTheWholeDocumentDoes(_ name: String) throws {
        #expect(TMXReader.streamable(MemoryFixtures.url(name)) == (name != "trados-studio-utf16.tmx"))
        try Self.compare(MemoryFixtures.url(name))
        try Self.compare(MemoryFixtures.url(name), languages: ["es"])
    }

    @Test func generatedMemoryImportsAsTheWholeDocumentDoes() throws {
        let data = MemoryIndexFilterTests.syntheticMemory(seed: 5, units: 3000, queries: 1)
        let folder = MemoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("big.tmx")
        // Chunks of 1 MB cut multi-byte characters: make some.
        var units = data.units
        for i in stride(from: 0, to: units.count, by: 7) {
            units[i] = MemoryUnit(sourceMessage: units[i].sourceText + " café ☕ 𝄞", targetMessage: units[i].targetText + " ü")
        }
        try TranslationMemory(language: "es", units: units).save(to: url)
        #expect(TMXReader.streamable(url))
        try Self.compare(url)
    }

    @Test func refusedFilesAreRefusedAsBefore() throws {
        let folder = MemoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try String(contentsOf: MemoryFixtures.url("weblate-export.tmx"), encoding: .utf8)
        let bad: [String: Data] = [
            "doctype": Data(good.replacingOccurrences(of: "<tmx", with: "<!DOCTYPE tmx [<!ENTITY a \"b\">]>\n<tmx").utf8),
            "empty instruction": Data(good.replacingOccurrences(of: "<body>", with: "<body><?x?>").utf8),
            "invalid UTF-8": Data(good.utf8) + Data([0xFF, 0x41]),
            "unclosed": Data(good.replacingOccurrences(of: "</tmx>", with: "").utf8),
            "unknown element": Data(good.replacingOccurrences(of: "<body>", with: "<body><bogus/>").utf8),
            "empty": Data(),
        ]
        let root = MemoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for (what, bytes) in bad {
            let url = folder.appendingPathComponent("\(what).tmx")
            try bytes.write(to: url)
            var expected: String?
            do { _ = try TMXReader.read(url, displayPath: "in.tmx") } catch let error as TranslateError { expected = "\(error)" }
            var actual: String?
            do { _ = try TranslationMemory.importing(contentsOf: url, displayPath: "in.tmx", root: root, date: Self.date) } catch let error as TranslateError {
                actual = "\(error)"
            }
            #expect(expected != nil, "\(what)")
            #expect(actual == expected, "\(what)")
        }
    }
}
