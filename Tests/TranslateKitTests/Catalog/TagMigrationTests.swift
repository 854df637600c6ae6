import Foundation
import Testing

@testable import TranslateKit

/// The move to `<x1>` tags on the repository's own catalogs, as they were before it
/// (Fixtures/legacy-tags: messages.pot and the ar, es-US, pl, zh-Hans catalogs with `<1>…</1>`, `<2/>`).
@Suite("Tag migration")
struct TagMigrationTests {
    static let languages = ["ar", "es-US", "pl", "zh-Hans"]

    static func legacy(_ name: String) throws -> Catalog {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("legacy-tags/\(name)")
        return try POReader.read(url, displayPath: name).catalog
    }

    static func entries(_ catalog: Catalog) -> [CatalogEntry] { catalog.entries.filter { !$0.isHeader && !$0.isObsolete } }

    @Test("sync keeps every translation, turns none fuzzy, and gives the committed catalogs")
    func catalogs() throws {
        let template = ContentExtractor.template(ContentExtractor.extract(files: SampleContent.files).units)
        let oldTemplate = try Self.legacy("messages.pot")
        // Same keys: the key hashes the source with the tags spelled as before.
        #expect(Self.entries(template).map(\.key) == Self.entries(oldTemplate).map(\.key))
        #expect(Self.entries(oldTemplate).contains { LegacyTags.isLegacy($0.source) })
        var translatedWithTags = 0
        for tag in Self.languages {
            let old = try Self.legacy("\(tag).po")
            let result = CatalogMerger.merge(template: template, into: old)
            let before = CatalogStatistics(catalog: old)
            let after = CatalogStatistics(catalog: result.catalog)
            #expect(after.translated.messages == before.translated.messages, "\(tag)")
            #expect(before.translated.messages > 0)
            #expect(after.fuzzy.messages == before.fuzzy.messages, "\(tag)")
            #expect(result.changed == 0 && result.added == 0 && result.obsoleted == 0, "\(tag)")
            #expect(result.modernized > 0, "\(tag)")
            let oldByKey = Dictionary(uniqueKeysWithValues: Self.entries(old).map { ($0.key!, $0) })
            for entry in Self.entries(result.catalog) {
                let previous = try #require(oldByKey[entry.key!])
                #expect(entry.state == previous.state, "\(tag) \(entry.key!)")
                #expect(entry.translation == LegacyTags.modernize(previous.translation))
                #expect(!LegacyTags.isLegacy(entry.source) && !LegacyTags.isLegacy(entry.translation), "\(entry.translation)")
                if entry.state == .translated && entry.source.contains("<x") { translatedWithTags += 1 }
            }
            // The repository's catalog is this migration, byte for byte.
            let committed = try TextFile.read(SampleContent.root.appendingPathComponent("Locales/\(tag).po"))
            #expect(POWriter.write(result.catalog) == committed, "Locales/\(tag).po is not the migrated catalog")
        }
        #expect(translatedWithTags > 0)
    }

    @Test("an old TMX memory still gives 101% and 100% matches for the new messages")
    func memory() throws {
        let template = ContentExtractor.template(ContentExtractor.extract(files: SampleContent.files).units)
        for tag in Self.languages {
            let old = try Self.legacy("\(tag).po")
            var oldMemory = TranslationMemory(language: tag)
            oldMemory.update(from: old, date: Date(timeIntervalSince1970: 1_700_000_000))
            let tmx = TMXWriter.write(oldMemory.document)
            #expect(tmx.contains("&lt;1&gt;") || !Self.entries(old).contains { $0.state == .translated && $0.source.contains("<1>") })
            let read = TranslationMemory(document: try TMXReader.parse(tmx, path: "\(tag).tmx"), language: tag)
            #expect(read.units.count == oldMemory.units.count)
            let index = MemoryIndex(read)
            let entries = Self.entries(template)
            let queries = MemoryQuery.inOrder(entries)
            let translated = Dictionary(uniqueKeysWithValues: Self.entries(old).filter { $0.state == .translated }.map { ($0.key!, $0.translation) })
            var inContext = 0
            for (entry, query) in zip(entries, queries) {
                guard let oldTranslation = translated[entry.key!] else { continue }
                let best = try #require(index.lookup(query, limit: 1).first, "\(tag) \(entry.source)")
                #expect(best.score >= 100, "\(tag) \(entry.source): \(best.score)")
                #expect(best.target == LegacyTags.modernize(oldTranslation))
                if best.isInContext { inContext += 1 }
            }
            #expect(inContext == translated.count, "\(tag)")
        }
    }

    @Test("CSV and JSON exported before the rename import into the new catalog, translations renamed")
    func exchangeFiles() throws {
        var catalog = Catalog()
        catalog.entries = [
            CatalogEntry(key: "office", source: "Call <x1>the main office</x1> at {phone1}.", translation: ""),
            CatalogEntry(key: "address", source: "960 Main Street<x1></x1>Hartford", translation: ""),
        ]
        let csv =
            "key,source,translation,state,note\r\n"
            + "office,Call <1>the main office</1> at {phone1}.,Llame a <1>la oficina principal</1> al {phone1}.,translated,\r\n"
            + "address,960 Main Street<1/>Hartford,960 Main Street<1/>Hartford (EE. UU.),translated,\r\n"
        let (fromCSV, csvReport) = CatalogImporter.apply(try ExchangeDocument.read(csv, format: .csv, path: "es.csv"), to: catalog)
        #expect(csvReport.rejected.isEmpty, "\(csvReport.rejected)")
        #expect(
            fromCSV.entries.map(\.translation) == [
                "Llame a <x1>la oficina principal</x1> al {phone1}.",
                "960 Main Street<x1></x1>Hartford (EE. UU.)",
            ])
        // JSON carries no English: an old-style translation is renamed all the same.
        let json = #"{"office": "اتصل <1>بالمكتب الرئيسي</1> على {phone1}."}"#
        let (fromJSON, jsonReport) = CatalogImporter.apply(try ExchangeDocument.read(json, format: .json, path: "ar.json"), to: catalog)
        #expect(jsonReport.added == ["office"])
        #expect(fromJSON.entries[0].translation == "اتصل <x1>بالمكتب الرئيسي</x1> على {phone1}.")
        // A file from after the rename whose English really changed is still refused.
        let changed = "key,source,translation,state,note\r\noffice,Call <1>the office</1> at {phone1}.,Llame a <1>la oficina</1>.,translated,\r\n"
        let (_, changedReport) = CatalogImporter.apply(try ExchangeDocument.read(changed, format: .csv, path: "es.csv"), to: catalog)
        #expect(changedReport.rejected.first?.reason.hasPrefix("the English changed since the export") == true)
    }
}
