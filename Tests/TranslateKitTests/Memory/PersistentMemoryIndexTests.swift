import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// The persistent index must answer exactly as the in-memory one, and must never be trusted when
/// it is missing, damaged or made from another TMX.
@Suite struct PersistentMemoryIndexTests {
    static func project(_ memory: TranslationMemory) throws -> URL {
        let root = MemoryFixtures.temporaryFolder()
        try memory.save(root: root)
        return root
    }

    /// Queries for a memory: every source, edits of them, with key and neighbours for 101% matches.
    static func queries(_ memory: TranslationMemory, extra: [String] = []) -> [MemoryQuery] {
        var rng = SeededRandom(seed: 7)
        var result: [MemoryQuery] = []
        for (i, unit) in memory.units.enumerated() where i % max(1, memory.units.count / 30) == 0 {
            let source = unit.sourceText
            result.append(MemoryQuery(source, key: unit.contextKey))
            result.append(MemoryQuery(source, previousSource: unit.contextBefore ?? "", nextSource: unit.contextAfter ?? ""))
            var edited = Array(source)
            for _ in 0..<3 where !edited.isEmpty { edited[Int.random(in: 0..<edited.count, using: &rng)] = "x" }
            result.append(MemoryQuery(String(edited)))
            result.append(MemoryQuery(String(source.prefix(source.count * 2 / 3))))
        }
        return result + extra.map { MemoryQuery($0) }
    }

