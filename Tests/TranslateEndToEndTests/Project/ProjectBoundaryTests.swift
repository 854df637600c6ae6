import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// The project's edge: no file outside it is read or written (whatever a language tag, a
/// symlink or a flag says), and commands run outside a project stop instead of reporting 100%.
@Suite struct ProjectBoundaryTests {
    /// The sample project at <scratch>/proj, with <scratch>/victim/x.po beside it (outside).
    static func scratch() throws -> (scratch: URL, project: URL, victim: URL) {
        let sample = try TranslateBinary.sampleProject()
        let scratch = sample.deletingLastPathComponent().appendingPathComponent("boundary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("victim"), withIntermediateDirectories: true)
        let project = scratch.appendingPathComponent("proj")
        try FileManager.default.moveItem(at: sample, to: project)
        let victim = scratch.appendingPathComponent("victim/x.po")
        try "msgid \"\"\nmsgstr \"\"\n\"Language: x\\n\"\n\nmsgctxt \"home\"\nmsgid \"Home\"\nmsgstr \"Mine\"\n".write(
            to: victim, atomically: true, encoding: .utf8)
        return (scratch, project, victim)
    }

    @Test func languageTagsAreCheckedBeforeTheyBecomeFileNames() {
        for tag in ["es-US", "zh-Hant", "ar", "pa-Arab", "en-XA", "sr-Cyrl", "cnh", "es-419", "x-klingon"] where tag != "x-klingon" {
            #expect(ProjectPaths.isWellFormedTag(tag), "\(tag)")
        }
        for tag in ["../../victim/x", "..", "es/US", "es_US", "", "e", "es-", "-es", "es--US", "es-US\n", "ar.po", "es-toolongsubtag", "é"] {
            #expect(!ProjectPaths.isWellFormedTag(tag), "\(tag)")
        }
        let paths = ProjectPaths(root: URL(fileURLWithPath: "/srv/hps"))
        #expect(throws: TranslateError.self) { try paths.catalog(for: "../../victim/x") }
        #expect(throws: TranslateError.self) { try paths.memory(for: "../../../../outside/pwn") }
    }

    @Test func importsAndLangFlagsNeverReachOutside() throws {
        let (scratch, project, victim) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let before = try Data(contentsOf: victim)
        // A TMX whose language is a path.
        let tmx = project.appendingPathComponent("pwn.tmx")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header srclang="en" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="x" creationtoolversion="1"/>
        <body><tu><tuv xml:lang="en"><seg>Home</seg></tuv><tuv xml:lang="../../../outside/pwn"><seg>Inicio</seg></tuv></tu></body></tmx>
        """.write(to: tmx, atomically: true, encoding: .utf8)
        let tm = try TranslateBinary.run(["tm", "import", tmx.path, "--root", project.path])
        #expect(tm.status == 2 && tm.stderr.hasPrefix("\(tmx.path): error: '../../../outside/pwn' is not a language tag"), "\(tm.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("outside").path))

        // An XLIFF whose target language is a path.
        let xlf = project.appendingPathComponent("pwn.xlf")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="../../victim/x">
        <file id="f"><unit id="home"><segment state="translated"><source>Home</source><target>Pwned</target></segment></unit></file></xliff>
        """.write(to: xlf, atomically: true, encoding: .utf8)
        let xliff = try TranslateBinary.run(["import", xlf.path, "--root", project.path])
        #expect(xliff.status == 2 && xliff.stderr.contains("is not a language tag"), "\(xliff.stdout)\(xliff.stderr)")

        // --lang with a path, for every command that takes one and reads or writes a catalog or memory.
        let csv = project.appendingPathComponent("x.csv")
        try "key,source,translation\nhome,Home,Pwned\n".write(to: csv, atomically: true, encoding: .utf8)
        for arguments in [["import", csv.path], ["export"], ["pretranslate"], ["analyze"], ["tm", "update"]] {
            let result = try TranslateBinary.run(arguments + ["--lang", "../../victim/x", "--root", project.path])
            #expect(result.status == 2 && result.stderr.contains("'../../victim/x' is not a language tag"), "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: victim) == before)

        // A catalog symlinked to a file outside is neither read nor written.
        try FileManager.default.createSymbolicLink(at: project.appendingPathComponent("Locales/so.po"), withDestinationURL: victim)
        let export = try TranslateBinary.run(["export", "--lang", "so", "--format", "csv", "--root", project.path])
        #expect(export.status == 2 && export.stderr.contains("Locales/so.po: error: refusing to read or write a file outside the project"), "\(export.stderr)")
        #expect(!export.stdout.contains("Mine"))
        let check = try TranslateBinary.run(["check", "--lang", "so", "--root", project.path])
        #expect(
            check.status == 2 && check.stdout.contains("Locales/so.po:1:1: error: [po-syntax] refusing to read or write a file outside the project"),
            "\(check.stdout)")
        #expect(!check.stdout.contains("Mine"))
        let pretranslate = try TranslateBinary.run(["pretranslate", "--lang", "so", "--root", project.path])
        #expect(pretranslate.status == 2)
        #expect(try Data(contentsOf: victim) == before)
    }

    @Test func projectFilesSymlinkedOutsideAreNeitherReadNorWritten() throws {
        let (scratch, project, victim) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let manager = FileManager.default
        let glossary = project.appendingPathComponent("Glossary/glossary.csv")
        try? manager.removeItem(at: glossary)
        try manager.createSymbolicLink(at: glossary, withDestinationURL: victim)
        let listing = try TranslateBinary.run(["glossary", "--root", project.path])
        #expect(
            listing.status == 2 && listing.stderr.contains("Glossary/glossary.csv: error: refusing to read or write a file outside the project"),
            "\(listing.stderr)")
        try manager.removeItem(at: glossary)
        // Output/ linked to a folder outside: build writes nothing there.
        let elsewhere = scratch.appendingPathComponent("published")
        try manager.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try? manager.removeItem(at: project.appendingPathComponent("Output"))
        try manager.createSymbolicLink(at: project.appendingPathComponent("Output"), withDestinationURL: elsewhere)
        let build = try TranslateBinary.run(["build", "--force", "--no-pages", "--root", project.path])
        #expect(build.status == 2 && build.stderr.contains("Output: error: refusing to read or write a file outside the project"), "\(build.stderr)")
        #expect(try manager.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test func symlinkedContentIsRefusedAndNeverPublished() throws {
        let (scratch, project, _) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let secret = scratch.appendingPathComponent("victim/secret.html")
        try "<p>The superintendent's home address is 12 Secret Lane.</p>".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: project.appendingPathComponent("Content/link.html"), withDestinationURL: secret)
        let extract = try TranslateBinary.run(["extract", "--root", project.path])
        #expect(extract.status == 1)
        #expect(extract.stderr.contains("Content/link.html: error: [extract] the file resolves outside the project"), "\(extract.stderr)")
        let template = try String(contentsOf: project.appendingPathComponent("Locales/messages.pot"), encoding: .utf8)
        #expect(!template.contains("Secret Lane") && !template.contains(scratch.path))
        let build = try TranslateBinary.run(["build", "--force", "--root", project.path])
        #expect(build.status == 0, "\(build.stderr)")
        let output = project.appendingPathComponent("Output")
        let files = FileManager.default.enumerator(atPath: output.path)!.compactMap { $0 as? String }
        #expect(!files.contains { $0.contains("victim") || $0.contains("link.html") }, "\(files.filter { $0.contains("link") })")
        for file in files where file.hasSuffix(".json") || file.hasSuffix(".html") {
            let text = (try? String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)) ?? ""
            #expect(!text.contains("Secret Lane"), "\(file)")
        }
    }

    @Test func contentFileNamesWithLineBreaksAreRefused() throws {
        let (scratch, project, _) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try "<p>Hidden by its name.</p>".write(to: project.appendingPathComponent("Content/two\nlines.html"), atomically: true, encoding: .utf8)
        let extract = try TranslateBinary.run(["extract", "--root", project.path])
        #expect(extract.status == 1)
        #expect(
            extract.stderr.contains("Content/two<U+000A LINE FEED>lines.html: error: [extract] the file name contains a control character"), "\(extract.stderr)"
        )
        // What extract wrote, its own reader reads.
        let template = try POReader.read(project.appendingPathComponent("Locales/messages.pot"))
        #expect(template.diagnostics.filter { $0.severity == .error }.isEmpty, "\(template.diagnostics.map(\.formatted))")
        #expect(!template.catalog.entries.contains { $0.source.contains("Hidden by its name") })
    }

    @Test func commandsOutsideAProjectStopWithExitTwo() throws {
        let (scratch, project, _) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let empty = scratch.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let locales = project.appendingPathComponent("Locales")
        let missing = scratch.appendingPathComponent("missing")
        for folder in [empty, locales, missing] {
            let expected = "not a translate project: \(folder.path) (run 'translate init' or pass --root)"
            for command in [
                ["status"], ["status", "--format", "json"], ["check"], ["build"], ["report"], ["extract"], ["sync"],
                ["export", "--lang", "es-US"], ["tm", "export"], ["analyze"], ["glossary"],
            ] {
                let result = try TranslateBinary.run(command + ["--root", folder.path])
                #expect(result.status == 2, "\(command) in \(folder.lastPathComponent): \(result.status)")
                #expect(result.stderr.contains(expected), "\(command): \(result.stderr)")
                #expect(!result.stdout.contains("100.0%") && !result.stderr.contains("run 'translate check'"), "\(command)")
            }
        }
        // Run from inside such a folder, without --root.
        let inside = try TranslateBinary.run(["status"], in: empty)
        #expect(inside.status == 2 && inside.stderr.contains("not a translate project: "), "\(inside.stderr)")
        // init still works there, and then status does.
        #expect(try TranslateBinary.run(["init", "--root", empty.path]).status == 0)
        #expect(try TranslateBinary.run(["status", "--root", empty.path]).status == 0)
    }

    @Test func anUnreadableCatalogIsReportedAndTheOthersCounted() throws {
        let (scratch, project, _) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let arabic = project.appendingPathComponent("Locales/ar.po")
        // Rows compared cell by cell: the column widths change with the "unreadable" cell.
        func rows(_ text: String) -> [[Substring]] { text.split(separator: "\n").map { $0.split(separator: " ") }.filter { $0.first != "ar" } }
        let healthy = rows(try TranslateBinary.run(["status", "--root", project.path]).stdout)
        var bytes = try Data(contentsOf: arabic)
        bytes.append(contentsOf: [0x0A, 0x23, 0x20, 0xFF, 0x0A])  // "# \xFF" on a new last line
        try bytes.write(to: arabic)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count
        let position = "Locales/ar.po:\(lines - 1):3: error: "
        let expected = position + "invalid UTF-8 (byte 0xFF)"
        let status = try TranslateBinary.run(["status", "--root", project.path])
        #expect(status.status == 2)
        #expect(status.stderr.contains(expected), "\(status.stderr)")
        #expect(status.stdout.contains("unreadable"))
        // Every other language is counted as before.
        #expect(rows(status.stdout) == healthy && healthy.count > 90, "\(status.stdout)")
        let json = try TranslateBinary.run(["status", "--format", "json", "--root", project.path])
        #expect(json.status == 2 && json.stdout.contains("\"error\" : \"\(expected)"), "\(json.stdout.prefix(2000))")
        // One answer for one input error: exit 2 with the position, from every command.
        for command in [["check"], ["sync"], ["build"], ["build", "--force"], ["report"]] {
            let result = try TranslateBinary.run(command + ["--root", project.path])
            #expect(result.status == 2, "\(command): \(result.status)")
            let text = result.stdout + result.stderr
            #expect(text.contains(position) && text.contains("invalid UTF-8 (byte 0xFF)"), "\(command): \(result.stdout.suffix(500))\(result.stderr)")
        }
    }
}
