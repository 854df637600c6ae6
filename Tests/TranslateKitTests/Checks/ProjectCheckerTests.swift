import Foundation
import Testing
@testable import TranslateKit

/// Checking a project folder: what the command runs. Never writes; broken files become diagnostics.
@Suite struct ProjectCheckerTests {
    func project(_ files: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Locales"), withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: root.appendingPathComponent("Locales/\(name)")) }
        return root
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
            "fr.po": Array("msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgctxt \"closing\"\nmsgid \"Schools are closed today.\"\nmsgstr \"Les écoles".utf8) + [0xFF] + Array(" sont fermées.\"\n".utf8),
            "ru.po": Array("msgid \"\"\nmsgstr \"Language: ru\\n\"\n\nmsgctxt \"closing\"\nmsgid \"Schools are closed today.\"\nmsgstr \"Школы сегодня закрыты".utf8),
            "es.po": Array("msgid \"\"\nmsgstr \"Language: es\\n\"\n\nmsgctxt \"closing\"\nmsgid \"Schools are closed today.\"\nmsgstr \"Las escuelas están cerradas hoy.\"\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Locales").path).sorted()
        let report = try ProjectChecker.check(root: root, settings: CheckSettings(requiredLanguages: ["es", "ru", "fr"]))
        let lines = report.diagnostics.map(\.formatted)
        #expect(lines.contains("Locales/fr.po:6:19: error: [po-syntax] invalid UTF-8 (byte 0xFF)"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("Locales/ru.po:6:") && $0.contains("[po-syntax]") })
        // The English error is reported once, on the template, not once per language.
        #expect(lines.filter { $0.contains("[icu-syntax]") } == ["Locales/messages.pot:10:8: error: [icu-syntax] the English is not valid ICU MessageFormat: this '{' is never closed (1 unclosed)"])
        #expect(!lines.contains { $0.hasPrefix("Locales/es.po") && $0.contains("error") }, "\(lines)")
        #expect(report.summary.keys.sorted() == ["es", "fr", "ru", "source"])
        #expect(report.exitStatus(strict: false) == 1)
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
        let config = try ProjectConfig.parse("""
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
}