    static func expectSameAnswers(
        _ memory: TranslationMemory, _ persistent: PersistentMemoryIndex, _ queries: [MemoryQuery],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let index = MemoryIndex(memory)
        for query in queries {
            for (limit, minimum) in [(5, 50), (1, 75), (3, 90), (10, 0)] {
                let expected = index.lookup(query, limit: limit, minimumScore: minimum)
                let actual = persistent.lookup(query, limit: limit, minimumScore: minimum)
                #expect(actual == expected, "\(query.text) limit \(limit) minimum \(minimum)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func generatedMemoryAnswersAsTheInMemoryIndex() throws {
        let data = MemoryIndexFilterTests.syntheticMemory(seed: 16, units: 2000, queries: 40)
        // Keys, neighbours and states, so 101% matches and the ranking of equal scores are compared too.
        let units = data.units.enumerated().map { i, unit in
            var unit = unit
            if i % 3 == 0 { unit.key = "key.\(i % 50)" }
            if i % 5 == 0 {
                unit.previousSource = "before \(i % 7)"
                unit.nextSource = "after \(i % 7)"
            }
            if i % 11 == 0 { unit.state = .fuzzy }
            return unit
        }
        let memory = TranslationMemory(language: "es", units: units)
        let root = try Self.project(memory)
        defer { try? FileManager.default.removeItem(at: root) }
        let loaded = try TranslationMemory.load(root: root, language: "es")
        let first = try TranslationMemory.openForLookup(root: root, language: "es")
        #expect(first.origin == PersistentMemoryIndex.Origin.rebuilt)
        let second = try TranslationMemory.openForLookup(root: root, language: "es")
        #expect(second.origin == PersistentMemoryIndex.Origin.mapped)
        #expect(second.unitCount == loaded.units.count)
        Self.expectSameAnswers(loaded, second, Self.queries(loaded, extra: data.queries))
        // Same sources in the same order: entries number alike.
        for query in data.queries.prefix(20) {
            let text = MatchText(query)
            let expected = MemoryIndex(loaded).bestEntries(text, limit: 3, minimumScore: 60).map { $0.entry }
            #expect(second.bestEntries(text, limit: 3, minimumScore: 60).map { $0.entry } == expected)
        }
    }

    @Test(arguments: ["memoq-export.tmx", "omegat-project_save.tmx", "tmx14b-inline.tmx", "trados-studio-utf16.tmx", "weblate-export.tmx"])
    func fixturesAnswerAsTheInMemoryIndex(_ name: String) throws {
        let document = try TMXReader.read(MemoryFixtures.url(name))
        let languages = Set(document.units.flatMap { $0.variants.map(\.language) }).filter { TMXLanguage.primary($0) != "en" }
        #expect(!languages.isEmpty)
        for language in languages.sorted() {
            let tag = TMXLanguage.normalize(language)
            let memory = TranslationMemory(document: document, language: tag)
            let root = try Self.project(memory)
            defer { try? FileManager.default.removeItem(at: root) }
            let loaded = try TranslationMemory.load(root: root, language: tag)
            _ = try TranslationMemory.openForLookup(root: root, language: tag)
            let persistent = try TranslationMemory.openForLookup(root: root, language: tag)
            #expect(persistent.origin == .mapped)
            Self.expectSameAnswers(loaded, persistent, Self.queries(loaded))
        }
    }

    @Test func damagedIndexIsIgnoredAndRebuilt() throws {
        let data = MemoryIndexFilterTests.syntheticMemory(seed: 17, units: 500, queries: 20)
        let memory = TranslationMemory(language: "de", units: data.units)
        let root = try Self.project(memory)
        defer { try? FileManager.default.removeItem(at: root) }
        let loaded = try TranslationMemory.load(root: root, language: "de")
        let url = PersistentMemoryIndex.url(memory: try TranslationMemory.url(root: root, language: "de"), language: "de")
        _ = try TranslationMemory.openForLookup(root: root, language: "de")
        let good = try Data(contentsOf: url)
        var damages: [(String, Data)] = [
            ("empty", Data()), ("truncated to half", good.prefix(good.count / 2)), ("one byte short", good.dropLast()),
            ("one byte more", good + [0]), ("not an index", Data("<tmx/>".utf8)),
        ]
        for offset in [0, 9, 17, 100, 130, 200] {  // magic, version, length, counts, section table
            var bytes = good
            bytes[offset] ^= 0x5A
            damages.append(("byte \(offset) flipped", bytes))
        }
        for (what, bytes) in damages {
            try bytes.write(to: url)
            let index = try TranslationMemory.openForLookup(root: root, language: "de")
            #expect(index.origin == .rebuilt, "\(what)")
            Self.expectSameAnswers(loaded, index, Self.queries(loaded).prefix(12).map { $0 })
            #expect(try Data(contentsOf: url) == good, "\(what): the rebuilt file is the one a clean build writes")
        }
        // Damage inside the arrays passes the header checks: answers may be wrong, but the lookup must not crash.
        var rng = SeededRandom(seed: 3)
        for _ in 0..<20 {
            var bytes = good
            for _ in 0..<64 { bytes[Int.random(in: 400..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            try bytes.write(to: url)
            let index = try TranslationMemory.openForLookup(root: root, language: "de")
            for query in data.queries.prefix(10) { _ = index.lookup(MemoryQuery(query), limit: 5, minimumScore: 0) }
        }
    }

    @Test func changedMemoryRebuildsTheIndex() throws {
        var memory = TranslationMemory(language: "fr", units: [MemoryUnit(sourceMessage: "Open the door", targetMessage: "Ouvrez la porte")])
        let root = try Self.project(memory)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try TranslationMemory.openForLookup(root: root, language: "fr").origin == .rebuilt)
        #expect(try TranslationMemory.openForLookup(root: root, language: "fr").origin == .mapped)
        memory.add(MemoryUnit(sourceMessage: "Close the window", targetMessage: "Fermez la fenêtre"))
        try memory.save(root: root)
        // What a lookup killed while writing leaves: removed by the next rebuild (its process is gone).
        let abandoned = root.appendingPathComponent("Locales/memory/.index/.fr.tmi.2147483646.12345.tmp")
        try Data("partial".utf8).write(to: abandoned)
        let index = try TranslationMemory.openForLookup(root: root, language: "fr")
        #expect(index.origin == .rebuilt)
        #expect(index.lookup(MemoryQuery("Close the window")).first?.target == "Fermez la fenêtre")
        // No memory at all: an empty answer, no file.
        let none = try TranslationMemory.openForLookup(root: root, language: "it")
        #expect(none.lookup(MemoryQuery("Close the window")).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Locales/memory/.index/it.tmi").path))
        // Only the index, and the .gitignore that keeps it out of commits: no temporaries.
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Locales/memory/.index").path)
        #expect(names.sorted() == [".gitignore", "fr.tmi"])
    }
}
