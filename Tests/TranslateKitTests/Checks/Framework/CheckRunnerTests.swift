import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Checks run on real PO text through the real reader: positions, ignore flags, severities, robustness.
@Suite struct CheckRunnerTests {
    static let polish = """
        msgid ""
        msgstr ""
        "Language: pl\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"

        #. Shown on the home page
        msgctxt "home.closed"
        msgid "School is closed today."
        msgstr "Szkoła jest dziś zamknięta"

        msgctxt "home.call"
        msgid "Call (860) 695-8000 for help."
        msgstr "Zadzwoń pod (860) 695-8001, aby uzyskać pomoc."

        msgctxt "home.kids"
        msgid "Children"
        msgstr ""
        "Dzie"
        "сi"

        #, fuzzy
        #| msgid "Bus 12 is late."
        msgctxt "bus.late"
        msgid "Bus 14 is late."
        msgstr "Autobus 12 się spóźnia"

        #, ignore-punctuation
        msgctxt "menu"
        msgid "Lunch menu."
        msgstr "Jadłospis"

        """

    func run(_ text: String, language: String, settings: CheckSettings = CheckSettings()) -> [Diagnostic] {
        CheckRunner(settings: settings).run(text: text, path: "Locales/\(language).po", language: language)
    }

    @Test func findingsPointAtTheExactLineAndColumn() {
        let diagnostics = run(Self.polish, language: "pl")
        let summary = diagnostics.map { "\($0.position?.description ?? "-") \($0.check ?? "") \($0.key ?? "")" }
        // The missing full stop: after 'zamknięta', the closing quote of line 9 (column 34).
        #expect(summary.contains("9:34 punctuation home.closed"), "\(summary)")
        #expect(summary.contains("13:9 protected home.call"))
        // The Cyrillic 'с' sits on the second continuation line, right after the quote.
        #expect(summary.contains("19:2 unicode home.kids"))
        #expect(summary.contains("21:1 stale bus.late"))
    }

    @Test func fuzzyEntriesGetOnlyTheStaleCheck() {
        let diagnostics = run(Self.polish, language: "pl").filter { $0.key == "bus.late" }
        #expect(diagnostics.map(\.check) == ["stale"], "\(diagnostics.map(\.formatted))")
        #expect(diagnostics[0].notes.contains("the English was: \"Bus 12 is late.\""))
    }

    @Test func ignoreFlagSilencesOnlyThatCheck() {
        let diagnostics = run(Self.polish, language: "pl").filter { $0.key == "menu" }
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        let without = Self.polish.replacingOccurrences(of: "#, ignore-punctuation\n", with: "")
        #expect(run(without, language: "pl").contains { $0.key == "menu" && $0.check == "punctuation" })
    }

    @Test func severityIsRegradedPerLanguageThenGlobally() {
        var settings = CheckSettings(severities: ["protected": .warning])
        #expect(run(Self.polish, language: "pl", settings: settings).first { $0.check == "protected" }?.severity == .warning)
        settings.languageSeverities = ["pl": ["protected": .info]]
        #expect(run(Self.polish, language: "pl", settings: settings).first { $0.check == "protected" }?.severity == .info)
        settings.languageDisabled = ["pl": ["protected"]]
        #expect(!run(Self.polish, language: "pl", settings: settings).contains { $0.check == "protected" })
    }

    @Test func fixHintIsTheFirstNote() {
        let protected = run(Self.polish, language: "pl").first { $0.check == "protected" }!
        #expect(protected.notes.first == ProtectedCheck().fixHint)
        #expect(protected.locale == "pl")
    }

    @Test func gettextPluralFormsAreCheckedToo() {
        let russian = """
            msgid ""
            msgstr "Language: ru\\n"

            msgid "%d file was deleted."
            msgid_plural "%d files were deleted."
            msgstr[0] "%d файл удалён."
            msgstr[1] "%d файла удалены."
            msgstr[2] "%d файлов удалено"

            """
        let diagnostics = run(russian, language: "ru")
        #expect(diagnostics.contains { $0.check == "punctuation" && $0.position?.line == 8 }, "\(diagnostics.map(\.formatted))")
        #expect(diagnostics.filter { $0.check == "punctuation" }.count == 1)
    }

