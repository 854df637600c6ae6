import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// `translate merge --git` as git runs it: scripted repositories where two branches edit one catalog.
@Suite(.serialized) struct GitMergeDriverTests {
    static let path = "Locales/ar.po"
    static let long = "المدرسة مغلقة اليوم بسبب العاصفة الثلجية؛ أُلغيت جميع الأنشطة بعد المدرسة ولن تعمل الحافلات، وسنرسل رسالة نصية عند إعادة الفتح."

    static let base = """
        msgid ""
        msgstr ""
        "Language: ar\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"

        #: Content/index.html
        msgctxt "home.welcome"
        msgid "Welcome"
        msgstr "أهلاً"

        #: Content/index.html
        #, critical
        msgctxt "home.closed"
        msgid "School is closed today because of the snowstorm; all after-school activities are canceled and buses will not run."
        msgstr "\(long)"

        #: Content/lunch.html
        msgctxt "lunch.free"
        msgid "Lunch is free."
        msgstr ""

        #: Content/calendar.html
        msgctxt "calendar.conferences"
        msgid "Conferences are on Thursday."
        msgstr "الاجتماعات يوم الخميس."

        """

    static func replacing(_ text: String, _ old: String, _ new: String) -> String {
        precondition(text.contains(old), "fixture lacks \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The lunch entry translated (what theirs does in several scenarios), in a file with `eol` line ends.
    static func translatingLunch(_ text: String, eol: String = "\n") -> String {
        replacing(text, "msgid \"Lunch is free.\"\(eol)msgstr \"\"", "msgid \"Lunch is free.\"\(eol)msgstr \"الغداء مجاني.\"")
    }

    static func parsed(_ text: String) -> Catalog {
        let result = POReader.parse(text, path: path)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.formatted))")
        #expect(POWriter.write(result.catalog) == text, "the merged file does not round-trip")
        return result.catalog
    }

    /// Merges `theirs` into `ours` (both from `base`) in a fresh repository: git's result and the file after.
    static func merged(
        ours: String, theirs: String, base: String = base, path: String = path, from folder: String? = nil,
        strict: Bool = false
    ) throws -> (result: GitRepository.Result, text: String) {
        let repository = try GitRepository.create()
        defer { repository.remove() }
        if strict { try repository.git("config", "merge.translate-po.driver", "'\(TranslateBinary.executable.path)' merge --git --strict %O %A %B %P") }
        let result = try repository.mergeScenario(path: path, base: base, ours: ours, theirs: theirs, from: folder)
        #expect(try repository.git("status", "--porcelain").isEmpty || result.status != 0)
        return (result, try repository.read(path))
    }

    @Test func neighbouringEntriesMergeFromASubfolder() throws {
        let ours = Self.replacing(Self.base, "msgstr \"أهلاً\"", "msgstr \"مرحباً\"")
        let theirs = Self.translatingLunch(Self.base)
        let (result, merged) = try Self.merged(ours: ours, theirs: theirs, from: "Locales")
        #expect(result.status == 0, "\(result.output)")
        #expect(merged == Self.translatingLunch(ours))
    }

    @Test func theSameEntryKeepsOursAndRecordsTheirsWithoutConflictMarkers() throws {
        let ours = Self.replacing(Self.base, "msgstr \"أهلاً\"", "msgstr \"مرحباً\"")
        let theirs = Self.replacing(Self.base, "msgstr \"أهلاً\"", "msgstr \"أهلاً وسهلاً\"")
        let (result, merged) = try Self.merged(ours: ours, theirs: theirs)
        #expect(result.status == 0, "\(result.output)")
        #expect(!merged.contains("<<<<<<<"))
        let entry = try #require(Self.parsed(merged).entries.first { $0.key == "home.welcome" })
        #expect(entry.translation == "مرحباً" && entry.isFuzzy)
        #expect(CatalogThreeWayMerge.alternatives(in: entry) == ["أهلاً وسهلاً"])
    }

    @Test func strictLeavesGitAConflictWithTheMergedFile() throws {
        let ours = Self.replacing(Self.base, "msgstr \"الاجتماعات يوم الخميس.\"", "msgstr \"اجتماعات أولياء الأمور يوم الخميس.\"")
        let theirs = Self.replacing(Self.base, "msgstr \"الاجتماعات يوم الخميس.\"", "msgstr \"المؤتمرات يوم الخميس.\"")
        let (result, merged) = try Self.merged(ours: ours, theirs: theirs, strict: true)
        #expect(result.status != 0)
        #expect(result.output.contains("CONFLICT"))
        #expect(!merged.contains("<<<<<<<"))
        #expect(merged.contains("# merge: theirs: \"المؤتمرات يوم الخميس.\""))
    }

