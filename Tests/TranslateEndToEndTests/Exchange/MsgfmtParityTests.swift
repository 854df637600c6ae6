import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateBenchKit
@testable import TranslateKit

/// A catalog that passes `translate check` compiles with GNU `msgfmt -c` (gettext; .ci/setup
/// installs it): every PO file sync, import, pretranslate and the generator write is compiled.
@Suite struct MsgfmtParityTests {
    static var executable: String? {
        ["/usr/bin/msgfmt", "/usr/local/bin/msgfmt", "/opt/homebrew/bin/msgfmt"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// msgfmt -c -o /dev/null over `text`: its exit status and what it printed.
    static func msgfmt(_ text: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("msgfmt-\(UUID().uuidString).po")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try msgfmt(file)
    }

    static func msgfmt(_ file: URL) throws -> (status: Int32, output: String) {
        guard let executable else {
            Issue.record("msgfmt is missing: run 'bash .ci/setup' (it installs gettext)")
            return (-1, "")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-c", "-o", "/dev/null", file.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func whatMsgfmtCallsFatalIsACheckError() throws {
        let catalog = """
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Language: es-US\\n"

            msgctxt "footer.rights"
            msgid "All rights reserved."
            msgstr "Todos los derechos reservados.\\n"

            msgctxt "notice.lead"
            msgid "\\nSee the attached form."
            msgstr "Vea el formulario adjunto."

            """
        #expect(try Self.msgfmt(catalog).status != 0)
        let findings = CheckRunner(registry: .builtIn()).run(text: catalog, path: "Locales/es-US.po", language: "es-US")
        let errors = findings.filter { $0.severity == .error }.map(\.formatted)
        #expect(
            errors == [
                "Locales/es-US.po:8:39: error: [whitespace] the translation ends with a newline and the English does not; msgfmt -c refuses to compile the catalog",
                "Locales/es-US.po:12:9: error: [whitespace] the English starts with a newline and the translation does not; msgfmt -c refuses to compile the catalog",
            ], "\(findings.map(\.formatted))")
        let fixed = catalog.replacingOccurrences(of: "reservados.\\n\"", with: "reservados.\"")
            .replacingOccurrences(of: "msgstr \"Vea", with: "msgstr \"\\nVea")
        #expect(try Self.msgfmt(fixed).status == 0)
        #expect(CheckRunner(registry: .builtIn()).run(text: fixed, path: "Locales/es-US.po", language: "es-US").filter { $0.severity == .error }.isEmpty)
    }

    @Test func headersMsgfmtRefusesAreCheckErrors() throws {
        let entry = "msgctxt \"home\"\nmsgid \"Home\"\nmsgstr \"Strona główna\"\n"
        let plural = "msgid \"file\"\nmsgid_plural \"files\"\nmsgstr[0] \"plik\"\nmsgstr[1] \"pliki\"\nmsgstr[2] \"plików\"\n"
        func header(_ lines: String...) -> String {
            "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: pl\\n\"\n" + lines.map { "\"\($0)\\n\"\n" }.joined() + "\n"
        }
        let refused = [
            entry,  // no header at all
            header("Plural-Forms: nplurals=2; plural=n>1 ? 0;") + entry,  // not a C expression
            header() + plural,  // msgid_plural without Plural-Forms
        ]
        for catalog in refused {
            #expect(try Self.msgfmt(catalog).status != 0, "\(catalog)")
            let errors = CheckRunner(registry: .builtIn()).run(text: catalog, path: "Locales/pl.po", language: "pl").filter { $0.severity == .error }
            #expect(errors.contains { $0.check == "language-header" && $0.message.contains("msgfmt -c refuses") }, "\(errors.map(\.formatted))")
        }
        let polish = "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        for catalog in [header(polish) + entry, header(polish) + plural] {
            #expect(try Self.msgfmt(catalog).status == 0)
            let errors = CheckRunner(registry: .builtIn()).run(text: catalog, path: "Locales/pl.po", language: "pl").filter { $0.check == "language-header" }
            #expect(errors.isEmpty, "\(errors.map(\.formatted))")
        }
    }

    @Test func everyCatalogTheToolWritesCompiles() throws {
        // Generated catalogs in every plural shape: Arabic (6 forms), Russian, Polish, Japanese (1), Welsh…
        let district = SyntheticDistrict(seed: 20261204, pages: 3, messages: 150)
        print("SyntheticDistrict seed 20261204")
        var compiled = 0
        for tag in ["ar", "ru", "pl", "ja", "zh-Hant", "cy", "es-US", "uk", "he"] where district.languages.contains(tag) {
            let result = try Self.msgfmt(POWriter.write(district.catalog(for: tag)))
            #expect(result.status == 0, "\(tag): \(result.output)")
            compiled += 1
        }
        #expect(compiled >= 6)
        #expect(try Self.msgfmt(POWriter.write(district.template())).status == 0)

        // What extract/sync, import and pretranslate write in a project.
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let extract = try TranslateBinary.run(["extract", "--lang", "ar,ru,pl,ja", "--root", project.path])
        #expect(extract.status <= 1, "\(extract.stderr)")
        let csv = project.appendingPathComponent("ru.csv")
        #expect(try TranslateBinary.run(["export", "--lang", "ru", "--format", "csv", "--output", csv.path, "--root", project.path]).status == 0)
        var sheet = try String(contentsOf: csv, encoding: .utf8)
        // The volunteer fills in the first three rows, one with a stray trailing newline.
        var rows = sheet.components(separatedBy: "\r\n")
        for index in 1...min(3, rows.count - 2) {
            var cells = try CSVTable.parse(rows[index] + "\r\n", path: "ru.csv").records[0].map(\.value)
            cells[2] = index == 2 ? "Перевод\n" : "Перевод"
            cells[3] = "translated"
            rows[index] = CSVTable.write([cells]).trimmingCharacters(in: .newlines)
        }
        sheet = rows.joined(separator: "\r\n")
        try sheet.write(to: csv, atomically: true, encoding: .utf8)
        _ = try TranslateBinary.run(["import", csv.path, "--lang", "ru", "--root", project.path])
        _ = try TranslateBinary.run(["tm", "update", "--root", project.path])
        _ = try TranslateBinary.run(["pretranslate", "--root", project.path])
        let check = try TranslateBinary.run(["check", "--format", "json", "--root", project.path])
        let locales = project.appendingPathComponent("Locales")
        let files = try FileManager.default.contentsOfDirectory(atPath: locales.path).filter { $0.hasSuffix(".po") || $0.hasSuffix(".pot") }.sorted()
        #expect(files.count >= 6, "\(files)")
        let report = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        let diagnostics = report?["diagnostics"] as? [[String: Any]] ?? []
        #expect(!diagnostics.isEmpty, "\(check.stderr)")
        var refused: [String] = []
        for file in files {
            let result = try Self.msgfmt(locales.appendingPathComponent(file))
            guard result.status != 0 else { continue }
            refused.append(file)
            // Passing check ⇒ compiling: whatever msgfmt refuses, check reports as an error.
            let errors = diagnostics.filter { $0["file"] as? String == "Locales/\(file)" && $0["severity"] as? String == "error" }
            #expect(errors.contains { ($0["message"] as? String ?? "").contains("msgfmt -c") }, "\(file): \(result.output)")
        }
        // The one stray newline the volunteer typed is what msgfmt refuses.
        #expect(refused == ["ru.po"], "\(refused)")
    }
}
