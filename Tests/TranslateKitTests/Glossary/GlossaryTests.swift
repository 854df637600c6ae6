import Foundation
import Testing
import TranslateICU
import TranslateTestSupport

@testable import TranslateKit

/// The glossary file, term matching, collation order and duplicates, TBX, and the three glossary checks.
@Suite struct GlossaryTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func sampleGlossaryIsTheDocumentedOneAndParses() throws {
        let file = try TextFile.read(Self.repositoryRoot.appendingPathComponent("Glossary/glossary.csv"))
        #expect(file == Glossary.sampleCSV + "\n", "Glossary/glossary.csv and Glossary.sampleCSV differ")
        let glossary = try Glossary.parse(file, path: "Glossary/glossary.csv")
        #expect(glossary.languages == ["en", "es-US", "ar", "pl", "zh-Hans"])
        #expect(glossary.entries.count == 7)
        let board = try #require(glossary.entries.first { $0.english == "Board of Education" })
        #expect(board.terms["pl"] == ["Rada Edukacji"])
        #expect(board.patterns["pl"] == ["Rad* Edukacji"])
        #expect(board.line == 8)
        let magnet = glossary.entries.filter { $0.english == "magnet school" }
        #expect(magnet.map(\.status) == [.preferred, .forbidden])
        #expect(magnet[1].terms["es-US"] == ["escuela imán", "escuelas imán"])
        #expect(glossary.entries.filter(\.doNotTranslate).map(\.english) == ["Weaver High School"])
        // A definition with commas was quoted and comes back whole.
        #expect(magnet[0].definition.contains("(science, arts, Montessori)"))
    }

    @Test func csvWriterRoundTrips() throws {
        let csv = Glossary.examples.csv()
        let again = try Glossary.parse(csv, path: "g.csv")
        #expect(again.entries.map(\.terms) == Glossary.examples.entries.map(\.terms))
        #expect(again.entries.map(\.patterns) == Glossary.examples.entries.map(\.patterns))
        #expect(again.entries.map(\.definition) == Glossary.examples.entries.map(\.definition))
        #expect(again.entries.map(\.status) == Glossary.examples.entries.map(\.status))
        #expect(again.entries.map(\.doNotTranslate) == Glossary.examples.entries.map(\.doNotTranslate))
        #expect(again.csv() == csv)
    }

    @Test func columnsResolveByTagAndNeverAcrossScripts() {
        let glossary = Glossary.examples
        #expect(glossary.column(for: "es") == "es-US")
        #expect(glossary.column(for: "ES-us") == "es-US")
        #expect(glossary.column(for: "zh") == "zh-Hans")
        #expect(glossary.column(for: "zh-Hant") == nil)
        #expect(glossary.column(for: "ru") == nil)
    }

    @Test func byteOrderMarkAndCRLFAreTolerated() throws {
        let text = "\u{FEFF}en,pl,status\r\n\"Board of Education\",\"Rada Edukacji\",preferred\r\n"
        let glossary = try Glossary.parse(text, path: "g.csv")
        #expect(glossary.entries.map(\.english) == ["Board of Education"])
        #expect(glossary.entries[0].terms["pl"] == ["Rada Edukacji"])
    }

    @Test(arguments: [
        ("en,es\n\"magnet school,escuela magnet\n", "g.csv:2:1", "never closed"),
        ("en,es\nmagnet \"school\",escuela\n", "g.csv:2:8", "quote inside an unquoted field"),
        ("en,es\n\"magnet school\"x,escuela\n", "g.csv:2:16", "after the closing quote"),
        ("en,es,colour\nmagnet school,escuela magnet,red\n", "g.csv:1:7", "unknown column 'colour'"),
        ("en,es,status\nmagnet school,escuela imán,wrong\n", "g.csv:2:28", "unknown status 'wrong'"),
        ("en,es\nmagnet school,escuela magnet,extra\n", "g.csv:2:30", "3 fields"),
        ("es,pl\nescuela,szkoła\n", "g.csv:1:1", "no 'en' column"),
        ("en,es,do-not-translate\nWeaver High School,,maybe\n", "g.csv:2:21", "yes or no"),
    ])
    func malformedGlossariesStopWithPosition(text: String, location: String, fragment: String) {
        do {
            _ = try Glossary.parse(text, path: "g.csv")
            Issue.record("expected an error for \(text.debugDescription)")
        } catch let error as TranslateError {
            #expect(error.description.hasPrefix(location + ":"), "\(error.description)")
            #expect(error.message.contains(fragment), "\(error.message)")
        } catch { Issue.record("\(error)") }
    }

    @Test func matchingIsWholeWordCaseInsensitiveAccentSensitive() {
        let english = ICU.Locale(identifier: "en")
        #expect(!TermMatcher(text: "The BOARD OF EDUCATION met.", locale: english).ranges(of: "Board of Education").isEmpty)
        #expect(TermMatcher(text: "Meet in the boardroom of Education Hall.", locale: english).ranges(of: "board").isEmpty)
        #expect(TermMatcher(text: "Send your résumé.", locale: english).ranges(of: "resume").isEmpty)
        #expect(!TermMatcher(text: "Send your résumé.", locale: english).ranges(of: "Résumé").isEmpty)
        // Decomposed é (e + U+0301) is the same letter as the precomposed one.
        #expect(!TermMatcher(text: "Send your re\u{301}sume\u{301}.", locale: english).ranges(of: "résumé").isEmpty)
        // The range points at the scalars of the match.
        #expect(TermMatcher(text: "The Board of  Education", locale: english).ranges(of: "board of education") == [4..<23])
        // A word break inside the term must be matched by the same kind of gap.
        #expect(TermMatcher(text: "Board-of Education", locale: english).ranges(of: "Board of Education").isEmpty)
    }

    @Test func caseSensitiveRowsMatchOnlyTheirCapitals() throws {
        let glossary = try Glossary.parse("en,es,case-sensitive\nUS,EE. UU.,yes\nschool,escuela,no\n", path: "g.csv")
        #expect(glossary.entries.map(\.caseSensitive) == [true, false])
        // "us" the pronoun is not the country.
        #expect(Self.findings(GlossaryCheck(), "es", "Call us today.", "Llámenos hoy.", glossary: glossary).isEmpty)
        #expect(Self.findings(GlossaryCheck(), "es", "Born in the US.", "Nacido en EE. UU.", glossary: glossary).isEmpty)
        #expect(Self.findings(GlossaryCheck(), "es", "Born in the US.", "Nacido en ee. uu.", glossary: glossary).count == 1)
        #expect(Self.findings(GlossaryCheck(), "es", "Born in the US.", "Nacido en Estados Unidos.", glossary: glossary).count == 1)
        #expect(Self.findings(GlossaryCheck(), "es", "SCHOOL starts.", "La ESCUELA empieza.", glossary: glossary).isEmpty)
        #expect(try Glossary.parse(glossary.csv(), path: "g.csv").entries.map(\.caseSensitive) == [true, false])
    }

    @Test func patternsFindInflectedForms() {
        let polish = ICU.Locale(identifier: "pl")
        for sentence in [
            "Rada Edukacji zbiera się.", "Posiedzenie Rady Edukacji.", "Piszemy do Rady Edukacji.", "Mówimy o Radzie Edukacji.", "Wybieramy Radę Edukacji.",
        ] {
            #expect(!TermMatcher(text: sentence, locale: polish).ranges(of: "Rad* Edukacji").isEmpty, "\(sentence)")
        }
        #expect(TermMatcher(text: "Mówimy o Radzie Edukacji.", locale: polish).ranges(of: "Rada Edukacji").isEmpty)
        #expect(TermMatcher(text: "Rada Miasta", locale: polish).ranges(of: "Rad* Edukacji").isEmpty)
        let russian = ICU.Locale(identifier: "ru")
        #expect(!TermMatcher(text: "Заседание совета по образованию", locale: russian).ranges(of: "совет* по образованию").isEmpty)
        // Arabic attaches prepositions in front: a leading * accepts them.
        let arabic = ICU.Locale(identifier: "ar")
        #expect(!TermMatcher(text: "رسالة لمجلس التعليم", locale: arabic).ranges(of: "*مجلس التعليم").isEmpty)
        #expect(TermMatcher(text: "رسالة لمجلس التعليم", locale: arabic).ranges(of: "مجلس التعليم").isEmpty)
        // Chinese has no spaces: the term is found inside the sentence.
        #expect(!TermMatcher(text: "教育委员会周一开会。", locale: ICU.Locale(identifier: "zh")).ranges(of: "教育委员会").isEmpty)
    }

    @Test func indexNeverHidesAMatch() throws {
        // Whatever the index files a row under, every row that really matches must be among its candidates.
        var random = ExchangeRandom()
        print("GlossaryTests.indexNeverHidesAMatch seed: \(random.seed)")
        var matches = 0
        let words = ["rada", "Rady", "edukacji", "school", "magnet", "escuela", "imán", "Board", "of", "Education", "教育委员会", "مجلس", "لمجلس", "التعليم"]
        for _ in 0..<30 {
            var rows = ["en,pl,status,pl pattern"]
            for i in 0..<12 {
                let english = (0..<Int.random(in: 1...3, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
                let polish = (0..<Int.random(in: 1...2, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
                let pattern = Bool.random(using: &random) ? "" : (Bool.random(using: &random) ? "*" : "") + words.randomElement(using: &random)!.prefix(3) + "*"
                rows.append("\(english) \(i),\(polish),\(Bool.random(using: &random) ? "forbidden" : "preferred"),\(pattern)")
            }
            let glossary = try Glossary.parse(rows.joined(separator: "\n"), path: "g.csv")
            let index = GlossaryIndex(glossary, column: "pl", locale: ICU.Locale(identifier: "pl"))
            for _ in 0..<20 {
                let text = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                    words.randomElement(using: &random)! + (Bool.random(using: &random) ? " \(Int.random(in: 0..<12, using: &random))" : "")
                }.joined(separator: " ")
                for locale in ["en", "pl"] {
                    let matcher = TermMatcher(text: text, locale: ICU.Locale(identifier: locale))
                    let english = Set(index.englishCandidates(in: matcher).map(\.line))
                    for entry in glossary.entries where matcher.contains(anyOf: entry.terms["en"] ?? []) {
                        matches += 1
                        #expect(english.contains(entry.line), "seed \(random.seed): '\(entry.english)' in '\(text)'")
                    }
                    let forbidden = Set(index.forbiddenCandidates(in: matcher).map(\.line))
                    for entry in glossary.entries
                    where entry.status == .forbidden && matcher.contains(anyOf: (entry.terms["pl"] ?? []) + (entry.patterns["pl"] ?? [])) {
                        matches += 1
                        #expect(forbidden.contains(entry.line), "seed \(random.seed): forbidden '\(entry.terms["pl"] ?? [])' in '\(text)'")
                    }
                }
            }
        }
        #expect(matches > 100, "seed \(random.seed): only \(matches) matches; the property was hardly exercised")
    }

    static func listing(_ rows: String, _ tag: String) throws -> GlossaryListing {
        let glossary = try Glossary.parse(rows, path: "g.csv")
        let registry = LanguageRegistry.builtIn()
        return GlossaryListing(glossary, language: tag, collator: try registry.collator(for: tag), primary: try registry.collator(for: tag, strength: .primary))
    }

    @Test func listingFollowsEachLanguagesCollation() throws {
        // Spanish: ñ is a letter after n. Code-point order would put "ñandú" after "zapato".
        let spanish = try Self.listing("en,es\nchild,niño\nrhea,ñandú\ncloud,nube\nshoe,zapato\nbee,abeja\n", "es")
        #expect(spanish.items.map(\.term) == ["abeja", "niño", "nube", "ñandú", "zapato"])
        // Polish: ł after l, ś after s, ż after ź after z.
        let polish = try Self.listing("en,pl\nsummer,lato\nboat,łódź\nmother,mama\nsnow,śnieg\nrain,sad\nyellow,żółty\nchain,źródło\nback,zad\n", "pl")
        #expect(polish.items.map(\.term) == ["lato", "łódź", "mama", "sad", "śnieg", "zad", "źródło", "żółty"])
        // Arabic: alphabetical by the Arabic letters (ا ب ت … م … ي), Arabic before Latin.
        let arabic = try Self.listing("en,ar\nschool,مدرسة\nhouse,بيت\nlesson,درس\nfather,أب\nday,يوم\nbrand,Weaver\n", "ar")
        #expect(arabic.items.map(\.term) == ["أب", "بيت", "درس", "مدرسة", "يوم", "Weaver"])
        #expect(spanish.duplicates.isEmpty && polish.duplicates.isEmpty && arabic.duplicates.isEmpty)
    }

    @Test func primaryStrengthEqualTermsAreLikelyDuplicates() throws {
        let listing = try Self.listing("en,es\nresume,currículum\nrésumé,curriculum\nboard,junta\nBoard,Junta\nschool,escuela\n", "en")
        #expect(listing.duplicates.map(\.terms) == [["board", "Board"], ["resume", "résumé"]])
        #expect(listing.duplicates.map(\.lines) == [[4, 5], [2, 3]])
        let spanish = try Self.listing("en,es\nresume,currículum\nrésumé,curriculum\nboard,junta\nBoard,Junta\nschool,escuela\n", "es")
        #expect(spanish.duplicates.map(\.terms) == [["curriculum", "currículum"].sorted(), ["junta", "Junta"]].sorted { $0[0] < $1[0] })
        // A forbidden rendering of the same concept is not a duplicate of the preferred one.
        let magnet = try Self.listing("en,es,status\nmagnet school,escuela magnet,preferred\nmagnet school,escuela imán,forbidden\n", "en")
        #expect(magnet.duplicates.isEmpty)
    }

    // MARK: Checks with a project glossary

    static func findings(_ check: any Check, _ language: String, _ source: String, _ translation: String, glossary: Glossary? = Glossary.examples) -> [String] {
        let runner = CheckRunner(checks: [check], catalogChecks: [], glossary: glossary)
        let entry = CatalogEntry(key: "k", source: source, translation: translation)
        let context = CheckContext(languageTag: language, glossary: glossary)
        return runner.run(entry, path: "Locales/\(language).po", context: context).map(\.message)
    }

    @Test func checksStayQuietWithoutAGlossary() {
        #expect(Self.findings(GlossaryCheck(), "es", "The Board of Education meets.", "El Consejo Escolar se reúne.", glossary: nil).isEmpty)
        #expect(Self.findings(DoNotTranslateCheck(), "es", "Welcome to Hartford Public Schools", "Bienvenidos", glossary: nil).isEmpty)
        #expect(Self.findings(ForbiddenTermCheck(), "es", "magnet school", "escuela imán", glossary: nil).isEmpty)
    }

    @Test func glossaryCheckOnRealSentences() {
        // Spanish catalogs named es-US or es both find the es-US column.
        #expect(
            Self.findings(GlossaryCheck(), "es-US", "The Seal of Biliteracy is on your diploma.", "El Sello de Alfabetización Bilingüe está en su diploma.")
                .isEmpty)
        #expect(
            Self.findings(GlossaryCheck(), "es-US", "The Seal of Biliteracy is on your diploma.", "El Sello de Bilingüismo está en su diploma.")
                == ["the English has the glossary term 'Seal of Biliteracy'; the translation uses none of 'Sello de Alfabetización Bilingüe'"])
        // Accent-sensitive: "Educacion" without the accent is not the glossary term.
        #expect(!Self.findings(GlossaryCheck(), "es", "Board of Education", "Junta de Educacion").isEmpty)
        #expect(Self.findings(GlossaryCheck(), "pl", "Chronic absence is rising.", "Rośnie chroniczna absencja.").isEmpty)
        #expect(Self.findings(GlossaryCheck(), "pl", "We fight chronic absence.", "Walczymy z chroniczną absencją.").isEmpty)
        // Languages without a term for the concept are not checked.
        #expect(Self.findings(GlossaryCheck(), "ar", "Apply to a magnet school.", "قدّم طلبًا إلى مدرسة.").isEmpty)
        #expect(Self.findings(GlossaryCheck(), "ru", "The Board of Education meets.", "Совет собирается.").isEmpty)
    }

    @Test func doNotTranslateAndForbiddenOnRealSentences() {
        #expect(
            Self.findings(DoNotTranslateCheck(), "ar", "Weaver High School and Hartford Public Schools", "Weaver High School و Hartford Public Schools").isEmpty
        )
        #expect(
            Self.findings(DoNotTranslateCheck(), "zh", "Weaver High School and Hartford Public Schools", "韦弗高中和哈特福德公立学校")
                == ["'Weaver High School' must appear verbatim in the translation"])
        #expect(
            Self.findings(ForbiddenTermCheck(), "es", "Two magnet schools opened.", "Abrieron dos escuelas imán.")
                == ["'escuelas imán' is a forbidden term for 'magnet school'; use 'escuela magnet'"])
        // The word must be whole: "imanes" is not "imán".
        #expect(Self.findings(ForbiddenTermCheck(), "es", "Bring magnets.", "Traigan escuela imanes.").isEmpty)
        #expect(Self.findings(ForbiddenTermCheck(), "pl", "Apply to a magnet school.", "escuela imán").isEmpty)
    }

    @Test func projectCheckerLoadsTheProjectGlossary() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-project-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Locales"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Glossary"), withIntermediateDirectories: true)
        try Glossary.sampleCSV.write(to: root.appendingPathComponent("Glossary/glossary.csv"), atomically: true, encoding: .utf8)
        let po = """
            msgid ""
            msgstr ""
            "Language: es\\n"

            msgctxt "enroll"
            msgid "Apply to a magnet school."
            msgstr "Solicite una escuela imán."

            """
        try po.write(to: root.appendingPathComponent("Locales/es.po"), atomically: true, encoding: .utf8)
        let report = try ProjectChecker.check(root: root)
        let forbidden = report.diagnostics.filter { $0.check == "forbidden-term" }
        #expect(forbidden.count == 1)
        #expect(forbidden.first?.position == TextPosition(line: 7, column: 22))
        #expect(forbidden.first?.severity == .error)
        // A broken glossary stops the check with its position instead of silently checking nothing.
        try "en,es\n\"magnet school,escuela\n".write(to: root.appendingPathComponent("Glossary/glossary.csv"), atomically: true, encoding: .utf8)
        #expect(throws: TranslateError.self) { try ProjectChecker.check(root: root) }
    }

    // MARK: TBX

    @Test func tbxRoundTripKeepsEveryConcept() throws {
        let tbx = try TBXDocument.write(Glossary.examples)
        #expect(tbx.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
        #expect(tbx.contains("<descrip type=\"definition\">"))
        #expect(tbx.contains("<termNote type=\"partOfSpeech\">noun</termNote>"))
        let read = try TBXDocument.read(tbx, path: "g.tbx")
        var expected = Glossary.examples
        for index in expected.entries.indices { expected.entries[index].line = 0 }
        var got = read
        for index in got.entries.indices { got.entries[index].line = 0 }
        #expect(got.entries == expected.entries)
        #expect(Set(got.languages) == Set(expected.languages))
        // Language order comes from the file on import, so the second export is a fixed point.
        let again = try TBXDocument.write(read)
        #expect(try TBXDocument.write(try TBXDocument.read(again, path: "g.tbx")) == again, "TBX export is not deterministic")
        #expect(try TBXDocument.write(Glossary.examples) == tbx)
    }

    @Test func tbxFromOtherToolsReadsAndEntitiesAreRefused() throws {
        // Shaped like Weblate's export: a DOCTYPE naming the DTD (never loaded), termEntry/langSet/tig.
        let weblate = """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
            <martif type="TBX" xml:lang="en"><text><body>
            <termEntry><langSet xml:lang="en"><tig><term>report card</term></tig></langSet>
            <langSet xml:lang="pl"><tig><term>świadectwo</term></tig></langSet></termEntry>
            </body></text></martif>
            """
        let glossary = try TBXDocument.read(weblate, path: "w.tbx")
        #expect(glossary.entries.map { $0.terms["pl"] ?? [] } == [["świadectwo"]])
        // TBX v3 shape.
        let v3 = """
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>chronic absence</term></termSec></langSec>
            <langSec xml:lang="ar"><termSec><term>الغياب المزمن</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
            </body></text></tbx>
            """
        #expect(try TBXDocument.read(v3, path: "v3.tbx").entries.first?.terms["ar"] == ["الغياب المزمن"])
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("tbx-secret-\(UUID().uuidString).txt")
        try "TOP-SECRET-TBX".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE martif [<!ENTITY leak SYSTEM "\(secret.absoluteString)">]>
            <martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&leak;</term></tig></langSet></termEntry></body></text></martif>
            """
        do {
            let read = try TBXDocument.read(xxe, path: "x.tbx")
            Issue.record("an entity-declaring TBX was read: \(read)")
        } catch let error as TranslateError {
            #expect(!error.description.contains("TOP-SECRET"))
            #expect(error.position == TextPosition(line: 2, column: 1))
        }
    }
}
