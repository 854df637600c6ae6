import Foundation
import Testing

@testable import TranslateKit

@Suite struct TMXReaderTests {
    @Test func aTruncatedFileIsReportedInWords() {
        let truncated = "<tmx><body><tu><tuv xml:lang=\"es\"><seg>Hola</seg></tuv>"
        #expect { try TMXReader.parse(truncated, path: "cut.tmx") } throws: { error in
            let text = "\(error)"
            return text.contains("cut.tmx:1:") && text.contains("not well-formed XML: ") && !text.contains("NSXMLParserErrorDomain")
        }
    }

    @Test func omegaTProjectSave() throws {
        let document = try TMXReader.read(MemoryFixtures.url("omegat-project_save.tmx"), displayPath: "omegat.tmx")
        #expect(document.version == "1.4")
        #expect(document.header["creationtool"] == "OmegaT")
        #expect(document.sourceLanguage == "en-US")
        #expect(document.units.count == 3)
        // lang= (TMX 1.1 style, as OmegaT writes) in upper case is read like xml:lang.
        #expect(document.units[0].variants.map(\.language) == ["en-US", "es"])
        let memory = TranslationMemory(document: document, language: "es")
        #expect(memory.units.count == 3)
        let closed = try #require(memory.units.first { $0.sourceText == "School is closed on Tuesday 2/3." })
        #expect(closed.targetText == "La escuela está cerrada el martes 2/3.")
        #expect(closed.creationDate == "20240203T141502Z")
        let bold = try #require(memory.units.first { $0.sourceText.hasPrefix("Report cards") })
        #expect(bold.source.contains(.code(TMXCode(element: "bpt", attributes: ["i": "0", "x": "0"], content: [.text("<b0>")]))))
        #expect(bold.targetText == "Las libretas de calificaciones se envían a casa el <b0>viernes</b0>.")
        let bus = try #require(memory.units.first { $0.sourceText.hasPrefix("Buses") })
        #expect(bus.otherProperties.contains(TMXProperty(type: "file", value: "newsletter/march.html")))
    }

    @Test func tradosStudioUTF16WithBOM() throws {
        let data = try Data(contentsOf: MemoryFixtures.url("trados-studio-utf16.tmx"))
        #expect(data.prefix(2) == Data([0xFF, 0xFE]))
        let document = try TMXReader.parse(data, path: "trados.tmx")
        #expect(document.header["creationtool"] == "SDL Language Platform")
        #expect(document.headerProperties.first { $0.type == "x-TMName" }?.value == "HPS English-Spanish")
        #expect(document.units.count == 2)
        let click = document.units[1]
        #expect(click.attributes["changeid"] == "HPS\\translator")
        let segment = try #require(click.variant(for: "en-US")).segment
        #expect(
            segment == [
                .text("Click "), .code(TMXCode(element: "bpt", attributes: ["i": "1", "type": "1", "x": "1"])), .text("here"),
                .code(TMXCode(element: "ept", attributes: ["i": "1"])), .text(" to register"),
                .code(TMXCode(element: "ph", attributes: ["x": "2", "type": "2"])), .text("."),
            ])
        // Target es-ES goes to the project's "es" memory by primary language.
        let memory = TranslationMemory(document: document, language: "es")
        #expect(memory.units.map(\.targetText).contains("El almuerzo cuesta $2.50 para los grados 1-5."))
        let lunch = try #require(memory.units.first { $0.sourceText.hasPrefix("Lunch") })
        #expect(lunch.creationDate == "20240115T093500Z")
        #expect(lunch.changeDate == "20240116T101500Z")
        #expect(lunch.otherAttributes["usagecount"] == "3")
    }

    @Test func memoQExportWithContextAndArabic() throws {
        let document = try TMXReader.read(MemoryFixtures.url("memoq-export.tmx"))
        #expect(document.sourceLanguage == "en-US")
        #expect(document.headerProperties.contains(TMXProperty(type: "x-Domain:SinglePicklist", value: "")))
        let memory = TranslationMemory(document: document, language: "ar")
        #expect(memory.units.count == 2)
        let conference = try #require(memory.units.first { $0.sourceText.hasPrefix("Parent-teacher") })
        #expect(conference.targetText == "تبدأ اجتماعات أولياء الأمور والمعلمين في الساعة 3:30 مساءً.")
        #expect(conference.otherProperties.contains(TMXProperty(type: "x-context-pre", value: "Welcome back!")))
        let form = try #require(memory.units.first { $0.sourceText.hasPrefix("Please sign") })
        #expect(form.changeDate == "20231013T091002Z")
        #expect(form.creationDate == "20231012T160101Z")
    }

    @Test func weblateAllSourceLanguagesAndNotes() throws {
        let document = try TMXReader.read(MemoryFixtures.url("weblate-export.tmx"))
        #expect(document.sourceLanguage == nil)  // srclang="*all*"
        let polish = TranslationMemory(document: document, language: "pl")
        #expect(polish.units.map(\.targetText) == ["Szkoła jest zamknięta."])
        #expect(polish.units[0].notes == ["calendar.closed"])
        let welsh = TranslationMemory(document: document, language: "cy")
        #expect(welsh.units.map(\.targetText) == ["Helo, {name}!"])
        #expect(TranslationMemory(document: document, language: "ru").units.count == 1)
        #expect(TranslationMemory(document: document, language: "ja").units.isEmpty)
    }

    @Test func englishVariantIsTheSourceWhateverTheFileSays() throws {
        let text = """
            <tmx version="1.4"><header srclang="en" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>
            <tu srclang="es"><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="es"><seg>Hola</seg></tuv><tuv xml:lang="ja"><seg>こんにちは</seg></tuv></tu>
            </body></tmx>
            """
        let document = try TMXReader.parse(text, path: "x.tmx")
        let japanese = TranslationMemory(document: document, language: "ja")
        #expect(japanese.units.first?.sourceText == "Hello")
        #expect(japanese.units.first?.targetText == "こんにちは")
    }

    @Test func languageCodesAreNormalized() {
        #expect(TMXLanguage.normalize("EN-US") == "en-US")
        #expect(TMXLanguage.normalize("en_us") == "en-US")
        #expect(TMXLanguage.normalize("zh-hant-tw") == "zh-Hant-TW")
        #expect(TMXLanguage.normalize("es-419") == "es-419")
        #expect(TMXLanguage.primary("PT_br") == "pt")
    }

    @Test func externalEntityIsNeverResolved() throws {
        let payload = """
            <?xml version="1.0"?>
            <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&e;</seg></tuv><tuv xml:lang="es"><seg>x</seg></tuv></tu></body></tmx>
            """
        do {
            let document = try TMXReader.parse(payload, path: "evil.tmx")
            // Had it been accepted, the entity must not have been expanded.
            let text = document.units.flatMap(\.variants).map(\.text).joined()
            #expect(!text.contains("root:"))
            Issue.record("a DOCTYPE with entity declarations was accepted")
        } catch let error as TranslateError {
            #expect(error.position == TextPosition(line: 2, column: 1))
            #expect(error.description.hasPrefix("evil.tmx:2:1: error: the file's DOCTYPE declares an internal subset"))
            #expect(!error.description.contains("root:"))
        }
    }

    @Test func externalDTDIsNotFetched() throws {
        // OmegaT's files name a DTD; nothing may be loaded from it, and parsing still succeeds.
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "file:///etc/passwd">
            <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>
            """
        let document = try TMXReader.parse(text, path: "dtd.tmx")
        #expect(document.units.count == 1)
    }

    @Test func malformedFileIsRejectedWithPosition() {
        let text =
            "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>a</tuv></tu>\n</body></tmx>\n"
        do {
            _ = try TMXReader.parse(text, path: "bad.tmx")
            Issue.record("malformed XML accepted")
        } catch let error as TranslateError {
            #expect(error.path == "bad.tmx")
            #expect(error.position?.line == 5)
        } catch { Issue.record("\(error)") }
    }

    @Test func variantWithoutLanguageIsRejected() {
        let text = "<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n<tu>\n<tuv><seg>a</seg></tuv></tu></body></tmx>"
        do {
            _ = try TMXReader.parse(text, path: "nolang.tmx")
            Issue.record("tuv without language accepted")
        } catch let error as TranslateError {
            #expect(error.position?.line == 5)
            #expect(error.message.contains("xml:lang"))
        } catch { Issue.record("\(error)") }
    }
}

@Suite struct TMXReaderPositionTests {
    @Test func columnsCountScalarsNotBytes() {
        // libxml2 reports byte columns; after "<seg>Łódź żółć " the error must be at the scalar column.
        let text = "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n<tu><tuv xml:lang=\"pl\"><seg>Łódź żółć </tu>\n</body></tmx>"
        do {
            _ = try TMXReader.parse(text, path: "pl.tmx")
            Issue.record("accepted")
        } catch let error as TranslateError {
            let line = "<tu><tuv xml:lang=\"pl\"><seg>Łódź żółć </tu>"
            #expect(error.position?.line == 2)
            #expect((error.position?.column ?? 0) <= line.unicodeScalars.count + 1)
        } catch { Issue.record("\(error)") }
    }

    @Test func byteColumnsConvertToScalarColumns() {
        let text = "first\nżółw <x"
        // "żółw " is 5 scalars in 8 bytes: byte column 9 is scalar column 6.
        #expect(TMXReader.scalarPosition(TextPosition(line: 2, column: 9), in: text) == TextPosition(line: 2, column: 6))
    }
}

@Suite struct TMXReaderLargeFileTests {
    /// libxml2 refuses more than 10 MB of buffered input unless fed in chunks; memories grow past that.
    @Test func filesOverTenMegabytesAreRead() throws {
        let padding = String(repeating: " ", count: 11_000) + "\n"
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n"
        for i in 0..<1_000 {
            text += "<tu><tuv xml:lang=\"en\"><seg>Room \(i)</seg></tuv><tuv xml:lang=\"es\"><seg>Aula \(i)</seg></tuv></tu>" + padding
        }
        text += "</body></tmx>\n"
        #expect(text.utf8.count > 10_500_000)
        let document = try TMXReader.parse(text, path: "big.tmx")
        #expect(document.units.count == 1_000)
        #expect(document.units.last?.variant(for: "es")?.text == "Aula 999")
    }
}
