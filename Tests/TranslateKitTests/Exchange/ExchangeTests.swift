import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

typealias ExchangeRandom = SeededRandom

/// Export → import round trips, per-unit rejections, entity refusal, CSV formula escaping, states and inline codes.
@Suite struct ExchangeTests {
    /// Text that breaks naive exporters: right-to-left scripts, combining marks, emoji sequences, CR LF, lone CR,
    /// tabs, apostrophes (ICU quoting), braces, XML and CSV specials, spreadsheet formula starts.
    static let words = [
        "school", "مدرسة", "الغياب المزمن", "שלום", "e\u{301}cole", "Ż\u{301}ółw", "Zdrav\u{30C}o", "👩🏽‍🏫", "🇵🇱", "学校", "教育委员会",
        "It''s", "'{'braces'}'", "a < b", "x & y", "\"quoted\"", "tab\there", "line\r\nbreak", "cr\ronly", "  lead", "trail ",
        "=SUM(A1)", "+1", "-5", "@home", "'=x", "]]>", "<!-- not a comment -->", "&amp;", "a,b", "\u{200F}", "\u{FEFF}x", "\n",
    ]

    static func message(_ random: inout ExchangeRandom) -> String {
        if Int.random(in: 0..<6, using: &random) == 0 {
            return
                "{count, plural, one {# \(words.randomElement(using: &random)!)} other {# \(words.randomElement(using: &random)!) <x1>\(words.randomElement(using: &random)!)</x1>}}"
        }
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            switch Int.random(in: 0..<8, using: &random) {
            case 0: parts.append("{name}")
            case 1: parts.append("{count, number}")
            case 2: parts.append("<x1>\(words.randomElement(using: &random)!)</x1>")
            case 3: parts.append("<x2></x2>")
            default: parts.append(words.randomElement(using: &random)!)
            }
        }
        return parts.joined(separator: Bool.random(using: &random) ? " " : "")
    }

    static func catalog(_ random: inout ExchangeRandom) -> Catalog {
        var catalog = Catalog()
        catalog.setHeaderField("Language", "ar")
        var keys: Set<String> = []
        for index in 0..<Int.random(in: 1...25, using: &random) {
            let source = message(&random)
            // Some keys are derived from the text (gettext files without msgctxt): spaces and all.
            let key: String? =
                Int.random(in: 0..<4, using: &random) == 0
                ? nil : (Bool.random(using: &random) ? "page.\(index)" : "key \(index) \(words.randomElement(using: &random)!)")
            guard keys.insert(key ?? source).inserted else { continue }
            var entry = CatalogEntry(key: key, source: source)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: break
            case 1:
                entry.translation = message(&random)
                entry.flags = ["fuzzy"]
            default: entry.translation = message(&random)
            }
            if Bool.random(using: &random) { entry.extractedComments = ["Note: " + words.randomElement(using: &random)!] }
            catalog.entries.append(entry)
        }
        return catalog
    }

    @Test(arguments: ExchangeFormat.allCases)
    func exportThenImportChangesNothing(format: ExchangeFormat) throws {
        var random = ExchangeRandom()
        print("ExchangeTests.exportThenImportChangesNothing(\(format.rawValue)) seed: \(random.seed)")
        for round in 0..<60 {
            let catalog = Self.catalog(&random)
            let exported = ExchangeDocument(catalog: catalog, language: "ar")
            let data = try exported.encoded(as: format, byteOrderMark: round % 2 == 0)
            let text = try TextFile.decode(data, path: "x")
            #expect(try exported.encoded(as: format, byteOrderMark: round % 2 == 0) == data, "seed \(random.seed): output is not deterministic")
            let read = try ExchangeDocument.read(text, format: format, path: "x")
            let (applied, report) = CatalogImporter.apply(read, to: catalog)
            #expect(applied == catalog, "seed \(random.seed) round \(round) \(format): import changed the catalog")
            #expect(
                report.added.isEmpty && report.updated.isEmpty && report.rejected.isEmpty,
                "seed \(random.seed) round \(round) \(format): \(report.added) \(report.updated) \(report.rejected)")
            // The units themselves survive, not only the catalog.
            switch format {
            case .json:
                let translated = exported.units.filter { $0.state == .translated }
                #expect(
                    Dictionary(uniqueKeysWithValues: read.units.map { ($0.key, $0.target) })
                        == Dictionary(uniqueKeysWithValues: translated.map { ($0.key, $0.target) }))
            default:
                #expect(read.units.map(\.key) == exported.units.map(\.key), "seed \(random.seed)")
                #expect(read.units.map(\.source) == exported.units.map(\.source), "seed \(random.seed) \(format)")
                #expect(read.units.map(\.target) == exported.units.map(\.target), "seed \(random.seed) \(format)")
                #expect(read.units.map(\.state) == exported.units.map(\.state), "seed \(random.seed) \(format)")
                #expect(
                    read.units.map { $0.notes.joined(separator: "\n") } == exported.units.map { $0.notes.joined(separator: "\n") },
                    "seed \(random.seed) \(format)")
            }
            if format != .json { #expect(read.targetLanguage == (format == .csv ? nil : "ar")) }
        }
    }

    static let catalog: Catalog = {
        var catalog = Catalog()
        catalog.entries = [
            CatalogEntry(key: "greeting", source: "Hello {name}, read the <x1>guide</x1>.", translation: ""),
            CatalogEntry(
                key: "files", source: "{count, plural, one {# file} other {# files}}",
                translation: "{count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}"),
            CatalogEntry(key: "closed", source: "School is closed today.", translation: "Szkoła jest dziś zamknięta."),
            CatalogEntry(key: "bus", source: "Bus {route} is late.", translation: "Autobus {route} się spóźnia."),
            CatalogEntry(
                key: "board", source: "The Board of Education meets on {date}.", translation: "Rada Edukacji zbiera się {date}.", flags: ["fuzzy"],
                previousSource: "The Board meets on {date}."),
            CatalogEntry(key: "lunch", source: "Lunch is free.", translation: ""),
        ]
        return catalog
    }()

    @Test func importAppliesGoodUnitsAndRejectsTheRestOneByOne() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="pl">
              <file id="f1">
                <unit id="greeting"><segment state="translated">
                  <source>Hello <ph id="a1" disp="{name}"/>, read the <pc id="1">guide</pc>.</source>
                  <target>Cześć, przeczytaj <pc id="1">przewodnik</pc>.</target></segment></unit>
                <unit id="closed"><segment state="translated">
                  <source>School is closed today.</source>
                  <target>Szkoła jest dziś <pc id="x3">zamknięta</pc>.</target></segment></unit>
                <unit id="bus"><segment state="translated">
                  <source>Bus {route} is late!</source>
                  <target>Autobus {route} się spóźnia!</target></segment></unit>
                <unit id="recess"><segment state="translated">
                  <source>Recess is at noon.</source>
                  <target>Przerwa jest w południe.</target></segment></unit>
                <unit id="files"><segment state="translated">
                  <source>{count, plural, one {# file} other {# files}}</source>
                  <target>{count, plural, one {# plik} other {# plików}</target></segment></unit>
                <unit id="board"><segment state="reviewed">
                  <source>The Board of Education meets on <ph id="a1" disp="{date}"/>.</source>
                  <target>Rada Edukacji zbiera się <ph id="a1"/>.</target></segment></unit>
                <unit id="lunch"><segment state="translated">
                  <source>Lunch is free.</source>
                  <target>Obiad jest bezpłatny.</target></segment></unit>
                <unit id="lunch"><segment state="translated">
                  <source>Lunch is free.</source>
                  <target>Obiad za darmo.</target></segment></unit>
              </file>
            </xliff>
            """
        let document = try ExchangeDocument.read(xliff, format: .xliff, path: "pl.xlf")
        let (catalog, report) = CatalogImporter.apply(document, to: Self.catalog)
        #expect(report.added == ["lunch"])
        #expect(report.updated == ["board"])
        #expect(report.unchanged.isEmpty)
        let reasons = Dictionary(report.rejected.map { ($0.key, $0.reason) }, uniquingKeysWith: { $0 + " | " + $1 })
        #expect(reasons["greeting"] == "the translation loses {name}")
        #expect(reasons["closed"] == "the translation invents the tag </x3>, <x3>")
        #expect(reasons["bus"]?.hasPrefix("the English changed since the export") == true)
        #expect(reasons["recess"] == "no message with this key in the catalog")
        #expect(reasons["files"]?.hasPrefix("the translation is not a valid ICU message") == true)
        #expect(reasons["lunch"] == "the file has this key twice; only the first is used")
        #expect(report.rejected.first { $0.key == "recess" }?.position?.line == 13)
        // Rejected units left their entries exactly as they were; the accepted ones changed only the translation.
        for key in ["greeting", "closed", "bus", "files"] {
            #expect(catalog.entries.first { $0.key == key } == Self.catalog.entries.first { $0.key == key })
        }
        let board = try #require(catalog.entries.first { $0.key == "board" })
        #expect(board.translation == "Rada Edukacji zbiera się {date}." && !board.isFuzzy && board.previousSource == nil)
        let lunch = try #require(catalog.entries.first { $0.key == "lunch" })
        #expect(lunch.translation == "Obiad jest bezpłatny." && lunch.state == .translated)
        #expect(catalog.entries.count == Self.catalog.entries.count)
    }

    @Test func statesFromEachFormat() throws {
        let xliff2 = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="es"><file id="f">
            <unit id="closed"><segment state="initial"><source>School is closed today.</source><target>La escuela está cerrada hoy.</target></segment></unit>
            <unit id="lunch"><segment state="final"><source>Lunch is free.</source><target>El almuerzo es gratis.</target></segment></unit>
            </file></xliff>
            """
        let units2 = try XLIFFDocument.read(xliff2, path: "es.xlf").units
        #expect(units2.map(\.state) == [.fuzzy, .translated])
        let xliff1 = """
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="m" source-language="en" target-language="es" datatype="plaintext"><body>
            <trans-unit id="closed"><source>School is closed today.</source><target state="needs-review-translation">La escuela está cerrada hoy.</target></trans-unit>
            <trans-unit id="lunch"><source>Lunch is free.</source><target state="signed-off">El almuerzo es gratis.</target></trans-unit>
            <trans-unit id="bus"><source>Bus {route} is late.</source><target>El autobús {route} llega tarde.</target></trans-unit>
            </body></file></xliff>
            """
        let document1 = try XLIFF12Document.read(xliff1, path: "es.xlf")
        #expect(document1.units.map(\.state) == [.fuzzy, .translated, .translated])
        #expect(document1.targetLanguage == "es")
        let (catalog, report) = CatalogImporter.apply(document1, to: Self.catalog)
        #expect(report.updated == ["closed", "bus"] && report.added == ["lunch"])
        #expect(catalog.entries.first { $0.key == "closed" }?.isFuzzy == true)
        let csv = "key,translation,state\r\nclosed,La escuela está cerrada hoy.,needs review\r\nlunch,El almuerzo es gratis.,untranslated\r\n"
        #expect(try ExchangeCSV.read(csv, path: "es.csv").units.map(\.state) == [.fuzzy, .translated])
    }

    @Test func inlineCodesForTagsAndSimpleArgumentsButNotPlurals() throws {
        var catalog = Catalog()
        catalog.entries = [
            CatalogEntry(key: "guide", source: "Hello {name}, read the <x1>guide</x1><x2></x2>.", translation: "{name}さん、<x1>ガイド</x1>をお読みください<x2></x2>。"),
            CatalogEntry(key: "files", source: "{count, plural, one {<x1>#</x1> file} other {<x1>#</x1> files}}", translation: ""),
        ]
        let xliff = try XLIFFDocument.write(ExchangeDocument(catalog: catalog, language: "ja"))
        #expect(
            xliff.contains(
                "<source xml:space=\"preserve\">Hello <ph id=\"a1\" disp=\"{name}\"/>, read the <pc id=\"x1\" dispStart=\"&lt;x1&gt;\" dispEnd=\"&lt;/x1&gt;\">guide</pc><pc id=\"x2\" dispStart=\"&lt;x2&gt;\" dispEnd=\"&lt;/x2&gt;\"></pc>.</source>"
            ))
        #expect(xliff.contains("<target xml:space=\"preserve\"><ph id=\"a1\" disp=\"{name}\"/>さん、<pc id=\"x1\""))
        #expect(
            xliff.contains("<source xml:space=\"preserve\">{count, plural, one {&lt;x1&gt;#&lt;/x1&gt; file} other {&lt;x1&gt;#&lt;/x1&gt; files}}</source>"))
        let xliff12 = try XLIFF12Document.write(ExchangeDocument(catalog: catalog, language: "ja"))
        #expect(
            xliff12.contains(
                "<source>Hello <x id=\"a1\" ctype=\"x-argument\" equiv-text=\"{name}\"/>, read the <g id=\"x1\" ctype=\"x-tag\">guide</g><g id=\"x2\" ctype=\"x-tag\"></g>.</source>"
            ))
        // A vendor's file exported before the tags were named x1 (ids 1, 2; `<ph id="2"/>` for the line break): its target
        // refers to the source's codes by id only; the import renames the tags and puts the argument back.
        let vendor = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ja"><file id="f">
            <unit id="guide"><segment state="translated"><source>Hello <ph id="a1" disp="{name}"/>, read the <pc id="1">guide</pc><ph id="2"/>.</source>
            <target><pc id="1">ガイド</pc>を読んでください、<ph id="a1"/>さん<ph id="2"/>。</target></segment></unit></file></xliff>
            """
        let (applied, report) = CatalogImporter.apply(try XLIFFDocument.read(vendor, path: "ja.xlf"), to: catalog)
        #expect(report.updated == ["guide"])
        #expect(applied.entries[0].translation == "<x1>ガイド</x1>を読んでください、{name}さん<x2></x2>。")
    }

    @Test func csvCellsThatSpreadsheetsWouldRunGetAnApostrophe() throws {
        let cases: [(String, String)] = [
            ("=HYPERLINK(\"http://evil.example\",\"click\")", "'=HYPERLINK(\"http://evil.example\",\"click\")"),
            ("+1 860 695 8000", "'+1 860 695 8000"), ("-5 degrees", "'-5 degrees"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\tindented", "'\tindented"), ("\rcarriage", "'\rcarriage"),
            // Apostrophes the text already starts with before a trigger get one more, so the import can tell.
            ("'=not a formula", "''=not a formula"), ("''+x", "'''+x"),
            // Ordinary text, and ICU quoting that merely starts with an apostrophe, stay as they are.
            ("'{'literal braces'}'", "'{'literal braces'}'"), ("Hello = world", "Hello = world"), ("", ""), ("مرحبا", "مرحبا"),
        ]
        for (cell, written) in cases {
            #expect(ExchangeCSV.escapeFormula(cell) == written, "\(cell.debugDescription)")
            #expect(ExchangeCSV.unescapeFormula(written) == cell, "\(written.debugDescription)")
        }
        var catalog = Catalog()
        catalog.entries = [CatalogEntry(key: "=cmd|' /C calc'!A0", source: "-1 point", translation: "=1+1", extractedComments: ["@mention"])]
        let sheet = String(decoding: try ExchangeDocument(catalog: catalog, language: "es").encoded(as: .csv, byteOrderMark: true), as: UTF8.self)
        #expect(sheet == "\u{FEFF}key,source,translation,state,note\r\n'=cmd|' /C calc'!A0,'-1 point,'=1+1,translated,'@mention\r\n")
        let read = try ExchangeCSV.read(try TextFile.decode(Data(sheet.utf8), path: "s.csv"), path: "s.csv")
        #expect(read.units.map(\.key) == ["=cmd|' /C calc'!A0"] && read.units.map(\.target) == ["=1+1"] && read.units.map(\.source) == ["-1 point"])
    }

    @Test func jsonHoldsTranslatedMessagesWithSortedKeys() throws {
        let json = ExchangeJSON.write(ExchangeDocument(catalog: Self.catalog, language: "pl"))
        #expect(
            json == """
                {
                  "bus": "Autobus {route} się spóźnia.",
                  "closed": "Szkoła jest dziś zamknięta.",
                  "files": "{count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}"
                }

                """)
        // Controls and U+2028/2029 (line ends in JavaScript) are escaped; Arabic, RTL marks and emoji stay as they are.
        let tricky = "سطر\u{2028}ثانٍ\u{2029} \u{200F}\"x\"\\ \u{1}\t📚"
        let escaped = ExchangeJSON.write(
            ExchangeDocument(targetLanguage: "ar", units: [ExchangeUnit(key: "k\n", source: nil, target: tricky, state: .translated)]))
        #expect(escaped == "{\n  \"k\\n\": \"سطر\\u2028ثانٍ\\u2029 \u{200F}\\\"x\\\"\\\\ \\u0001\\t📚\"\n}\n")
        #expect(try ExchangeJSON.read(escaped, path: "ar.json").units.map { [$0.key, $0.target] } == [["k\n", tricky]])
        do {
            _ = try ExchangeJSON.read("{\n  \"bus\": \"ok\",\n  \"closed\": {\"nested\": 1}\n}", path: "pl.json")
            Issue.record("a nested object was accepted")
        } catch let error as TranslateError {
            #expect(error.description.hasPrefix("pl.json:3:13:"), "\(error.description)")
        }
    }

    @Test(arguments: [ExchangeFormat.xliff, .xliff12])
    func externalEntitiesAreNeverResolved(format: ExchangeFormat) throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("xliff-secret-\(UUID().uuidString).txt")
        try "TOP-SECRET-XLIFF".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let namespace = format == .xliff ? XLIFFDocument.namespace : XLIFF12Document.namespace
        let payloads = [
            // Classic XXE: the target would carry the file's content into the catalog.
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE xliff [ <!ENTITY xxe SYSTEM "\(secret.absoluteString)"> ]>
            <xliff xmlns="\(namespace)" version="2.1" srcLang="en" trgLang="es"><file id="f"><unit id="closed"><segment>
            <source>School is closed today.</source><target>&xxe;</target></segment></unit></file></xliff>
            """,
            // Billion laughs.
            """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <xliff xmlns="\(namespace)" version="2.1"><file id="f"><unit id="closed"><segment><source>&lol2;</source></segment></unit></file></xliff>
            """,
        ]
        for payload in payloads {
            do {
                let document = try ExchangeDocument.read(payload, format: format, path: "evil.xlf")
                Issue.record("an entity-declaring file was read: \(document)")
            } catch let error as TranslateError {
                #expect(error.position == TextPosition(line: 2, column: 1), "\(error.description)")
                #expect(!error.description.contains("TOP-SECRET"))
            }
        }
        // Without a DOCTYPE an entity reference is simply undefined: still an error, never the file's content.
        let undeclared =
            "<xliff xmlns=\"\(namespace)\" version=\"2.1\"><file id=\"f\"><unit id=\"closed\"><segment><source>&xxe;</source></segment></unit></file></xliff>"
        #expect(throws: TranslateError.self) { try ExchangeDocument.read(undeclared, format: format, path: "evil.xlf") }
    }

    @Test func malformedFilesStopWithTheirPosition() {
        let files: [(ExchangeFormat, String, String)] = [
            (.xliff, "<xliff xmlns=\"\(XLIFFDocument.namespace)\" version=\"2.1\">\n<file id=\"f\"><unit id=\"a\"><segment><source>x</segment>", "bad.xlf:2:"),
            (.xliff, "<xliff version=\"1.2\"><file/></xliff>", "bad.xlf:1:"),
            (.xliff12, "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"a\"><target>x</target></trans-unit></body></file></xliff>", "bad.xlf:2:1"),
            (.csv, "key,source,translation\r\nclosed,\"School is closed,Szkoła\r\n", "bad.csv:2:8"),
            (.csv, "key,source\r\nclosed,School\r\n", "bad.csv:1:1"),
            (.json, "{\"closed\": \"Szkoła\",}", "bad.json:1:"),
        ]
        for (format, text, prefix) in files {
            do {
                _ = try ExchangeDocument.read(text, format: format, path: prefix.hasPrefix("bad.xlf") ? "bad.xlf" : (format == .csv ? "bad.csv" : "bad.json"))
                Issue.record("\(format) accepted: \(text)")
            } catch let error as TranslateError {
                #expect(error.description.hasPrefix(prefix), "\(error.description)")
            } catch { Issue.record("\(error)") }
        }
    }

    @Test func utf16FilesFromCATToolsAreRead() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-16"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ru"><file id="f">
            <unit id="closed"><segment state="translated"><source>School is closed today.</source><target>Сегодня школа закрыта.</target></segment></unit>
            </file></xliff>
            """
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xliff.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let text = try TextFile.decode(Data(bytes), path: "ru.xlf")
        let document = try ExchangeDocument.read(text, format: .xliff, path: "ru.xlf")
        #expect(document.units.map(\.target) == ["Сегодня школа закрыта."])
        #expect(document.targetLanguage == "ru")
    }

    @Test func formatDetection() {
        #expect(ExchangeFormat.detect(path: "ar.xlf", text: "<?xml version=\"1.0\"?><xliff xmlns=\"\(XLIFFDocument.namespace)\" version=\"2.1\">") == .xliff)
        #expect(ExchangeFormat.detect(path: "ar.xlf", text: "<?xml version=\"1.0\"?><xliff version=\"1.2\">") == .xliff12)
        #expect(ExchangeFormat.detect(path: "ar.xliff", text: "<xliff xmlns=\"\(XLIFF12Document.namespace)\">") == .xliff12)
        #expect(ExchangeFormat.detect(path: "ar.json", text: "{}") == .json)
        #expect(ExchangeFormat.detect(path: "ar.CSV", text: "") == .csv)
        #expect(ExchangeFormat.detect(path: "ar.txt", text: "hello") == nil)
    }
}