    @Test func aRewrappedTranslationIsNoChange() throws {
        // Ours re-wrapped the long msgstr as msgcat does; theirs edited its neighbour.
        let wrapped = POWriter.format(CatalogEntry(source: "x", translation: Self.long)).split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect(wrapped.hasPrefix("msgstr \"\"\n"))
        let ours = Self.replacing(Self.base, "msgstr \"\(Self.long)\"", wrapped)
        let theirs = Self.replacing(Self.base, "msgstr \"أهلاً\"", "msgstr \"مرحباً بكم\"")
        let (result, merged) = try Self.merged(ours: ours, theirs: theirs)
        #expect(result.status == 0, "\(result.output)")
        #expect(merged == Self.replacing(ours, "msgstr \"أهلاً\"", "msgstr \"مرحباً بكم\""))
    }

    @Test func anEntryObsoletedOnOneSideKeepsTheOtherSidesTranslation() throws {
        let calendar =
            "\n#: Content/calendar.html\nmsgctxt \"calendar.conferences\"\nmsgid \"Conferences are on Thursday.\"\nmsgstr \"الاجتماعات يوم الخميس.\"\n"
        let ours =
            Self.replacing(Self.base, calendar, "")
            + "\n#~ msgctxt \"calendar.conferences\"\n#~ msgid \"Conferences are on Thursday.\"\n#~ msgstr \"الاجتماعات يوم الخميس.\"\n"
        let theirs = Self.replacing(Self.base, "msgstr \"الاجتماعات يوم الخميس.\"", "msgstr \"اجتماعات المعلمين يوم الخميس.\"")
        let (result, merged) = try Self.merged(ours: ours, theirs: theirs)
        #expect(result.status == 0, "\(result.output)")
        let entry = try #require(Self.parsed(merged).entries.first { $0.key == "calendar.conferences" })
        #expect(entry.isObsolete)
        #expect(entry.translation == "اجتماعات المعلمين يوم الخميس.")
    }

    @Test func bothAddingTheSameKeyKeepsBothTexts() throws {
        let added = "\n#: Content/bus.html\nmsgctxt \"bus.late\"\nmsgid \"The bus is late.\"\nmsgstr \"TEXT\"\n"
        let ours = Self.base + added.replacingOccurrences(of: "TEXT", with: "الحافلة متأخرة.")
        let theirs = Self.base + added.replacingOccurrences(of: "TEXT", with: "تأخرت الحافلة.")
        let (result, merged) = try Self.merged(ours: ours, theirs: theirs)
        #expect(result.status == 0, "\(result.output)")
        let entry = try #require(Self.parsed(merged).entries.first { $0.key == "bus.late" })
        #expect(entry.translation == "الحافلة متأخرة.")
        #expect(CatalogThreeWayMerge.alternatives(in: entry) == ["تأخرت الحافلة."])
    }

    @Test func crlfOnOneSideAndAnEditOnTheOther() throws {
        let ours = Self.base.replacingOccurrences(of: "\n", with: "\r\n")
        let theirs = Self.translatingLunch(Self.base)
        let (result, merged) = try Self.merged(ours: ours, theirs: theirs)
        #expect(result.status == 0, "\(result.output)")
        #expect(merged == Self.translatingLunch(ours, eol: "\r\n"))
    }

    @Test func aSideWithASyntaxErrorIsRefusedAndGitShowsAConflict() throws {
        let repository = try GitRepository.create()
        defer { repository.remove() }
        let ours = Self.replacing(Self.base, "msgstr \"أهلاً\"", "msgstr \"مرحباً\"")
        let theirs = Self.replacing(Self.base, "msgid \"Lunch is free.\"\nmsgstr \"\"", "msgid \"Lunch is free.\"\nmsgstr \"الغداء مجاني.")
        let result = try repository.mergeScenario(path: Self.path, base: Self.base, ours: ours, theirs: theirs)
        #expect(result.status != 0)
        #expect(result.output.contains("CONFLICT"))
        #expect(result.output.contains("Locales/ar.po:20:8: error: [po-syntax] unterminated string"), "\(result.output)")
        #expect(result.output.contains("theirs (%B) does not parse"))
        // Nothing written: %A is still ours, and git lists the file as unmerged.
        #expect(try repository.read(Self.path) == ours)
        #expect(try repository.git("status", "--porcelain").contains("UU Locales/ar.po"))
        // The same refusal outside git: exit 2, no output file.
        let folder = repository.root
        try repository.write("b.po", Self.base)
        try repository.write("t.po", theirs)
        let direct = try TranslateBinary.run(["merge", "b.po", "Locales/ar.po", "t.po", "-o", "out.po"], in: folder)
        #expect(direct.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.po").path))
    }

