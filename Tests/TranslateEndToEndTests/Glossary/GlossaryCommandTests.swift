import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// `translate glossary` as users run it.
@Suite struct GlossaryCommandTests {
    /// `--import-tbx` of our own `--export-tbx` leaves the sample's glossary.csv byte for byte as it was (it used to
    /// swap the `pl pattern` and `ar pattern` columns), and the export uses TBX-Basic data categories, picklist
    /// values included, except the two extensions it names in its header.
    @Test func sampleGlossaryThroughTBXIsByteIdenticalAndTBXBasic() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let csvURL = project.appendingPathComponent(Glossary.relativePath)
        let before = try Data(contentsOf: csvURL)
        let tbxURL = project.appendingPathComponent("glossary.tbx")
        let export = try TranslateBinary.run(["glossary", "--export-tbx", tbxURL.path], in: project)
        #expect(export.status == 0, "\(export.stderr)")
        let tbx = try String(contentsOf: tbxURL, encoding: .utf8)
        let imported = try TranslateBinary.run(["glossary", "--import-tbx", tbxURL.path], in: project)
        #expect(imported.status == 0, "\(imported.stderr)")
        let after = try Data(contentsOf: csvURL)
        #expect(after == before, "glossary.csv changed:\n\(String(decoding: after, as: UTF8.self))")

        // Data categories: TBX-Basic's, or one of the declared extensions.
        let types = Set(tbx.components(separatedBy: " type=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        #expect(types == ["TBX-Basic", "definition", "partOfSpeech", "administrativeStatus", "x-doNotTranslate", "x-pattern", "XCSURI"], "\(types)")
        #expect(tbx.contains("<p>data categories beyond TBX-Basic: x-doNotTranslate, x-pattern</p>"))
        let partsOfSpeech = Set(tbx.components(separatedBy: "<termNote type=\"partOfSpeech\">").dropFirst().map { String($0.prefix { $0 != "<" }) })
        #expect(partsOfSpeech == ["noun", "properNoun"])
        #expect(!tbx.contains("translationNote") && !tbx.contains("proper noun"))
        // A part of speech outside the picklist travels as `other` and comes back from the glossary it replaces.
        var glossary = try Glossary.parse(String(decoding: before, as: UTF8.self), path: "g.csv")
        glossary.entries[0].partOfSpeech = "noun phrase"
        let written = try TBXDocument.write(glossary)
        #expect(written.contains("<termNote type=\"partOfSpeech\">other</termNote>"))
        #expect(glossary.replaced(by: try TBXDocument.read(written, path: "g.tbx")).csv() == glossary.csv())
    }
}
