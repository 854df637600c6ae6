import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Runs the built `translate` executable: refusing on check errors, --verify, and a build killed mid-write.
@Suite("Build command", .serialized) struct BuildCommandProcessTests {
    static var executable: URL? {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("translate"),
            Bundle.main.bundleURL.appendingPathComponent("translate"),
            repo.appendingPathComponent(".build/debug/translate"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func requireExecutable() throws -> URL? {
        if let executable { return executable }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("the translate executable was not built next to the tests")
        }
        return nil
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: URL, _ arguments: [String], root: URL) throws -> Run {
        let result = try TranslateBinary.run(arguments + ["--root", root.path], unsetting: ["TRANSLATE_BUILD_PAUSE_AFTER_FILES"])
        return Run(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    static func snapshot(_ folder: URL) -> [String: Data] {
        BuildOutput.listFiles(in: folder).compactMapValues { try? Data(contentsOf: $0) }
    }

    @Test func refusesOnCheckErrorsUnlessForcedAndVerifies() throws {
        guard let executable = try Self.requireExecutable() else { return }
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        // es-US.po has a translation ICU rejects ("{name!"): check reports an error with its position.
        let refused = try Self.run(executable, ["build"], root: root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Locales/es-US.po:"))
        #expect(refused.stderr.contains("--force"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))

        let forced = try Self.run(executable, ["build", "--force"], root: root)
        #expect(forced.status == 0, "\(forced.stderr)")
        let output = root.appendingPathComponent("Output")
        let esUS = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("es-US.json"))) as? [String: String]
        #expect(esUS?["welcome"] == "¡Bienvenido, {name}!")

        let verified = try Self.run(executable, ["build", "--force", "--verify"], root: root)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        try Data("{}\n".utf8).write(to: output.appendingPathComponent("pl.json"))
        try FileManager.default.removeItem(at: output.appendingPathComponent("ja.meta.json"))
        let stale = try Self.run(executable, ["build", "--force", "--verify"], root: root)
        #expect(stale.status == 1)
        #expect(stale.stdout == "added: Output/ja.meta.json\nchanged: Output/pl.json\n")
    }

    @Test func buildKilledMidWriteLeavesOutputAsBefore() throws {
        guard let executable = try Self.requireExecutable() else { return }
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let first = try Self.run(executable, ["build", "--force"], root: root)
        #expect(first.status == 0, "\(first.stderr)")
        try Data("kept".utf8).write(to: output.appendingPathComponent("report-placeholder"))
        try FileManager.default.createDirectory(at: output.appendingPathComponent("report"), withIntermediateDirectories: true)
        try Data("<html>report</html>".utf8).write(to: output.appendingPathComponent("report/index.html"))
        let before = Self.snapshot(output)

        let es = root.appendingPathComponent("Locales/es.po")
        try (String(contentsOf: es, encoding: .utf8).replacingOccurrences(of: "por la nieve", with: "a causa de la nieve"))
            .write(to: es, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["build", "--force", "--root", root.path]
        var environment = ProcessInfo.processInfo.environment
        environment["TRANSLATE_BUILD_PAUSE_AFTER_FILES"] = "7"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        var stderr = ""
        while !stderr.contains("paused") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            stderr += String(decoding: chunk, as: UTF8.self)
        }
        #expect(stderr.contains("build: paused after 7 files"))
        let pid = process.processIdentifier
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Output.tmp-\(pid)").path))
        kill(pid, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        // Nothing of the killed build reached Output/ (the plain file there is foreign and stays too).
        #expect(Self.snapshot(output) == before)

        // The next build cleans up the abandoned folder, carries report/ over and drops stray files.
        let next = try Self.run(executable, ["build", "--force"], root: root)
        #expect(next.status == 0, "\(next.stderr)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        #expect(entries == ["Content", "Locales", "Output"])
        let after = Self.snapshot(output)
        #expect(after["report/index.html"] == Data("<html>report</html>".utf8))
        #expect(after["report-placeholder"] == nil)
        #expect(after["es.json"] != before["es.json"])
        #expect(after["pl.json"] == before["pl.json"])
    }
}