    @Test func memoriesMergeAsAUnion() throws {
        func memory(_ units: [(String, String)]) -> String {
            let memory = TranslationMemory(
                language: "ja",
                units: units.map {
                    MemoryUnit(sourceMessage: $0.0, targetMessage: $0.1, key: nil, originFile: "Locales/ja.po", date: "20260101T000000Z")
                })
            return TMXWriter.write(memory.document)
        }
        let base = memory([("Welcome", "ようこそ")])
        let ours = memory([("Welcome", "ようこそ"), ("School is closed today.", "本日は休校です。")])
        let theirs = memory([("Welcome", "ようこそ"), ("Lunch is free.", "給食は無料です。")])
        let (result, merged) = try Self.merged(ours: ours, theirs: theirs, base: base, path: "Locales/memory/ja.tmx")
        #expect(result.status == 0, "\(result.output)")
        #expect(merged == memory([("Welcome", "ようこそ"), ("School is closed today.", "本日は休校です。"), ("Lunch is free.", "給食は無料です。")]))
    }

    @Test func outsideGitItWritesOutputAtomicallyAndExitsOneForReview() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("translate-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ours = Self.replacing(Self.base, "msgstr \"أهلاً\"", "msgstr \"مرحباً\"")
        for (name, text) in [
            ("base.po", Self.base), ("ours.po", ours), ("theirs.po", Self.translatingLunch(Self.base)),
            ("other.po", Self.replacing(Self.base, "msgstr \"أهلاً\"", "msgstr \"أهلاً وسهلاً\"")),
        ] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let clean = try TranslateBinary.run(["merge", "base.po", "ours.po", "theirs.po"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.stdout == Self.translatingLunch(ours))
        let review = try TranslateBinary.run(["merge", "base.po", "ours.po", "other.po", "-o", "merged.po"], in: folder)
        #expect(review.status == 1)
        #expect(review.stderr.contains("home.welcome"))
        let merged = try String(contentsOf: folder.appendingPathComponent("merged.po"), encoding: .utf8)
        #expect(merged.contains("# merge: theirs: \"أهلاً وسهلاً\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["base.po", "merged.po", "other.po", "ours.po", "theirs.po"])
        // A memory that is not XML is refused, nothing written.
        try Data("<tmx><body><tu>".utf8).write(to: folder.appendingPathComponent("broken.tmx"))
        let memory = try TranslateBinary.run(["merge", "broken.tmx", "broken.tmx", "broken.tmx", "-o", "ja.tmx"], in: folder)
        #expect(memory.status == 2)
        #expect(memory.stderr.contains("broken.tmx:"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ja.tmx").path))
    }

    @Test func initAppendsMissingDriverLinesOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("translate-attributes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let attributes = folder.appendingPathComponent(".gitattributes")
        try Data("*.png binary\nLocales/*.po merge=translate-po\n".utf8).write(to: attributes)
        let first = try TranslateBinary.run(["init", "--git", "--root", folder.path])
        #expect(first.status == 0)
        #expect(first.stdout.contains("updated .gitattributes (2 merge driver lines)"))
        #expect(first.stdout.contains("git config merge.translate-po.driver \"translate merge --git %O %A %B %P\""))
        #expect(first.stdout.contains("git config merge.translate-tmx.driver \"translate merge --git %O %A %B %P\""))
        let text = try String(contentsOf: attributes, encoding: .utf8)
        #expect(text.hasPrefix("*.png binary\nLocales/*.po merge=translate-po\n"))
        #expect(text.components(separatedBy: "Locales/*.po merge=translate-po").count == 2)
        #expect(text.contains("Locales/*.pot merge=translate-po\n") && text.contains("Locales/memory/*.tmx merge=translate-tmx\n"))
        _ = try TranslateBinary.run(["init", "--git", "--root", folder.path])
        #expect(try String(contentsOf: attributes, encoding: .utf8) == text)
    }
}
