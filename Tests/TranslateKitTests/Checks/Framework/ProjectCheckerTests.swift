import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateBenchKit
@testable import TranslateKit

/// Checking a project folder: what the command runs. Never writes; broken files become diagnostics.
@Suite struct ProjectCheckerTests {
    func project(_ files: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Locales"), withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: root.appendingPathComponent("Locales/\(name)")) }
        return root
    }

    /// Usage errors name the file the user would create, relative to the root, with the tag as given.
    @Test func usageErrorsNameTheMissingFileRelativeToTheRoot() throws {
        let root = try project(["pl.po": Array("msgid \"\"\nmsgstr \"\"\n".utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        func error(_ body: () throws -> CheckReport) -> TranslateError? {
            do {
                _ = try body()
                return nil
            } catch { return error as? TranslateError }
        }
        let missing = error { try ProjectChecker.check(root: root, languages: ["de"]) }
        #expect(missing?.path == "Locales/de.po")
        #expect(missing?.message == "no file for language 'de'")
        #expect(missing?.hint == "languages with files: pl")
        #expect(error { try ProjectChecker.check(root: root, sourceOnly: true) }?.path == "Locales/messages.pot")
        let bare = root.appendingPathComponent("bare")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        #expect(error { try ProjectChecker.check(root: bare) }?.path == "Locales")
        #expect(ProjectPaths(root: root).reportFolder == root.appendingPathComponent("Output/report", isDirectory: true))
    }

    static let template = """
        msgid ""
        msgstr "Content-Type: text/plain; charset=UTF-8\\n"

        #, critical
        msgctxt "closing"
        msgid "Schools are closed today."
        msgstr ""

        msgctxt "files"
        msgid "{count, plural, one {# file} other {# files}"
        msgstr ""

        """

    @Test func brokenFilesAreDiagnosedAndTheRestIsChecked() throws {
        let root = try project([
            "messages.pot": Array(Self.template.utf8),
            "fr.po": Array("msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgctxt \"closing\"\nmsgid \"Schools are closed today.\"\nmsgstr \"Les écoles".utf8) + [
                0xFF
            ] + Array(" sont fermées.\"\n".utf8),
            "ru.po": Array(
                "msgid \"\"\nmsgstr \"Language: ru\\n\"\n\nmsgctxt \"closing\"\nmsgid \"Schools are closed today.\"\nmsgstr \"Школы сегодня закрыты".utf8),
            "es.po": Array(
                "msgid \"\"\nmsgstr \"Language: es\\n\"\n\nmsgctxt \"closing\"\nmsgid \"Schools are closed today.\"\nmsgstr \"Las escuelas están cerradas hoy.\"\n"
                    .utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Locales").path).sorted()
        let report = try ProjectChecker.check(root: root, settings: CheckSettings(requiredLanguages: ["es", "ru", "fr"]))
        let lines = report.diagnostics.map(\.formatted)
        #expect(lines.contains("Locales/fr.po:6:19: error: [po-syntax] invalid UTF-8 (byte 0xFF)"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("Locales/ru.po:6:") && $0.contains("[po-syntax]") })
        // The English error is reported once, on the template, not once per language.
        #expect(
            lines.filter { $0.contains("[icu-syntax]") } == [
                "Locales/messages.pot:10:8: error: [icu-syntax] the English is not valid ICU MessageFormat: this '{' is never closed (1 unclosed)"
            ])
        #expect(!lines.contains { $0.hasPrefix("Locales/es.po") && $0.contains("error") }, "\(lines)")
        #expect(report.summary.keys.sorted() == ["es", "fr", "ru", "source"])
        // An undecodable file is an input error (exit 2), as status, sync and build answer, while the others are still checked.
        #expect(report.unreadable == ["Locales/fr.po"])
        #expect(report.exitStatus(strict: false) == 2)
        // The text report can still show the undecodable line.
        #expect(TextReporter.render(report).contains("msgstr \"Les écoles� sont fermées.\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Locales").path).sorted() == before)
    }

    @Test func askingForALanguageWithoutAFileIsAnInputError() throws {
        let root = try project(["es.po": Array("msgid \"\"\nmsgstr \"Language: es\\n\"\n".utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: TranslateError.self) { try ProjectChecker.check(root: root, languages: ["pl"]) }
        #expect(try ProjectChecker.check(root: root, languages: ["es"]).summary.keys.sorted() == ["es"])
        #expect(throws: TranslateError.self) { try ProjectChecker.check(root: root.appendingPathComponent("nowhere")) }
    }

    @Test func projectConfigurationBecomesSettings() throws {
        let config = try ProjectConfig.parse(
            """
            {"criticalLanguages": ["es-US", "ar"],
             "checks": {"punctuation": {"severity": "off", "languages": {"fr": "error"}},
                        "whitespace": {"languages": {"ja": "off"}}}}
            """, path: "translate.json")
        let settings = CheckSettings(config: config, registry: LanguageRegistry.builtIn())
        #expect(!settings.isEnabled("punctuation", language: "es"))
        #expect(settings.isEnabled("punctuation", language: "fr"))
        #expect(settings.severity(for: "punctuation", language: "fr", default: .warning) == .error)
        #expect(!settings.isEnabled("whitespace", language: "ja") && settings.isEnabled("whitespace", language: "ko"))
        #expect(settings.isRequired("es") && settings.isRequired("ar") && !settings.isRequired("pl"))
        #expect(settings.knownLanguages?.contains("ar") == true)
        #expect(settings.coverageThreshold(for: "zz") == 0.9)
    }

    /// Languages are checked in parallel: the whole project's report must be what checking each language
    /// alone gives, in the same order, every time — on the repository's own catalogs (Arabic, Polish, Chinese,
    /// Spanish) and on a generated district of 12 languages (Russian, Japanese, Persian, Burmese…).
    @Test func parallelCheckEqualsEachLanguageAlone() throws {
        let repository = TranslateBinary.packageRoot
        let generated = FileManager.default.temporaryDirectory.appendingPathComponent("check-parallel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: generated) }
        try SyntheticDistrict(seed: 20261123, pages: 2, messages: 200, languageLimit: 12, memoryLanguageCount: 0).write(to: generated)
        for root in [repository, generated] {
            let project = try Project.open(root: root)
            let settings = CheckSettings(config: project.config, registry: project.registry)
            let whole = try ProjectChecker.check(root: root, settings: settings, registry: project.registry)
            #expect(whole.summary.count >= 4)
            #expect(whole.diagnostics.contains { $0.locale != nil }, "\(root.path)")
            #expect(whole == (try ProjectChecker.check(root: root, settings: settings, registry: project.registry)))
            for tag in whole.summary.keys.sorted() where tag != "source" {
                let alone = try ProjectChecker.check(root: root, languages: [tag], settings: settings, registry: project.registry)
                #expect(whole.diagnostics.filter { $0.locale == tag } == alone.diagnostics.filter { $0.locale == tag }, "\(tag)")
                #expect(whole.lines["Locales/\(tag).po"] == alone.lines["Locales/\(tag).po"], "\(tag)")
            }
        }
    }
}
