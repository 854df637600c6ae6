import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// The `translate check` command end to end, run as a process on a temporary project.
@Suite struct CheckCommandTests {
    /// The built `translate` next to the test bundle (swift build --build-tests builds both).

    func run(_ arguments: [String], in root: URL, environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let result = try TranslateBinary.run(arguments + ["--root", root.path], environment: environment)
        return (result.status, result.stdout, result.stderr)
    }

    @Test func checkReportsExitsAndNeverWrites() throws {
        guard FileManager.default.isExecutableFile(atPath: TranslateBinary.executable.path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("translate is not built at \(TranslateBinary.executable.path)") }
            return
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("check-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Locales"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let polish = """
            msgid ""
            msgstr "Language: pl\\n"

            msgctxt "files"
            msgid "{count, plural, one {# file} other {# files}}"
            msgstr "{count, plural, one {# plik} other {# plików}}"

            """
        let file = root.appendingPathComponent("Locales/pl.po")
        try polish.write(to: file, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: file)

        let text = try run(["check"], in: root)
        #expect(text.status == 1)
        #expect(text.out.hasPrefix("Locales/pl.po:6:10: error: [plural-categories] missing 'few' (used for 2, 3, 4, 22, 23…; CLDR "), "\(text.out)")
        #expect(text.out.contains("\n    msgstr \"{count, plural, one {# plik} other {# plików}}\"\n             ^\nnote: "))
        #expect(!text.out.contains("\u{1B}["))

        let json = try run(["check", "--format", "json"], in: root)
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(json.status == 1 && (object?["diagnostics"] as? [Any])?.count == 2)

        let github = try run(["check"], in: root, environment: ["GITHUB_ACTIONS": "true"])
        #expect(github.out.hasPrefix("::error file=Locales/pl.po,line=6,col=10,title=[plural-categories] pl::missing 'few'"))

        #expect(try run(["check", "--format", "xml"], in: root).status == 2)
        #expect(try run(["check", "--lang", "ar"], in: root).status == 2)
        let list = try run(["check", "--list"], in: root)
        #expect(list.status == 0 && list.out.contains("plural-categories"))
        #expect(try Data(contentsOf: file) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Locales").path) == ["pl.po"])
    }
}
