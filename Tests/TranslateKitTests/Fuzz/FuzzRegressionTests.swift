import Foundation
import Testing

@testable import TranslateKit

/// Inputs that scripts/fuzz.sh found breaking an invariant, minimized, kept in Fixtures/Fuzz/<target>/ so the
/// bug stays fixed without running the fuzzer. Each test asserts the invariant the fuzz target checks.
@Suite struct FuzzRegressionTests {
    static func fixture(_ target: String, _ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try String(contentsOf: folder.appendingPathComponent("Fuzz/\(target)/\(name)"), encoding: .utf8)
    }

    /// po: 201 lines that are not PO; the summary after the 200 listed errors had no position
    /// (so `translate check` printed a bare path), and now points at the first error it does not list.
    @Test func tooManySyntaxErrorsSummaryHasAPosition() throws {
        let text = try Self.fixture("po", "too-many-syntax-errors.po")
        let diagnostics = POReader.parse(text, path: "fuzz.po").diagnostics
        #expect(diagnostics.count == 201)
        for diagnostic in diagnostics {
            #expect(diagnostic.position != nil, "\(diagnostic.formatted)")
        }
        let summary = try #require(diagnostics.last)
        #expect(summary.message.hasPrefix("too many syntax errors (201)"))
        #expect(summary.position == TextPosition(line: 201, column: 1))
    }

    /// csv: a file of three byte order marks and "o". TextFile drops the first, CSVTable.parse the second, so the
    /// field is "\u{FEFF}o"; written unquoted, that BOM was dropped again on reading. A field starting with one
    /// is now quoted, so write then parse gives the same records.
    @Test func fieldStartingWithByteOrderMarkSurvivesWriteAndParse() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let data = try Data(contentsOf: folder.appendingPathComponent("Fuzz/csv/field-starting-with-bom.csv"))
        let text = try TextFile.decode(data, path: "fuzz.csv")
        let values = try CSVTable.parse(text, path: "fuzz.csv").records.map { $0.map(\.value) }
        #expect(values.map { $0.map { Array($0.unicodeScalars) } } == [[["\u{FEFF}", "o"]]])
        let again = try CSVTable.parse(CSVTable.write(values), path: "written.csv").records.map { $0.map(\.value) }
        #expect(again.map { $0.map { Array($0.unicodeScalars) } } == values.map { $0.map { Array($0.unicodeScalars) } })
    }

    /// tbx: a language whose only <langSet> has no term. Reading keeps it as a glossary column; the export
    /// wrote no langSet for it, so importing our own export dropped the column (issue #17, item 4:
    /// import of our export must leave glossary.csv byte-identical). TBX-Basic has no empty langSet: the
    /// export now names the glossary's languages in the header (`<p type="x-languages">`) when one has no term.
    @Test
    func languageWithoutTermsSurvivesExportAndImport() throws {
        let glossary = try TBXDocument.read(try Self.fixture("tbx", "language-without-terms.tbx"), path: "fuzz.tbx")
        #expect(glossary.languages == ["en", "pl"])
        let again = try TBXDocument.read(try TBXDocument.write(glossary), path: "written.tbx")
        #expect(again.languages == glossary.languages)
    }

    /// tbx (and every XML reader): a processing instruction without data, `<?x?>`, killed the process with
    /// SIGSEGV: FoundationXML's callback calls strlen on the NULL data libxml2 passes (any XMLParser with a
    /// delegate). `translate tm import`, `import` of XLIFF and `glossary --import-tbx` all died on such a file;
    /// the readers now refuse it with its position before parsing.
    @Test func processingInstructionWithoutDataDoesNotCrashXMLReaders() throws {
        let text = try Self.fixture("xml", "processing-instruction-without-data.tmx")
        for read in [
            { _ = try TMXReader.parse(text, path: "fuzz.tmx") }, { _ = try TBXDocument.read(text, path: "fuzz.tbx") },
            { _ = try XLIFFDocument.read(text, path: "fuzz.xlf") },
        ] as [() throws -> Void] {
            #expect { try read() } throws: { "\($0)".contains("processing instruction without data") }
        }
        // One with data, in a comment or in CDATA, is read as before.
        let fine =
            "<?xml version=\"1.0\"?><?x data?><!-- <?y?> --><tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg><![CDATA[<?z?>]]></seg></tuv></tu></body></tmx>"
        #expect(try TMXReader.parse(fine, path: "fine.tmx").units.count == 1)
    }

    /// tmx: `<?xml version='1.0' encoding='utf-7'` with no closing `?>` reached libxml2 with its declared encoding,
    /// which crashed in xmlSwitchToEncoding (SEGV) under `translate tm import`. Every XML reader now declares
    /// UTF-8 through one function (the text is already decoded), so the file is read as malformed XML instead.
    @Test func aDeclaredUTF7WithoutTheDeclarationsEndDoesNotCrash() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let data = try Data(contentsOf: folder.appendingPathComponent("Fuzz/xml/utf7-declaration-without-end.tmx"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(XMLTree.declaringUTF8(text).hasPrefix("<?xml version='1.0' encoding=\"UTF-8\"<seg>"))
        #expect(throws: TranslateError.self) { _ = try TMXReader.parse(text, path: "fuzz.tmx") }
        #expect(throws: TranslateError.self) { _ = try TBXDocument.read(text, path: "fuzz.tbx") }
    }
}
