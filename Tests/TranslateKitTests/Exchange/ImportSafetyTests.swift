import Foundation
import Testing
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
        try "key,source,translation,state,note\nclosed,School is closed today.,Szkoła\u{0}zamknięta.,translated,\n".write(to: csv, atomically: true, encoding: .utf8)
        let sheet = try TranslateBinary.run(["import", csv.path, "--lang", "pl", "--root", project.path])
        #expect(sheet.status == 1)
        #expect(sheet.stdout.contains("\(csv.path):2:1: rejected: [closed] the translation contains <U+0000 NULL> at character 7, which a PO file cannot hold"), "\(sheet.stdout)")
        let json = project.appendingPathComponent("pl.json")
        try "{\n  \"greeting\": \"Cze\\u0000\u{015B}\u{0107} {name}, przeczytaj <1>przewodnik</1>.\"\n}\n".write(to: json, atomically: true, encoding: .utf8)
        let bundle = try TranslateBinary.run(["import", json.path, "--lang", "pl", "--root", project.path])
        #expect(bundle.status == 1)
        #expect(bundle.stdout.contains("\(json.path):2:") && bundle.stdout.contains("[greeting] the translation contains <U+0000 NULL> at character 4"), "\(bundle.stdout)")
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
            ("key,translation,source,translation\nclosed,Zamknięte,School is closed today.,Otwarte\n", "x.csv:1:24: error: the column 'translation' appears twice in the header"),
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
}