    @Test func criticalMessagesMustBeTranslatedInEveryRequiredLanguage() {
        let template = Catalog(entries: [
            CatalogEntry(key: "closing.snow", source: "Schools are closed today because of snow.", flags: ["critical"]),
            CatalogEntry(key: "lunch", source: "Lunch menu"),
        ])
        let arabic = """
            msgid ""
            msgstr "Language: ar\\n"

            msgctxt "lunch"
            msgid "Lunch menu"
            msgstr "قائمة الغداء"

            """
        let runner = CheckRunner(settings: CheckSettings(minimumCoverage: ["*": 0.9]))
        let diagnostics = runner.run(text: arabic, path: "Locales/ar.po", language: "ar", template: template).filter { $0.check == "coverage" }
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("'closing.snow' is missing from the file") })
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("50.0% translated (1 of 2); the project requires 90.0%") })
        let notRequired = CheckRunner(settings: CheckSettings(requiredLanguages: ["es"]))
            .run(text: arabic, path: "Locales/ar.po", language: "ar", template: template)
        #expect(!notRequired.contains { $0.check == "coverage" })
    }

    @Test func messageFormatErrorsPointAtTheBraceAndSourcesAreJudgedOnce() {
        let template = POReader.parse(
            """
            msgctxt "files"
            msgid "{count, plural, one {# file} other {# files}"
            msgstr ""

            """, path: "Locales/messages.pot"
        ).catalog
        let source = CheckRunner().runSource(template, path: "Locales/messages.pot")
        #expect(
            source.map(\.formatted) == [
                "Locales/messages.pot:2:8: error: [icu-syntax] the English is not valid ICU MessageFormat: this '{' is never closed (1 unclosed)"
            ])
        let spanish = """
            msgctxt "files"
            msgid "{count, plural, one {# file} other {# files}"
            msgstr "{count, plural, one {# archivo} other {# archivos}"

            msgctxt "hello"
            msgid "Hello, {name}."
            msgstr "Hola, {nombre."

            """
        let diagnostics = run(spanish, language: "es").filter { $0.check == "icu-syntax" }
        // The broken source is not blamed on each language; the Spanish error is, at the parser's column (the '.').
        #expect(
            diagnostics.map(\.formatted) == [
                "Locales/es.po:7:22: error: [icu-syntax] the translation is not valid ICU MessageFormat: unexpected '.' after argument name 'nombre': expected ',' or '}'"
            ])
    }

    @Test func brokenFilesGiveDiagnosticsNotCrashes() throws {
        var generator = GarbageGenerator(seed: 0xC0FFEE)
        print("CheckRunnerTests garbage seed: 0xC0FFEE")
        for _ in 0..<50 {
            let bytes = (0..<Int.random(in: 1...400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = run(text, language: "pl")
        }
        let truncated = String(Self.polish.prefix(200))
        let diagnostics = run(truncated, language: "pl")
        #expect(diagnostics.contains { $0.check == "po-syntax" && $0.position != nil }, "\(diagnostics.map(\.formatted))")
    }

    @Test func aTenMegabyteLineIsCheckedQuickly() {
        let long = String(repeating: "Zajęcia ", count: 1_300_000)
        let text = "msgid \"\"\nmsgstr \"Language: pl\\n\"\n\nmsgid \"Classes.\"\nmsgstr \"\(long)\"\n"
        let start = Date()
        let diagnostics = run(text, language: "pl")
        let elapsed = Date().timeIntervalSince(start)
        #expect(diagnostics.contains { $0.check == "oversize-entry" && $0.position?.line == 4 }, "\(diagnostics.map(\.formatted))")
        #expect(!diagnostics.contains { $0.check == "whitespace" })
        #expect(elapsed < 10, "took \(elapsed) s")
        // Below the limit the checks run, and point into the long line.
        let settings = CheckSettings(maximumEntryLength: 20_000_000)
        let shorter = String(repeating: "Zajęcia ", count: 20_000)
        let checked = run("msgid \"Classes.\"\nmsgstr \"\(shorter)\"\n", language: "pl", settings: settings)
        #expect(checked.contains { $0.check == "whitespace" && $0.position == TextPosition(line: 2, column: 160_008) }, "\(checked.map(\.formatted))")
    }
}

private typealias GarbageGenerator = SeededRandom
