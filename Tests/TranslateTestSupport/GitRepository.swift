import Foundation

/// A scratch git repository with translate's merge drivers enabled, for end-to-end merge tests.
public struct GitRepository {
    public let root: URL

    public struct Result {
        public var status: Int32
        public var output: String
    }

    /// `git init` in a new temporary folder, with an identity, no line-ending conversion, the
    /// drivers in .gitattributes (as `translate init --git` writes them) and enabled with the built binary.
    public static func create(at folder: URL? = nil) throws -> GitRepository {
        let root = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("translate-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let repository = GitRepository(root: root)
        try repository.git("init", "-q", "-b", "main")
        try repository.git("config", "user.name", "Test")
        try repository.git("config", "user.email", "test@example.org")
        try repository.git("config", "core.autocrlf", "false")
        try repository.git("config", "commit.gpgsign", "false")
        let driver = "'\(TranslateBinary.executable.path)' merge --git %O %A %B %P"
        try repository.git("config", "merge.translate-po.driver", driver)
        try repository.git("config", "merge.translate-tmx.driver", driver)
        let initialized = try TranslateBinary.run(["init", "--git", "--root", root.path])
        guard initialized.status == 0 else { throw GitError(message: "translate init --git: \(initialized.stderr)") }
        return repository
    }

    public struct GitError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Runs git; throws unless it exits 0.
    @discardableResult
    public func git(_ arguments: String..., in folder: String? = nil) throws -> String {
        let result = try run(arguments, in: folder)
        guard result.status == 0 else { throw GitError(message: "git \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)") }
        return result.output
    }

    /// Runs git and returns its status and combined output.
    public func run(_ arguments: [String], in folder: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder.map { root.appendingPathComponent($0) } ?? root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = root.path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    public func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
    }

    public func commitAll(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
    }

    /// Commits `base` on main, `theirs` on a branch, `ours` on main, then merges the branch
    /// (from `folder`, to show git runs the driver at the top whatever the current folder).
    public func mergeScenario(path: String, base: String, ours: String, theirs: String, from folder: String? = nil) throws -> Result {
        try write(path, base)
        try commitAll("base")
        try git("checkout", "-q", "-b", "theirs")
        try write(path, theirs)
        try commitAll("theirs")
        try git("checkout", "-q", "main")
        try write(path, ours)
        try commitAll("ours")
        return try run(["merge", "--no-edit", "theirs"], in: folder)
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }
}
