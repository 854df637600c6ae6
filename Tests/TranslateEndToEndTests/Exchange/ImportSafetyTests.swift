import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Import never writes what a PO file cannot hold, and a sheet it cannot read unambiguously
/// is refused at its row and column.
@Suite struct ImportSafetyTests {
    @Test func aNulInACellOrAJSONStringIsRejectedPerUnitWithItsPosition() throws {
        let project = try ExchangeCommandTests.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let catalog = project.appendingPathComponent("Locales/pl.po")
        let before = try Data(contentsOf: catalog)
        let csv = project.appendingPathComponent("pl.csv")
        try "key,source,translation,state,note\nclosed,School is closed today.,Szkoła\u{0}zamknięta.,translated,\n".write(
            to: csv, atomically: true, encoding: .utf8)
        let sheet = try TranslateBinary.run(["import", csv.path, "--lang", "pl", "--root", project.path])
        #expect(sheet.status == 1)
        #expect(
            sheet.stdout.contains("\(csv.path):2:1: rejected: [closed] the translation contains <U+0000 NULL> at character 7, which a PO file cannot hold"),
            "\(sheet.stdout)")
        let json = project.appendingPathComponent("pl.json")
        try "{\n  \"greeting\": \"Cze\\u0000\u{015B}\u{0107} {name}, przeczytaj <1>przewodnik</1>.\"\n}\n".write(to: json, atomically: true, encoding: .utf8)
        let bundle = try TranslateBinary.run(["import", json.path, "--lang", "pl", "--root", project.path])
        #expect(bundle.status == 1)
        #expect(
            bundle.stdout.contains("\(json.path):2:") && bundle.stdout.contains("[greeting] the translation contains <U+0000 NULL> at character 4"),
            "\(bundle.stdout)")
        #expect(try Data(contentsOf: catalog) == before)
        #expect(POReader.parse(try String(contentsOf: catalog, encoding: .utf8), path: "pl.po").diagnostics.isEmpty)
        // Every other control character survives our writer and reader, and msgfmt -c compiles it.
        var written = Catalog()
        written.setHeaderField("Content-Type", "text/plain; charset=UTF-8")
        let entry = CatalogEntry(key: "bell", source: "Ring", translation: "Dzwonek\u{7}\u{1B}\u{7F}\u{1}")
        written.entries.append(entry)
        let text = POWriter.write(written)
        let reread = POReader.parse(text, path: "x.po")
        #expect(reread.diagnostics.isEmpty && reread.catalog.entries.last?.translation == "Dzwonek\u{7}\u{1B}\u{7F}\u{1}")
        #expect(try MsgfmtParityTests.msgfmt(text).status == 0)
    }

    @Test func sheetsThatCannotBeReadUnambiguouslyAreRefusedAtRowAndColumn() throws {
        let cases: [(String, String)] = [
            ("key,source,translation,state\nclosed,School is closed today.,Zamknięte,banana\n", "x.csv:2:42: error: unknown state 'banana'"),
            (
                "key,translation,source,translation\nclosed,Zamknięte,School is closed today.,Otwarte\n",
                "x.csv:1:24: error: the column 'translation' appears twice in the header"
            ),
            ("key,source,translation,state\nclosed,School is closed today.\n", "x.csv:2:8: error: this row has 2 cells but the header has 4"),
        ]
        for (sheet, expected) in cases {
            #expect(throws: TranslateError.self) { try ExchangeCSV.read(sheet, path: "x.csv") }
            do { _ = try ExchangeCSV.read(sheet, path: "x.csv") } catch let error as TranslateError {
                #expect(error.description.hasPrefix(expected), "\(error.description)")
            }
        }
        // What export writes still reads, states included.
        let fine = "key,source,translation,state,note\nclosed,School is closed today.,Zamknięte,fuzzy,\nopen,Open,,untranslated,\n\n"
        #expect(try ExchangeCSV.read(fine, path: "x.csv").units.map(\.state) == [.fuzzy, .untranslated])
    }

    @Test func everyXMLReaderHasOneDoctypeRule() throws {
        // A DOCTYPE that only names a DTD is ignored (never loaded) by every reader; an internal subset is refused by every reader.
        func files(_ doctype: String) -> [(String, (String) throws -> Void)] {
            [
                (
                    "x.xlf",
                    {
                        _ = try ExchangeDocument.read(
                            "<?xml version=\"1.0\"?>\n\(doctype)\n<xliff xmlns=\"\(XLIFFDocument.namespace)\" version=\"2.1\" srcLang=\"en\" trgLang=\"pl\"><file id=\"f\"><unit id=\"closed\"><segment><source>Closed</source><target>Zamknięte</target></segment></unit></file></xliff>",
                            format: .xliff, path: $0)
                    }
                ),
                (
                    "x12.xlf",
                    {
                        _ = try ExchangeDocument.read(
                            "<?xml version=\"1.0\"?>\n\(doctype)\n<xliff xmlns=\"\(XLIFF12Document.namespace)\" version=\"1.2\"><file original=\"x\" source-language=\"en\" target-language=\"pl\" datatype=\"plaintext\"><body><trans-unit id=\"closed\"><source>Closed</source><target>Zamknięte</target></trans-unit></body></file></xliff>",
                            format: .xliff12, path: $0)
                    }
                ),
                (
                    "x.tbx",
                    {
                        _ = try TBXDocument.read(
                            "<?xml version=\"1.0\"?>\n\(doctype)\n<martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>report card</term></tig></langSet></termEntry></body></text></martif>",
                            path: $0)
                    }
                ),
                (
                    "x.tmx",
                    {
                        _ = try TMXReader.parse(
                            "<?xml version=\"1.0\"?>\n\(doctype)\n<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Closed</seg></tuv></tu></body></tmx>",
                            path: $0)
                    }
                ),
            ]
        }
        for (path, read) in files("<!DOCTYPE root SYSTEM \"file:///etc/passwd\">") {
            #expect(throws: Never.self, "\(path)") { try read(path) }
        }
        for (path, read) in files("<!DOCTYPE root [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>") {
            do {
                try read(path)
                Issue.record("\(path): an internal subset was accepted")
            } catch let error as TranslateError {
                #expect(error.description.hasPrefix("\(path):2:1: error: the file's DOCTYPE declares an internal subset"), "\(error.description)")
            }
        }
    }
}
