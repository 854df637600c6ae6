import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Fixtures under Tests/TranslateKitTests/Fixtures/Catalog.
enum CatalogFixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("Catalog/\(name)")
    }

    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(name))) }

    /// The text exactly as stored (BOM included), as a String.
    static func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }
}

/// Parses and writes back, byte for byte.
func catalogRoundTrips(_ text: String, path: String = "test.po") -> Bool {
    Array(POWriter.write(POReader.parse(text, path: path).catalog).utf8) == Array(text.utf8)
}

@Suite struct POReaderTests {
    @Test func poeditPolishFileReadsEveryPart() throws {
        let text = try CatalogFixtures.text("poedit-pl.po")
        let result = POReader.parse(text, path: "pl.po")
        #expect(result.diagnostics.isEmpty)
        let catalog = result.catalog
        #expect(catalog.headerField("Language") == "pl")
        // A header value wrapped over two lines is joined.
        #expect(catalog.headerField("Plural-Forms") == "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);")
        #expect(catalog.header?.translatorComments.first == "Polish translation of the Hartford family newsletter.")
        #expect(catalog.header?.translatorComments.last == "")
        #expect(catalog.entries.count == 5)

        let title = catalog.entries[0]
        #expect(title.key == "newsletter.title")
        #expect(title.translation == "Szkoła zamknięta wcześniej w piątek")
        #expect(title.references == ["templates/newsletter.html:12"])
        #expect(title.state == .translated)

        let events = catalog.entries[1]
        #expect(events.extractedComments == ["Shown on the home page above the list of events."])
        #expect(events.references == ["templates/home.html:4", "templates/home.html:88"])
        #expect(events.flags == ["fuzzy"])
        #expect(events.previousSource == "Upcoming event")
        #expect(events.state == .fuzzy)

        let plural = catalog.entries[2]
        #expect(plural.sourcePlural == "%(count)d students were absent")
        #expect(plural.translation == "%(count)d uczeń był nieobecny")
        #expect(plural.pluralTranslations == ["%(count)d uczniów było nieobecnych", "%(count)d uczniów było nieobecnych"])
        #expect(plural.flags == ["python-format"])

        let buses = catalog.entries[3]
        #expect(buses.source == "Buses will leave at 12:30. Families who cannot pick up their children should call the main office:\n860-555-0100")
        #expect(buses.translation.hasSuffix("sekretariatu:\n860-555-0100"))

        let obsolete = catalog.entries[4]
        #expect(obsolete.isObsolete)
        #expect(obsolete.source == "Snow day")
        #expect(obsolete.translation == "Dzień wolny z powodu śniegu")
        #expect(!catalog.activeEntries.contains { $0.isObsolete })
        #expect(catalogRoundTrips(text))
    }

