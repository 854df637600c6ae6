import Foundation

/// Writes files so that a reader (or a crash) never sees half of one: write a temporary file
/// in the same folder, flush it, then rename it over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw TranslateError(path: folder.path, "cannot create folder: \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw TranslateError(path: temporary.path, "cannot create a temporary file", hint: "check that the folder is writable")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                throw TranslateError(path: url.path, "cannot replace file: \(reason)")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? TranslateError { throw error }
            throw TranslateError(path: url.path, "cannot write file: \(error.localizedDescription)")
        }
    }

    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Writes only when the content differs, so unchanged files keep their timestamps.
    /// Returns whether the file was written.
    @discardableResult
    public static func writeIfChanged(_ data: Data, to url: URL) throws -> Bool {
        if let existing = try? Data(contentsOf: url), existing == data { return false }
        try write(data, to: url)
        return true
    }
}
