import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// translate export, import and glossary end to end: exit statuses, reports, dry runs that write nothing.
@Suite struct ExchangeCommandTests {
    static func project() throws -> URL {
        let project = try TranslateBinary.sampleProject()
        let po = """
            msgid ""
            msgstr ""
            "Language: pl\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"

            msgctxt "greeting"
            msgid "Hello {name}, read the <x1>guide</x1>."
            msgstr ""

            msgctxt "closed"
            msgid "School is closed today."
            msgstr "Szkoła jest dziś zamknięta."

            """
        try po.write(to: project.appendingPathComponent("Locales/pl.po"), atomically: true, encoding: .utf8)
        return project
    }

    @Test func exportImportDryRunAndRejections() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let catalogURL = project.appendingPathComponent("Locales/pl.po")
        let before = try Data(contentsOf: catalogURL)
        let xlf = project.appendingPathComponent("pl.xlf").path
        let export = try TranslateBinary.run(["export", "--lang", "pl", "--format", "xliff", "--output", xlf, "--root", project.path])
        #expect(export.status == 0, "\(export.stderr)")
        let same = try TranslateBinary.run(["import", xlf, "--root", project.path])
        #expect(same.status == 0 && same.stdout.contains("0 added, 0 updated, 2 unchanged, 0 rejected"), "\(same.stdout)\(same.stderr)")
        #expect(try Data(contentsOf: catalogURL) == before)

        // A vendor translates the greeting but drops {name}, and adds a unit that does not exist.
        var text = try String(contentsOfFile: xlf, encoding: .utf8)
        text = text.replacingOccurrences(of: "Szkoła jest dziś zamknięta.", with: "Dziś szkoła jest zamknięta.")
        text = text.replacingOccurrences(
            of: "</file>",
            with: """
                    <unit id="ghost"><segment state="translated"><source>Boo</source><target>Bu</target></segment></unit>
                  </file>
                """)
        text = text.replacingOccurrences(of: "<segment state=\"initial\">", with: "<segment state=\"translated\">")
        text = text.replacingOccurrences(
            of: "</source>\n      </segment>", with: "</source>\n        <target>Cześć, przeczytaj <pc id=\"1\">przewodnik</pc>.</target>\n      </segment>")
        try text.write(toFile: xlf, atomically: true, encoding: .utf8)
        let dry = try TranslateBinary.run(["import", xlf, "--dry-run", "--root", project.path])
        #expect(dry.status == 1)
        #expect(dry.stdout.contains("[greeting] the translation loses {name}"), "\(dry.stdout)")
        #expect(dry.stdout.contains("[ghost] no message with this key in the catalog"), "\(dry.stdout)")
        #expect(dry.stdout.contains("would import 0 added, 1 updated, 0 unchanged, 2 rejected (dry run: nothing written)"), "\(dry.stdout)")
        #expect(try Data(contentsOf: catalogURL) == before, "--dry-run wrote the catalog")
        let real = try TranslateBinary.run(["import", xlf, "--report", "json", "--root", project.path])
        #expect(real.status == 1)
        let after = try String(contentsOf: catalogURL, encoding: .utf8)
        #expect(after.contains("msgstr \"Dziś szkoła jest zamknięta.\"") && !after.contains("Cześć"))

        // A malformed file changes nothing and exits 2 with its position.
        let broken = project.appendingPathComponent("broken.xlf").path
        try "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" trgLang=\"pl\">\n<file id=\"f\"><unit id=\"closed\">".write(
            toFile: broken, atomically: true, encoding: .utf8)
        let stop = try TranslateBinary.run(["import", broken, "--root", project.path])
        #expect(stop.status == 2)
        #expect(stop.stderr.hasPrefix(broken + ":2:"), "\(stop.stderr)")
        #expect(try String(contentsOf: catalogURL, encoding: .utf8) == after)

        // CSV needs --lang; a mismatched --lang is refused.
        let csv = project.appendingPathComponent("pl.csv").path
        #expect(try TranslateBinary.run(["export", "--lang", "pl", "--format", "csv", "--bom", "--output", csv, "--root", project.path]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: csv)).starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(try TranslateBinary.run(["import", csv, "--root", project.path]).status == 2)
        #expect(try TranslateBinary.run(["import", csv, "--lang", "pl", "--root", project.path]).status == 0)
        #expect(try TranslateBinary.run(["import", xlf, "--lang", "ar", "--root", project.path]).status == 2)
    }

    @Test func glossaryListsInCollationOrderAndFlagsDuplicates() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let listed = try TranslateBinary.run(["glossary", "--lang", "pl", "--root", project.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") } == ["chroniczna", "Rada", "Szkoły", "Weaver"])
        let glossary = project.appendingPathComponent("Glossary/glossary.csv")
        try (Glossary.sampleCSV + "\nrésumé,currículum,,,,,,noun,,preferred,no\nresume,curriculum,,,,,,noun,,preferred,no\n").write(
            to: glossary, atomically: true, encoding: .utf8)
        let duplicates = try TranslateBinary.run(["glossary", "--root", project.path])
        #expect(duplicates.status == 1)
        #expect(
            duplicates.stdout.contains("likely duplicates: 'résumé' (line 9), 'resume' (line 10)")
                || duplicates.stdout.contains("likely duplicates: 'resume' (line 10), 'résumé' (line 9)"), "\(duplicates.stdout)")
        let tbx = project.appendingPathComponent("g.tbx").path
        #expect(try TranslateBinary.run(["glossary", "--export-tbx", tbx, "--root", project.path]).status == 0)
        try FileManager.default.removeItem(at: glossary)
        #expect(try TranslateBinary.run(["glossary", "--root", project.path]).status == 2)
        #expect(try TranslateBinary.run(["glossary", "--import-tbx", tbx, "--root", project.path]).status == 0)
        #expect(try Glossary.read(glossary).entries.count == 9)
    }
}
