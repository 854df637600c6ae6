import Foundation

/// Several files of a project replaced all together or not at all (sync's catalogs, pretranslate's,
/// tm import's memories), even when the process is killed half way.
///
/// Each file is first written to a flushed temporary beside its target. `commit` then writes a journal
/// naming every temporary and its target (atomically: the journal exists whole or not at all) and renames
/// the temporaries over their targets. A kill before the journal exists leaves the old files and orphan
/// temporaries (which the next `ProjectLock` removes); a kill after it is finished by the next
/// `ProjectLock`, which replays the renames the journal names. Run it while holding the project lock.
public final class FileTransaction {
    /// Journal file name, in the project root.
    static let journalName = ".translate-journal"

    public let root: URL
    private var staged: [(temporary: URL, target: URL)] = []
    private var targets: Set<String> = []

    public init(root: URL) {
        self.root = root
    }

    /// Files staged so far.
    public var count: Int { staged.count }

    /// Stages `data` for `url` (which must lie inside the project root); a second write to the same file
    /// replaces the first.
    public func write(_ data: Data, to url: URL) throws {
        // The project's one path rule (symlinks resolved), then the path relative to the root for the journal.
        let target = try ProjectPaths(root: root).permitted(url.standardizedFileURL)
        guard let relative = Self.relativePath(of: target, in: root) else {
            throw TranslateError(path: url.path, "refusing to write outside the project (\(root.path))")
        }
        let temporary = try AtomicFile.writeTemporary(data, for: target)
        if !targets.insert(relative).inserted, let index = staged.firstIndex(where: { $0.target == target }) {
            try? FileManager.default.removeItem(at: staged[index].temporary)
            staged[index] = (temporary, target)
        } else {
            staged.append((temporary, target))
        }
    }

    /// Stages `data` only when it differs from the file's content; returns whether it was staged.
    @discardableResult
    public func writeIfChanged(_ data: Data, to url: URL) throws -> Bool {
        if let existing = try? Data(contentsOf: url), existing == data { return false }
        try write(data, to: url)
        return true
    }

    /// Replaces every staged file. After the journal is written the change is decided: a failure or a
    /// kill later is completed by `recover`.
    public func commit() throws {
        guard !staged.isEmpty else { return }
        if staged.count == 1 {
            try Self.replace(staged[0].temporary, staged[0].target)
            staged = []
            return
        }
        var journal = ""
        for (temporary, target) in staged {
            journal += Self.relativePath(of: temporary, in: root)! + "\t" + Self.relativePath(of: target, in: root)! + "\n"
        }
        try AtomicFile.write(Data(journal.utf8), to: root.appendingPathComponent(Self.journalName))
        // From here the journal owns the temporaries: if a rename fails, `recover` finishes the change later,
        // so `rollback` (and deinit) must not delete them.
        staged = []
        try Self.replay(root: root)
    }

    /// Removes the staged temporaries without touching any target.
    public func rollback() {
        for (temporary, _) in staged { try? FileManager.default.removeItem(at: temporary) }
        staged = []
    }

    deinit { rollback() }

    /// Finishes a transaction a killed process left with its journal written. Safe to call at any time
    /// under the project lock; does nothing when there is no journal.
    public static func recover(root: URL) {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(journalName).path) else { return }
        try? replay(root: root)
    }

    /// Renames every journal entry whose temporary still exists, then removes the journal.
    static func replay(root: URL) throws {
        let journalURL = root.appendingPathComponent(journalName)
        let text = (try? String(contentsOf: journalURL, encoding: .utf8)) ?? ""
        var folders = Set<URL>()
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { continue }
            let temporary = root.appendingPathComponent(String(fields[0]))
            let target = root.appendingPathComponent(String(fields[1]))
            // Entries are only ever written by `commit` inside the root; never follow one that leaves it.
            let paths = ProjectPaths(root: root)
            guard relativePath(of: temporary.standardizedFileURL, in: root) != nil, paths.contains(temporary),
                relativePath(of: target.standardizedFileURL, in: root) != nil, paths.contains(target),
                FileManager.default.fileExists(atPath: temporary.path)
            else { continue }
            if rename(temporary.path, target.path) != 0 {
                throw TranslateError(path: target.path, "cannot replace file: \(String(cString: strerror(errno)))")
            }
            folders.insert(target.deletingLastPathComponent())
        }
        for folder in folders { AtomicFile.syncFolder(folder) }
        try? FileManager.default.removeItem(at: journalURL)
        AtomicFile.syncFolder(root)
    }

    static func replace(_ temporary: URL, _ target: URL) throws {
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw TranslateError(path: target.path, "cannot replace file: \(reason)")
        }
        AtomicFile.syncFolder(target.deletingLastPathComponent())
    }

    /// `url`'s path relative to `root`, or nil when it is not inside it.
    static func relativePath(of url: URL, in root: URL) -> String? {
        let base = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
        return String(path.dropFirst(prefix.count))
    }
}