    @Test func weblateArabicCRLFFileWithPreviousContextAndObsoletePrevious() throws {
        let text = try CatalogFixtures.text("weblate-ar-crlf.po")
        #expect(text.utf8.contains(0x0D))
        let result = POReader.parse(text, path: "ar.po")
        #expect(result.diagnostics.isEmpty)
        let catalog = result.catalog
        #expect(catalog.lineEnding == "\r\n")
        #expect(catalog.headerField("Language") == "ar")
        #expect(catalog.entries.count == 4)
        #expect(catalog.entries[0].translation == "مرحبًا، {name}!")
        #expect(!catalog.entries[0].translation.unicodeScalars.contains("\r"))
        #expect(catalog.entries[1].extractedComments == ["Button on the sign-in page"])
        let lunch = catalog.entries[2]
        #expect(lunch.previousKey == "portal.lunch")
        #expect(lunch.previousSource == "Lunch menu")
        #expect(lunch.isFuzzy)
        let grades = catalog.entries[3]
        #expect(grades.isObsolete)
        #expect(grades.key == "portal.grades")
        #expect(grades.previousSource == "Report card")
        #expect(grades.translation == "بطاقات التقارير")
        #expect(catalogRoundTrips(text))

        // A changed entry in a CRLF file is written with CRLF too.
        var changed = catalog
        changed.entries[1].translation = "دخول"
        let written = POWriter.write(changed)
        #expect(written.contains("msgstr \"دخول\"\r\n"))
        #expect(!written.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func byteOrderMarkAndEveryEscape() throws {
        let bytes = try CatalogFixtures.bytes("bom-ja.po")
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes, as: UTF8.self)
        let result = POReader.parse(text, path: "ja.po")
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.hasByteOrderMark)
        #expect(result.catalog.header?.translation.hasPrefix("Language: ja\n") == true)
        #expect(result.catalog.entries[0].translation == "今日は休校です")
        #expect(result.catalog.entries[1].source == "Tab\there, quote \" backslash \\ bell \u{07} back \u{08} feed \u{0C} vtab \u{0B} cr \r octal A hex B")
        #expect(Array(POWriter.write(result.catalog).utf8) == bytes)

        // Reading the file from disk (TextFile drops the BOM) still writes it back.
        let read = try POReader.read(CatalogFixtures.url("bom-ja.po"), displayPath: "ja.po")
        #expect(Array(POWriter.write(read.catalog).utf8) == bytes)
    }

    @Test func sourceMapCountsScalarsThroughCJKEmojiAndEscapes() {
        let text = "msgid \"Hello\"\nmsgstr \"日本😀\\t語\"\n"
        let entry = POReader.parse(text, path: "ja.po").catalog.entries[0]
        #expect(entry.translation == "日本😀\t語")
        let map = entry.location!.translationMap!
        #expect(map.position(ofScalarOffset: 0) == TextPosition(line: 2, column: 9))
        #expect(map.position(ofScalarOffset: 2) == TextPosition(line: 2, column: 11))  // the emoji: one scalar
        #expect(map.position(ofScalarOffset: 3) == TextPosition(line: 2, column: 12))  // \t starts at its backslash
        #expect(map.position(ofScalarOffset: 4) == TextPosition(line: 2, column: 14))  // after the two-character escape
        #expect(entry.location!.translation == TextPosition(line: 2, column: 1))
        #expect(entry.location!.source == TextPosition(line: 1, column: 1))
        #expect(entry.location!.sourceMap!.position(ofScalarOffset: 4) == TextPosition(line: 1, column: 12))
    }

    @Test func sourceMapFollowsMultiLineArabic() {
        let text = "msgctxt \"a\"\nmsgid \"Hello world\"\nmsgstr \"\"\n\"مرحبا \"\n  \"بالعالم\"\n"
        let entry = POReader.parse(text, path: "ar.po").catalog.entries[0]
        #expect(entry.translation == "مرحبا بالعالم")
        let map = entry.location!.translationMap!
        #expect(map.position(ofScalarOffset: 0) == TextPosition(line: 4, column: 2))
        #expect(map.position(ofScalarOffset: 5) == TextPosition(line: 4, column: 7))
        #expect(map.position(ofScalarOffset: 6) == TextPosition(line: 5, column: 4))
        #expect(map.position(ofScalarOffset: 12) == TextPosition(line: 5, column: 10))
        #expect(entry.location!.start == TextPosition(line: 1, column: 1))
    }

    @Test func obsoleteEntriesWithPreviousAndPlurals() {
        let text = """
            #, fuzzy
            #~| msgid "One file"
            #~ msgid "One file was deleted"
            #~ msgid_plural "%d files were deleted"
            #~ msgstr[0] "Usunięto jeden plik"
            #~ msgstr[1] "Usunięto %d pliki"
            #~ msgstr[2] "Usunięto %d plików"

            """
        let result = POReader.parse(text, path: "pl.po")
        #expect(result.diagnostics.isEmpty)
        let entry = result.catalog.entries[0]
        #expect(entry.isObsolete && entry.isFuzzy)
        #expect(entry.previousSource == "One file")
        #expect(entry.sourcePlural == "%d files were deleted")
        #expect(entry.pluralTranslations == ["Usunięto %d pliki", "Usunięto %d plików"])
        #expect(catalogRoundTrips(text))
    }

    @Test func layoutWithoutBlankLinesOrFinalNewlineIsKept() {
        let text =
            "msgid \"\"\nmsgstr \"Language: cy\\n\"\nmsgid \"Good morning\"\nmsgstr \"Bore da\"\n\n\n# trailing note\n#, fuzzy\nmsgid \"Thank you\"\nmsgstr \"Diolch\""
        let result = POReader.parse(text, path: "cy.po")
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.entries.map(\.translation) == ["Bore da", "Diolch"])
        #expect(result.catalog.entries[1].translatorComments == ["trailing note"])
        #expect(catalogRoundTrips(text))
        // Changing the last entry keeps everything before it and writes it canonically.
        var catalog = result.catalog
        catalog.entries[1].setFlag("fuzzy", false)
        #expect(
            POWriter.write(catalog)
                == "msgid \"\"\nmsgstr \"Language: cy\\n\"\nmsgid \"Good morning\"\nmsgstr \"Bore da\"\n\n\n# trailing note\nmsgid \"Thank you\"\nmsgstr \"Diolch\"\n"
        )
    }

    @Test func octalAndHexEscapes() {
        let text = "msgid \"\\101\\x42\\103\\x7a\\0101\"\nmsgstr \"\\'\\?\"\n"
        let result = POReader.parse(text, path: "x.po")
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.entries[0].source == "ABCz\u{8}1")
        #expect(result.catalog.entries[0].translation == "'?")
    }

    @Test func duplicateKeysAreReportedAndBothKept() {
        let text =
            "msgctxt \"menu.save\"\nmsgid \"Save\"\nmsgstr \"Guardar\"\n\nmsgctxt \"menu.save\"\nmsgid \"Save\"\nmsgstr \"Salvar\"\n\nmsgctxt \"other\"\nmsgid \"Save\"\nmsgstr \"Guardar\"\n"
        let result = POReader.parse(text, path: "es.po")
        #expect(result.diagnostics.count == 1)
        let diagnostic = result.diagnostics[0]
        #expect(diagnostic.check == "duplicate-key")
        #expect(diagnostic.position == TextPosition(line: 6, column: 1))
        #expect(diagnostic.message.contains("first defined at line 1"))
        #expect(result.catalog.entries.count == 3)
        #expect(catalogRoundTrips(text))
    }

    @Test(arguments: [
        ("msgid \"abc\nmsgstr \"\"\n", "unterminated string", 1, 7),
        ("msgid \"a\"\nmsgfoo \"b\"\nmsgstr \"\"\n", "unknown keyword 'msgfoo'", 2, 1),
        ("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"\"\n", "missing msgstr after this msgid", 1, 1),
        ("msgid \"a\"\nmsgstr \"x\\qy\"\n", "invalid escape sequence '\\q'", 2, 10),
        ("msgid \"a\"\nmsgstr \"x\" y\n", "unexpected text after a string", 2, 12),
        ("msgstr \"a\"\n", "msgstr without a msgid before it", 1, 1),
        ("msgid \"a\"\nmsgstr[1] \"b\"\n", "unexpected msgstr[1], expected msgstr[0]", 2, 1),
        ("msgid \"a\"\nmsgstr\n", "expected a quoted string after msgstr", 2, 7),
        ("\"stray\"\nmsgid \"a\"\nmsgstr \"\"\n", "string without a keyword before it", 1, 1),
        ("msgid \"a\"\nmsgstr \"b\"\n§ garbage\n", "unexpected text '§ garbage'", 3, 1),
        ("msgid \"Zürich\"\nmsgstr \"Zü\u{0}rich\"\n", "unexpected nul byte in a string", 2, 11),
    ])
    func syntaxErrorsHavePositionsAndHints(text: String, message: String, line: Int, column: Int) {
        let result = POReader.parse(text, path: "es.po")
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.formatted))")
        guard let diagnostic = result.diagnostics.first else { return }
        #expect(diagnostic.message == message)
        #expect(diagnostic.position == TextPosition(line: line, column: column))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.check == "po-syntax")
        #expect(diagnostic.path == "es.po")
        #expect(diagnostic.notes.count == 1)
        #expect(diagnostic.message.first?.isUppercase == false && diagnostic.message.last != ".")
        // Whatever was wrong, no text is lost.
        #expect(catalogRoundTrips(text))
    }

    @Test func parsingResumesAtTheNextEntryAfterAnError() {
        let text = "msgid \"one\"\nmsgstr \"uno\"\n\nmsgid \"two\nmsgstr \"dos\"\n\nbogus line\n\"more bogus\"\n\nmsgid \"three\"\nmsgstr \"tres\"\n"
        let result = POReader.parse(text, path: "es.po")
        #expect(result.diagnostics.map(\.message) == ["unterminated string", "unknown keyword 'bogus'"])
        #expect(result.catalog.entries.map(\.translation) == ["uno", "dos", "tres"])
        #expect(result.catalog.entries[1].source == "two")
        #expect(catalogRoundTrips(text))
    }

    @Test func truncatedRealFileReportsAndKeepsText() throws {
        let text = try CatalogFixtures.text("poedit-pl.po")
        for cut in [text.utf8.count / 3, text.utf8.count / 2, text.utf8.count - 30] {
            var end = text.utf8.index(text.utf8.startIndex, offsetBy: cut)
            while !text.unicodeScalars.indices.contains(end) { end = text.utf8.index(before: end) }
            let truncated = String(text[..<end])
            let result = POReader.parse(truncated, path: "pl.po")
            #expect(catalogRoundTrips(truncated))
            for diagnostic in result.diagnostics { #expect(diagnostic.position != nil) }
        }
        // Cut just after a msgid: the missing msgstr is reported.
        let cutAfterMsgid = "msgid \"\"\nmsgstr \"Language: pl\\n\"\n\nmsgid \"School closing early\"\n"
        let result = POReader.parse(cutAfterMsgid, path: "pl.po")
        #expect(result.diagnostics.map(\.message) == ["missing msgstr at the end of the file (truncated?)"])
        #expect(result.diagnostics.first?.position == TextPosition(line: 4, column: 1))
    }

    @Test func nulBytesOutsideStrings() {
        let text = "msgid \"a\"\nmsgstr \"b\"\n\u{0}\u{0}\u{0}\nmsgid \"c\"\nmsgstr \"d\"\n"
        let result = POReader.parse(text, path: "x.po")
        #expect(result.diagnostics.map(\.message) == ["unexpected nul byte"])
        #expect(result.diagnostics.first?.position == TextPosition(line: 3, column: 1))
        #expect(result.catalog.entries.count == 2)
        #expect(catalogRoundTrips(text))
    }

    @Test func tenMegabyteLinesFinishFast() {
        let garbage = String(repeating: "x", count: 10_000_000)
        let start = Date()
        let text = "msgid \"a\"\nmsgstr \"b\"\n" + garbage + "\nmsgid \"c\"\nmsgstr \"d\"\n"
        let result = POReader.parse(text, path: "big.po")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.position == TextPosition(line: 3, column: 1))
        #expect(result.catalog.entries.count == 2)
        #expect(catalogRoundTrips(text))

        // A 10 MB translation is valid: read whole, its map points at its end.
        let huge = "msgid \"a\"\nmsgstr \"" + String(repeating: "ż", count: 5_000_000) + "\"\n"
        let hugeResult = POReader.parse(huge, path: "big.po")
        #expect(hugeResult.diagnostics.isEmpty)
        #expect(hugeResult.catalog.entries[0].translation.unicodeScalars.count == 5_000_000)
        #expect(hugeResult.catalog.entries[0].location?.translationMap?.position(ofScalarOffset: 4_999_999) == TextPosition(line: 2, column: 5_000_008))
        let elapsed = Date().timeIntervalSince(start)
        print("two 10 MB lines parsed and written in \(String(format: "%.2f", elapsed)) s (debug)")
        #expect(elapsed < 20)
    }

    @Test func randomBytesNeverCrashAndNeverLoseText() {
        var generator = CatalogRandom(seed: CatalogRandom.seedFromEnvironment())
        print("POReaderTests.randomBytes seed: \(generator.seed)")
        let alphabet: [UInt8] = Array("msgidstrctx_[]0123 \"\\#~|,.:\n\r\t".utf8) + [0, 0xC3, 0xA9, 0xFF, 0xE6, 0x97, 0xA5]
        // Tokens make near-valid PO (keywords in odd orders, obsolete and previous lines, bad escapes).
        let tokens = [
            "msgid ", "msgstr ", "msgctxt ", "msgid_plural ", "msgstr[0] ", "msgstr[1] ", "msgstr[7] ", "#~ ", "#~| ", "#| ",
            "#, fuzzy", "#: a.html", "#. note", "# c", "\"", "\\", "\n", "\r\n", "\u{0}", "é", "日", "\\x4", "\\1",
            "\\q", " ", "\"\"", "\"text\"", "مرحبا", "\n\n",
        ]
        for iteration in 0..<400 {
            let text: String
            if iteration % 2 == 0 {
                let count = Int.random(in: 0...400, using: &generator)
                let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
                text = String(decoding: bytes, as: UTF8.self)  // lenient: invalid bytes become U+FFFD
            } else {
                text = (0..<Int.random(in: 0...80, using: &generator)).map { _ in tokens.randomElement(using: &generator)! }.joined()
            }
            let result = POReader.parse(text, path: "random.po")
            #expect(catalogRoundTrips(text), "seed \(generator.seed)")
            // Whatever was salvaged can be written canonically and read back unchanged.
            var salvaged = result.catalog
            salvaged.header?.originalText = nil
            salvaged.trailingText = ""
            for i in salvaged.entries.indices { salvaged.entries[i].originalText = nil }
            let rewritten = POReader.parse(POWriter.write(salvaged), path: "random.po")
            if !text.contains("\u{0}") {
                #expect(rewritten.diagnostics.filter { $0.check == "po-syntax" }.isEmpty, "seed \(generator.seed): \(rewritten.diagnostics.map(\.formatted))")
                #expect(rewritten.catalog == salvaged, "seed \(generator.seed)")
            }
            for diagnostic in result.diagnostics where diagnostic.check == "po-syntax" {
                #expect(diagnostic.position != nil || diagnostic.message.hasPrefix("too many"))
            }
        }
    }

    @Test func fiveThousandEntriesParseQuickly() {
        var text = "msgid \"\"\nmsgstr \"Language: es\\n\"\n"
        for i in 0..<5_000 {
            text +=
                "\n#: src/page\(i % 40).html\n#, fuzzy\nmsgctxt \"page.item_\(i)\"\nmsgid \"\"\n\"Remember to bring the signed permission slip for trip number \(i) \"\n\"before Friday.\\n\"\nmsgstr \"Recuerde traer el permiso firmado para la excursión número \(i) antes del viernes.\\n\"\n"
        }
        // CPU time of this thread, best of two runs (the first also pays one-time runtime setup):
        // the machine is shared, so wall time says more about the neighbours than the parser.
        var result: POParseResult?
        let seconds = (0..<2).map { _ in
            let start = catalogThreadCPUTime()
            result = POReader.parse(text, path: "es.po")
            return catalogThreadCPUTime() - start
        }.min()!
        #expect(result?.catalog.entries.count == 5_000)
        #expect(result?.diagnostics.isEmpty == true)
        #if DEBUG
            let build = "debug"
            let limit = 3.0
        #else
            let build = "release"
            let limit = 0.1
        #endif
        print("5,000 entries (\(text.utf8.count / 1024) KB) parsed in \(String(format: "%.1f", seconds * 1000)) ms CPU (\(build) build)")
        #expect(seconds < limit)
    }
}

/// CPU seconds used by the calling thread.
func catalogThreadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

typealias CatalogRandom = SeededRandom
