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

    /// Compares a build with Output/ file by file as the build makes them, holding none of them.
    public final class Comparison: BuildSink {
        let output: URL
        var existing: [String: URL]
        var found: [Difference] = []
        /// Files compared so far.
        public private(set) var count = 0

        public init(against output: URL) {
            self.output = output
            existing = BuildOutput.listFiles(in: output).filter { path, _ in !foreignFolders.contains { path.hasPrefix($0 + "/") } }
        }

        public func add(_ data: Data, at path: String) throws {
            count += 1
            if let url = existing.removeValue(forKey: path) {
                if (try? Data(contentsOf: url)) != data { found.append(Difference(path: path, kind: .changed)) }
            } else {
                found.append(Difference(path: path, kind: .added))
            }
        }

        /// Every difference, sorted by path: files Output/ holds that the build did not make count as removed.
        public var differences: [Difference] {
            (found + existing.keys.map { Difference(path: $0, kind: .removed) }).sorted { $0.path < $1.path }
        }
    }

    /// Files that differ between `files` and the folder, sorted by path; foreign folders are ignored.
    public static func differences(_ files: [String: Data], against output: URL) -> [Difference] {
        let comparison = Comparison(against: output)
        for path in files.keys.sorted() { try? comparison.add(files[path]!, at: path) }
        return comparison.differences
    }

    /// Writes `files` into a temporary sibling of `output`, copies the foreign folders over, and swaps it in.
    /// `afterFile` is called with the count of files written so far (a test hook pauses there).
    public static func install(_ files: [String: Data], at output: URL, afterFile: ((Int) -> Void)? = nil) throws {
        try install(at: output, afterFile: afterFile) { staging in
            for path in files.keys.sorted() { try staging.add(files[path]!, at: path) }
        }
    }

    /// Writes what `produce` adds straight into a temporary sibling of `output` (Output.tmp-<pid>),
    /// copies the foreign folders over, flushes it to disk and swaps it in; if `produce` throws,
    /// the temporary folder is removed and Output/ is left as it was.
    public static func install<T>(at output: URL, afterFile: ((Int) -> Void)? = nil, _ produce: (BuildSink) throws -> T) throws -> T {
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
            let staging = Staging(folder: temporary, afterFile: afterFile)
            let value = try produce(staging)
            for folder in foreignFolders {
                let from = output.appendingPathComponent(folder, isDirectory: true)
                for (relative, url) in listFiles(in: from).sorted(by: { $0.key < $1.key }) {
                    try staging.add(try Data(contentsOf: url), at: folder + "/" + relative)
                }
            }
            try staging.flush()
            try swap(temporary, into: output)
            return value
        } catch {
            try? manager.removeItem(at: temporary)
            // File-system failures get the folder's path; the producer's own errors pass through as they are.
            guard error is CocoaError else { throw error }
            throw TranslateError(path: output.path, "cannot write the build: \(error.localizedDescription)")
        }
    }

    /// Writes files into the temporary folder. No file needs to be atomic on its own there (nothing reads
    /// the folder before the swap), so files are written plainly and flushed to disk once, before the swap.
    final class Staging: BuildSink {
        let folder: URL
        let afterFile: ((Int) -> Void)?
        var written = 0
        var folders: Set<String> = []

        init(folder: URL, afterFile: ((Int) -> Void)?) {
            self.folder = folder
            self.afterFile = afterFile
        }

        func add(_ data: Data, at path: String) throws {
            guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
                throw TranslateError(path: path, "a build file's path must stay inside Output/")
            }
            let url = folder.appendingPathComponent(path)
            let parent = url.deletingLastPathComponent()
            if folders.insert(parent.path).inserted {
                do { try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
                    throw TranslateError(path: parent.path, "cannot create folder: \(error.localizedDescription)")
                }
            }
            do { try data.write(to: url) } catch {
                throw TranslateError(path: url.path, "cannot write file: \(error.localizedDescription)", hint: "check free disk space and permissions")
            }
            written += 1
            afterFile?(written)
        }

        /// Flushes the folder's file system, so a crash after the swap cannot leave empty files in Output/.
        func flush() throws {
            guard let syncFileSystem = BuildOutput.syncfs else {
                sync()
                return
            }
            let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
            guard descriptor >= 0 else { return }
            defer { close(descriptor) }
            if syncFileSystem(descriptor) != 0 {
                throw TranslateError(path: folder.path, "cannot flush the build to disk: \(String(cString: strerror(errno)))")
            }
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
        let renameExchangeFlag: UInt32 = 2  // RENAME_EXCHANGE (linux/fs.h)
        if let exchange = renameExchange, exchange(AT_FDCWD, temporary.path, AT_FDCWD, output.path, renameExchangeFlag) == 0 {
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

    /// glibc functions the Glibc module does not export (they need _GNU_SOURCE), looked up at run time.
    private static func glibc<Function>(_ name: String, as type: Function.Type) -> Function? {
        #if os(Linux)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
            return unsafeBitCast(symbol, to: type)
        #else
            return nil
        #endif
    }

    /// renameat2, for RENAME_EXCHANGE.
    private static let renameExchange = glibc(
        "renameat2",
        as: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
    /// syncfs: flushes the one file system the build is on.
    fileprivate static let syncfs = glibc("syncfs", as: (@convention(c) (Int32) -> Int32).self)

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
