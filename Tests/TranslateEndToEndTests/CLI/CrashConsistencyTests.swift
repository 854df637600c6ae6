import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Kills writers at random points and runs writers side by side, on a real project: after recovery the
/// project is exactly as before or exactly as after, no temporary file is left, every catalog parses and
/// no translation is lost; two writers at once both land.
@Suite("Crash consistency and concurrent writers", .serialized) struct CrashConsistencyTests {
    /// Kills per writer: 100 for the quick writers, fewer for build (a few seconds a run) so the suite stays
    /// short; TRANSLATE_KILL_RUNS sets every writer's count (docs/RELIABILITY.md reports a run of 100 each).
    static func runs(_ writer: Writer) -> Int {
        Int(ProcessInfo.processInfo.environment["TRANSLATE_KILL_RUNS"] ?? "") ?? writer.runs
    }

    /// Every file under `root` (path → bytes), the temporaries included.
    static func snapshot(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        let base = root.standardizedFileURL.path + "/"
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try? Data(contentsOf: url)
        }
        return files
    }

    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Array(Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted().prefix(6))
    }

    static func copy(_ files: [String: Data], to root: URL) throws {
        try? FileManager.default.removeItem(at: root)
        for (path, data) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    static func start(_ arguments: [String], root: URL) throws -> Process {
        let process = Process()
        process.executableURL = TranslateBinary.executable
        process.arguments = arguments + ["--root", root.path]
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "GITHUB_ACTIONS")
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    struct Writer {
        var name: String
        var arguments: [String]
        var runs = 100
        /// Turns the sample project into the state before the command.
        var prepare: (URL) throws -> Void = { _ in }
    }

    /// The sample project from Locales/ and Content/ of a small real-language project, with a memory.
    static func baseProject() throws -> URL {
        let root = try BuildTestProject.write()
        try Data("{\"criticalLanguages\": []}\n".utf8).write(to: root.appendingPathComponent("translate.json"))
        return root
    }

    /// Files that hold translations and must stay readable: every catalog and memory.
    static func assertReadable(_ root: URL, _ context: String) {
        let locales = root.appendingPathComponent("Locales")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: locales.path)) ?? [] where name.hasSuffix(".po") {
            let read = try? POReader.read(locales.appendingPathComponent(name), displayPath: name)
            #expect(read != nil && !(read!.diagnostics.contains { $0.severity == .error }), "\(context): \(name) does not parse")
        }
    }

    @Test func killedWritersLeaveTheOldOrTheNewStateAndNoTemporaries() throws {
        var random = SeededRandom()
        print("CrashConsistencyTests seed \(random.seed) (TRANSLATE_TEST_SEED)")
        let base = try Self.baseProject()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(try TranslateBinary.run(["tm", "update", "--date", "2026-01-01", "--root", base.path]).status == 0)
        let exportFile = base.deletingLastPathComponent().appendingPathComponent("\(base.lastPathComponent)-es.json")
        defer { try? FileManager.default.removeItem(at: exportFile) }
        try Data("{\"closing.snow\": \"Hoy las escuelas cierran por la nieve.\", \"welcome\": \"¡Hola, {name}!\"}\n".utf8).write(to: exportFile)
        let tmxFile = base.deletingLastPathComponent().appendingPathComponent("\(base.lastPathComponent)-extra.tmx")
        defer { try? FileManager.default.removeItem(at: tmxFile) }
        try Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en" o-tmf="t"/>
            <body>
            <tu><tuv xml:lang="en"><seg>Lunch menu for this week</seg></tuv><tuv xml:lang="pl"><seg>Jadłospis na ten tydzień</seg></tuv><tuv xml:lang="ja"><seg>今週の給食メニュー</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>The fee is {amount, number} dollars.</seg></tuv><tuv xml:lang="ar"><seg>الرسوم {amount, number} دولار.</seg></tuv></tu>
            </body></tmx>
            """.utf8
        ).write(to: tmxFile)

        let mergeBase = base.deletingLastPathComponent().appendingPathComponent("\(base.lastPathComponent)-base.po")
        let mergeTheirs = base.deletingLastPathComponent().appendingPathComponent("\(base.lastPathComponent)-theirs.po")
        defer { for file in [mergeBase, mergeTheirs] { try? FileManager.default.removeItem(at: file) } }
        let spanish = try String(contentsOf: base.appendingPathComponent("Locales/es.po"), encoding: .utf8)
        try Data(spanish.utf8).write(to: mergeBase)
        try Data(spanish.replacingOccurrences(of: "La cuota es de", with: "La tarifa es de").utf8).write(to: mergeTheirs)

        let writers = [
            Writer(
                name: "build", arguments: ["build", "--force"], runs: 12,
                prepare: { root in
                    // An older Output/ to replace, then a changed catalog.
                    _ = try TranslateBinary.run(["build", "--force", "--root", root.path])
                    let es = root.appendingPathComponent("Locales/es.po")
                    try (String(contentsOf: es, encoding: .utf8).replacingOccurrences(of: "por la nieve", with: "a causa de la nieve"))
                        .write(to: es, atomically: true, encoding: .utf8)
                }),
            Writer(
                name: "sync", arguments: ["sync"],
                prepare: { root in
                    let pot = root.appendingPathComponent("Locales/messages.pot")
                    try (String(contentsOf: pot, encoding: .utf8).replacingOccurrences(of: "Schools are closed today", with: "All schools are closed today"))
                        .write(to: pot, atomically: true, encoding: .utf8)
                }),
            Writer(name: "import", arguments: ["import", exportFile.path, "--lang", "es", "--format", "json"]),
            Writer(name: "tm import", arguments: ["tm", "import", tmxFile.path, "--date", "2026-02-01"]),
            Writer(
                name: "pretranslate", arguments: ["pretranslate"],
                prepare: { root in
                    // Empty the Polish and Japanese translations the memory knows, so pretranslate has work in two catalogs.
                    for tag in ["pl", "ja"] {
                        let url = root.appendingPathComponent("Locales/\(tag).po")
                        var catalog = try POReader.read(url, displayPath: tag).catalog
                        for index in catalog.entries.indices where !catalog.entries[index].isHeader { catalog.entries[index].translation = "" }
                        try POWriter.write(catalog).write(to: url, atomically: true, encoding: .utf8)
                    }
                }),
            // The git merge driver writing its result into ours (%A), as git runs it.
            Writer(
                name: "merge", arguments: ["merge", "--git", mergeBase.path, "Locales/es.po", mergeTheirs.path, "Locales/es.po"],
                prepare: { root in
                    let ours = root.appendingPathComponent("Locales/es.po")
                    try (String(contentsOf: ours, encoding: .utf8).replacingOccurrences(of: "¡Bienvenido, {name}!", with: "¡Te damos la bienvenida, {name}!"))
                        .write(to: ours, atomically: true, encoding: .utf8)
                }),
        ]
        let work = base.deletingLastPathComponent().appendingPathComponent("\(base.lastPathComponent)-run")
        defer { try? FileManager.default.removeItem(at: work) }
        let only = ProcessInfo.processInfo.environment["TRANSLATE_KILL_WRITERS"].map { Set($0.split(separator: ",").map(String.init)) }
        for writer in writers where only?.contains(writer.name) ?? true {
            try Self.copy(Self.snapshot(base), to: work)
            try writer.prepare(work)
            let before = Self.snapshot(work)
            let started = Date()
            let full = try TranslateBinary.run(writer.arguments + ["--root", work.path], in: work)
            let duration = Date().timeIntervalSince(started)
            #expect(full.status == 0, "\(writer.name): \(full.stderr)")
            let after = Self.snapshot(work)
            #expect(before != after, "\(writer.name) changed nothing, so killing it proves nothing")
            var outcomes = (before: 0, after: 0)
            for run in 0..<Self.runs(writer) {
                try Self.copy(before, to: work)
                let process = try Self.start(writer.arguments, root: work)
                // Spread over the whole run and a little past it (the measured time includes the spawn).
                usleep(UInt32(Double(random.below(1_000)) / 1_000 * duration * 1.5 * 1_000_000))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                // The next writer's lock finishes an interrupted transaction and removes what the killed one left.
                _ = try ProjectLock(root: work)
                let state = Self.snapshot(work)
                let context = "\(writer.name), kill \(run)"
                #expect(
                    state == before || state == after,
                    "\(context): neither the old nor the new state; differs from the old in \(Self.differences(state, before)), from the new in \(Self.differences(state, after))"
                )
                #expect(
                    !state.keys.contains { $0.hasSuffix(".tmp") || $0.contains(".tmp-") || $0.contains(".translate-journal") },
                    "\(context): temporary files left")
                if state == before { outcomes.before += 1 } else if state == after { outcomes.after += 1 }
                Self.assertReadable(work, context)
            }
            print(
                "\(writer.name): \(Self.runs(writer)) kills in a \(String(format: "%.2f", duration)) s run → \(outcomes.before) old state, \(outcomes.after) new state"
            )
        }
    }

    @Test func concurrentWritersBothLand() throws {
        let base = try Self.baseProject()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.deletingLastPathComponent()
        let first = folder.appendingPathComponent("\(base.lastPathComponent)-a.json")
        let second = folder.appendingPathComponent("\(base.lastPathComponent)-b.json")
        defer { for file in [first, second] { try? FileManager.default.removeItem(at: file) } }
        try Data("{\"closing.snow\": \"Hoy las escuelas cierran por la nieve.\"}\n".utf8).write(to: first)
        try Data("{\"fee\": \"La tarifa es de {amount, number} dólares.\"}\n".utf8).write(to: second)

        for attempt in 0..<4 {
            let root = folder.appendingPathComponent("\(base.lastPathComponent)-c\(attempt)")
            defer { try? FileManager.default.removeItem(at: root) }
            try Self.copy(Self.snapshot(base), to: root)
            // Two imports into one catalog, a sync and a build, all at once.
            let processes = try [
                Self.start(["import", first.path, "--lang", "es", "--format", "json"], root: root),
                Self.start(["import", second.path, "--lang", "es", "--format", "json"], root: root),
                Self.start(["sync"], root: root),
                Self.start(["build", "--force"], root: root),
            ]
            for process in processes { process.waitUntilExit() }
            #expect(processes.map(\.terminationStatus) == [0, 0, 0, 0])
            let catalog = try POReader.read(root.appendingPathComponent("Locales/es.po"), displayPath: "es.po").catalog
            let byKey = catalog.entriesByKey
            #expect(byKey["closing.snow"]?.translation == "Hoy las escuelas cierran por la nieve.", "attempt \(attempt): the first import was lost")
            #expect(byKey["fee"]?.translation == "La tarifa es de {amount, number} dólares.", "attempt \(attempt): the second import was lost")
            #expect(!Self.snapshot(root).keys.contains { $0.hasSuffix(".tmp") || $0.contains(".tmp-") }, "attempt \(attempt): temporary files left")
        }
    }

    @Test func aWriterWaitsForTheLockAndSaysSo() throws {
        let root = try Self.baseProject()
        defer { try? FileManager.default.removeItem(at: root) }
        var held: ProjectLock? = try ProjectLock(root: root)
        let process = Process()
        process.executableURL = TranslateBinary.executable
        process.arguments = ["sync", "--root", root.path]
        process.environment = ["NO_COLOR": "1", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        usleep(500_000)
        #expect(process.isRunning, "sync did not wait for the lock")
        #expect(held != nil)
        held = nil
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("waiting for another translate command"))
    }

    @Test func aJournalLeftByAKilledWriterIsFinishedByTheNextLock() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let locales = root.appendingPathComponent("Locales")
        try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
        let pl = locales.appendingPathComponent("pl.po")
        let ru = locales.appendingPathComponent("ru.po")
        try Data("stary\n".utf8).write(to: pl)
        try Data("старый\n".utf8).write(to: ru)
        // As a writer killed after its journal was written and one of two renames was done.
        let first = try AtomicFile.writeTemporary(Data("nowy\n".utf8), for: pl)
        let second = try AtomicFile.writeTemporary(Data("новый\n".utf8), for: ru)
        let journal = "Locales/\(first.lastPathComponent)\tLocales/pl.po\nLocales/\(second.lastPathComponent)\tLocales/ru.po\n"
        try Data(journal.utf8).write(to: root.appendingPathComponent(FileTransaction.journalName))
        #expect(rename(first.path, pl.path) == 0)
        // A journal line that points outside the project is never followed.
        let outside = root.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString)")
        try Data((journal + "../\(outside.lastPathComponent)\tLocales/pl.po\n").utf8).write(to: root.appendingPathComponent(FileTransaction.journalName))

        _ = try ProjectLock(root: root)
        #expect(try String(contentsOf: pl, encoding: .utf8) == "nowy\n")
        #expect(try String(contentsOf: ru, encoding: .utf8) == "новый\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(FileTransaction.journalName).path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: locales.path).sorted() == ["pl.po", "ru.po"])
    }

    @Test func aTransactionNeverWritesOutsideItsRoot() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let transaction = FileTransaction(root: root)
        #expect(throws: TranslateError.self) { try transaction.write(Data(), to: root.appendingPathComponent("../escape.po")) }
        #expect(transaction.count == 0)
    }
}
