import Foundation

/// Puts a build's files in place as a whole: everything is written to a sibling folder
/// (Output.tmp-<pid>) and swapped in with one rename, so a failed or killed build leaves
/// Output/ as it was, and readers never see a mix of two builds.
public enum BuildOutput {
    /// Folders in Output/ that belong to other commands and are carried over, never compared.
    public static let foreignFolders = ["report"]

    /// A difference between a build and Output/.
    public struct Difference: Equatable, Sendable, CustomStringConvertible {
        public enum Kind: String, Sendable { case added, changed, removed }
        public var path: String
        public var kind: Kind
        public var description: String { "\(kind.rawValue): \(path)" }
    }

    /// Every file under `folder`, by path relative to it (empty when the folder is absent).
    public static func listFiles(in folder: URL) -> [String: URL] {
        var result: [String: URL] = [:]
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            result[String(path.dropFirst(base.count + 1))] = url
        }
        return result
    }

    /// Files that differ between `files` and the folder, sorted by path; foreign folders are ignored.
    public static func differences(_ files: [String: Data], against output: URL) -> [Difference] {
        let existing = listFiles(in: output).filter { path, _ in !foreignFolders.contains { path.hasPrefix($0 + "/") } }
        var result: [Difference] = []
        for (path, data) in files {
            if let url = existing[path] {
                if (try? Data(contentsOf: url)) != data { result.append(Difference(path: path, kind: .changed)) }
            } else {
                result.append(Difference(path: path, kind: .added))
            }
        }
        for path in existing.keys where files[path] == nil { result.append(Difference(path: path, kind: .removed)) }
        return result.sorted { $0.path < $1.path }
    }

    /// Writes `files` into a temporary sibling of `output`, copies the foreign folders over, and swaps it in.
    /// `afterFile` is called with the count of files written so far (a test hook pauses there).
    public static func install(_ files: [String: Data], at output: URL, afterFile: ((Int) -> Void)? = nil) throws {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        recover(output)
        removeAbandoned(in: parent, name: name)
        let pid = ProcessInfo.processInfo.processIdentifier
        let temporary = parent.appendingPathComponent("\(name).tmp-\(pid)", isDirectory: true)
        try? manager.removeItem(at: temporary)
        do {
            try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
            var written = 0
            for path in files.keys.sorted() {
                try AtomicFile.write(files[path]!, to: temporary.appendingPathComponent(path))
                written += 1
                afterFile?(written)
            }
            for folder in foreignFolders {
                let from = output.appendingPathComponent(folder, isDirectory: true)
                for (relative, url) in listFiles(in: from) {
                    try AtomicFile.write(try Data(contentsOf: url), to: temporary.appendingPathComponent(folder + "/" + relative))
                }
            }
            try swap(temporary, into: output)
        } catch {
            try? manager.removeItem(at: temporary)
            if let error = error as? TranslateError { throw error }
            throw TranslateError(path: output.path, "cannot write the build: \(error.localizedDescription)")
        }
    }

    /// Replaces `output` by `temporary`. With an existing Output/ the two are exchanged in one step
    /// (renameat2 RENAME_EXCHANGE) where the file system allows it; otherwise Output/ is moved aside
    /// first, and `recover` puts it back if the process dies between the two renames.
    static func swap(_ temporary: URL, into output: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: output.path, isDirectory: &isDirectory) else {
            guard rename(temporary.path, output.path) == 0 else {
                throw TranslateError(path: output.path, "cannot rename the build into place: \(String(cString: strerror(errno)))")
            }
            return
        }
        if let exchange = renameExchange, exchange(AT_FDCWD, temporary.path, AT_FDCWD, output.path, 2 /* RENAME_EXCHANGE */) == 0 {
            try? manager.removeItem(at: temporary)
            return
        }
        let aside = output.deletingLastPathComponent().appendingPathComponent("\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        guard rename(output.path, aside.path) == 0 else {
            throw TranslateError(path: output.path, "cannot move the previous build aside: \(String(cString: strerror(errno)))")
        }
        guard rename(temporary.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside.path, output.path)
            throw TranslateError(path: output.path, "cannot rename the build into place: \(reason)")
        }
        try? manager.removeItem(at: aside)
    }

    /// glibc's renameat2, looked up at run time because the Glibc module does not export it.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchange: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// Puts back an Output/ moved aside by a build that died before its second rename.
    static func recover(_ output: URL) {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: output.path) else { return }
        let parent = output.deletingLastPathComponent()
        let prefix = output.lastPathComponent + ".old-"
        if let aside = ((try? manager.contentsOfDirectory(atPath: parent.path)) ?? []).filter({ $0.hasPrefix(prefix) }).sorted().last {
            _ = rename(parent.appendingPathComponent(aside).path, output.path)
        }
    }

    /// Removes temporary folders of builds whose process is gone (killed mid-build).
    static func removeAbandoned(in parent: URL, name: String) {
        let manager = FileManager.default
        for entry in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] {
            for marker in [".tmp-", ".old-"] where entry.hasPrefix(name + marker) {
                guard let pid = Int32(entry.dropFirst(name.count + marker.count)) else { continue }
                if kill(pid, 0) != 0 && errno == ESRCH {
                    try? manager.removeItem(at: parent.appendingPathComponent(entry))
                }
            }
        }
    }
}
