import Foundation

/// One writer at a time per project. Commands that write catalogs, memories, the glossary or Output/
/// hold an exclusive `flock(2)` on the project folder itself for their whole run, so two of them
/// (two builds, an import during a sync) serialize instead of losing each other's work, and a build's
/// check and its bundles read the same catalogs.
///
/// Locking the folder rather than a lock file leaves nothing behind in the project, and the kernel
/// drops the lock when the process dies (kill -9 included), so a lock is never stale. On taking the
/// lock, the project is first brought back to a complete state: a multi-file write that was cut short
/// after its journal was written is finished (`FileTransaction.recover`), an Output/ a killed build had
/// moved aside is put back, and temporary files and folders of writers that are gone are removed.
public final class ProjectLock {
    private let descriptor: Int32
    public let root: URL

    /// Takes the lock on `root`, waiting for another writer when there is one; `waiting` is called once,
    /// before waiting, so the command can say why it pauses. Throws when the folder cannot be opened.
    public init(root: URL, waiting: () -> Void = {}) throws {
        self.root = root
        let descriptor = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw TranslateError(path: root.path, "cannot open the project folder: \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw TranslateError(path: root.path, "cannot lock the project folder: \(reason)")
            }
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw TranslateError(path: root.path, "cannot lock the project folder: \(reason)")
                }
            }
        }
        self.descriptor = descriptor
        FileTransaction.recover(root: root)
        Self.removeAbandonedTemporaries(root: root)
        // A build killed between its two renames, or while writing Output.tmp-<pid>/.
        let output = ProjectPaths(root: root).output
        BuildOutput.recover(output)
        BuildOutput.removeAbandoned(in: output.deletingLastPathComponent(), name: output.lastPathComponent)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Folders where the tool writes files atomically (and so may leave `.name.<pid>.<n>.tmp` after a kill).
    static func writableFolders(root: URL) -> [URL] {
        [root, ProjectPaths(root: root).locales, ProjectPaths(root: root).memoryFolder, ProjectPaths(root: root).glossary]
    }

    /// Removes `AtomicFile` temporaries whose writer process no longer exists. Called with the lock held,
    /// after recovery, so no live writer of this project owns them.
    static func removeAbandonedTemporaries(root: URL) {
        let manager = FileManager.default
        for folder in writableFolders(root: root) {
            for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] {
                guard let pid = AtomicFile.writerProcess(ofTemporary: name), !processExists(pid) else { continue }
                try? manager.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }

    static func processExists(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
