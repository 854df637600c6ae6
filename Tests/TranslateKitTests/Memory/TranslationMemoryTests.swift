import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

@Suite struct TranslationMemoryTests {
    static let january = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z
    static let june = Date(timeIntervalSince1970: 1_717_200_000)

    static func catalog() -> Catalog {
        Catalog(entries: [
            CatalogEntry(key: "home.title", source: "Welcome, {name}!", translation: "¡Bienvenido, {name}!", references: ["Content/index.html"]),
            CatalogEntry(
                key: "home.closed", source: "School is closed on Tuesday 2/3.", translation: "La escuela está cerrada el martes 2/3.",
                references: ["Content/index.html"]),
            CatalogEntry(key: "home.fuzzy", source: "Buses are late.", translation: "Los autobuses llegan tarde.", flags: ["fuzzy"]),
            CatalogEntry(key: "home.empty", source: "Lunch menu"),
            CatalogEntry(key: "home.link", source: "Read <x1>the calendar</x1>.", translation: "Lea <x1>el calendario</x1>."),
            CatalogEntry(key: "old", source: "Old", translation: "Viejo", isObsolete: true),
        ])
    }

    @Test func updateAddsOnlyTranslatedEntriesWithOriginKeyAndContext() throws {
        var memory = TranslationMemory(language: "es")
        let added = memory.update(from: Self.catalog(), originFile: "Locales/es.po", date: Self.january)
        #expect(added == 3)
        #expect(memory.units.map(\.key) == ["home.link", "home.closed", "home.title"])
        let closed = try #require(memory.units.first { $0.key == "home.closed" })
        #expect(closed.originFile == "Content/index.html")
        #expect(closed.previousSource == "Welcome, {name}!")
        #expect(closed.nextSource == "Buses are late.")
        #expect(closed.creationDate == "20240101T000000Z")
        #expect(closed.state == .translated)
        let link = try #require(memory.units.first { $0.key == "home.link" })
        #expect(link.originFile == "Locales/es.po")
        #expect(
            link.source == [
                .text("Read "), .code(TMXCode(element: "bpt", attributes: ["i": "1", "type": "x-tag", "x": "1"], content: [.text("<x1>")])),
                .text("the calendar"), .code(TMXCode(element: "ept", attributes: ["i": "1"], content: [.text("</x1>")])), .text("."),
            ])
    }

    @Test func savedFileIsDeterministicAndDoesNotChurn() throws {
        let root = MemoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var memory = TranslationMemory(language: "es")
        memory.update(from: Self.catalog(), date: Self.january)
        #expect(try memory.save(root: root))
        let url = try TranslationMemory.url(root: root, language: "es")
        let first = try Data(contentsOf: url)
        // A later update with the same catalog adds nothing and leaves the bytes as they were.
        var again = try TranslationMemory.load(root: root, language: "es")
        #expect(again == memory)
        #expect(again.update(from: Self.catalog(), date: Self.june) == 0)
        #expect(try again.save(root: root) == false)
        #expect(try Data(contentsOf: url) == first)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("<tu changedate=\"20240101T000000Z\" creationdate=\"20240101T000000Z\">"))
        #expect(text.contains("<prop type=\"x-origin-file\">Content/index.html</prop>"))
        #expect(text.contains("<seg>¡Bienvenido, <ph type=\"x-icu-argument\" x=\"1\">{name}</ph>!</seg>"))
        #expect(!text.contains(String(TMXDate.format(Date()).prefix(8))), "no date of today in the file")
    }

    @Test func aChangedTranslationIsAddedAndTheOldOneKept() throws {
        var memory = TranslationMemory(language: "es")
        memory.update(from: Self.catalog(), date: Self.january)
        var changed = Self.catalog()
        changed.entries[0].translation = "¡Te damos la bienvenida, {name}!"
        #expect(memory.update(from: changed, date: Self.june) == 1)
        let welcomes = memory.units(withSource: "Welcome, {name}!")
        #expect(Set(welcomes.map(\.targetText)) == ["¡Bienvenido, {name}!", "¡Te damos la bienvenida, {name}!"])
        #expect(welcomes.first { $0.targetText.hasPrefix("¡Te") }?.creationDate == "20240601T000000Z")
        #expect(welcomes.first { $0.targetText.hasPrefix("¡Bien") }?.creationDate == "20240101T000000Z")
    }

    @Test func unitOrderDoesNotDependOnInsertionOrder() throws {
        let seed = SeededRandom.seedFromEnvironment("TM_SEED")
        print("TranslationMemoryTests seed \(seed)")
        var rng = MemorySeededGenerator(seed: seed)
        let units = (0..<40).map { i in
            MemoryUnit(sourceMessage: "Source \(i % 7)", targetMessage: "Цель \(i)", key: "k\(i % 3)", date: "20240101T000000Z")
        }
        let a = TranslationMemory(language: "ru", units: units)
        let b = TranslationMemory(language: "ru", units: units.shuffled(using: &rng))
        #expect(TMXWriter.write(a.document) == TMXWriter.write(b.document), "seed \(seed)")
    }

    @Test func importedUnitsKeepForeignMetadataThroughTheStore() throws {
        let document = try TMXReader.read(MemoryFixtures.url("trados-studio-utf16.tmx"))
        let memory = TranslationMemory(document: document, language: "es")
        let reread = TranslationMemory(document: try TMXReader.parse(TMXWriter.write(memory.document), path: "es.tmx"), language: "es")
        #expect(reread == memory)
        #expect(
            reread.units.first { $0.sourceText.hasPrefix("Lunch") }?.otherProperties.contains(
                TMXProperty(type: "x-ConfirmationLevel", value: "ApprovedSignOff")) == true)
    }

    @Test func datesParseAndFormat() {
        #expect(TMXDate.format(Self.january) == "20240101T000000Z")
        #expect(TMXDate.parse("20240601T000000Z") == Self.june)
        #expect(TMXDate.parse("2024-06-01") == Self.june)
        #expect(TMXDate.parse("yesterday") == nil)
    }
}

@Suite struct MessageSegmentTests {
    @Test func messagesRoundTripThroughSegments() {
        let messages = [
            "Hello, {name}!",
            "{count, plural, one {# day left} other {# days left}}",
            "Read <x1>the calendar</x1> and <x2></x2>.",
            "It''s '{'literal'}' text",
            "Заседание {date, date, long} в <x1>{place}</x1>",
            "كل {n, plural, zero {لا شيء} one {واحد} other {#}}",
            "Unbalanced { brace and a < sign",
        ]
        for message in messages {
            #expect(MessageSegment.message(from: MessageSegment.segment(from: message)) == message)
        }
    }

    @Test func pluralArgumentIsOnePlaceholder() {
        let parts = MessageSegment.segment(from: "You have {count, plural, one {# message} other {# messages}}.")
        #expect(parts.count == 3)
        if case .code(let code) = parts[1] { #expect(code.element == "ph") } else { Issue.record("no ph") }
    }
}
