import Foundation

/// Writes files so that a reader (or a crash) never sees half of one: write a temporary file
/// in the same folder, flush it, then rename it over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = try writeTemporary(data, for: url)
        do {
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                throw TranslateError(path: url.path, "cannot replace file: \(reason)")
            }
            syncFolder(folder)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes `data` to a flushed temporary file beside `url` (`.name.<pid>.<random>.tmp`) and returns it.
    static func writeTemporary(_ data: Data, for url: URL) throws -> URL {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw TranslateError(path: folder.path, "cannot create folder: \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        // open(2) and write(2) directly: FileManager.createFile itself writes through a second temporary
        // (.dat.nosync…) that a kill would leave behind under a name nothing recognises.
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw TranslateError(
                path: temporary.path, "cannot create a temporary file: \(String(cString: strerror(errno)))",
                hint: "check that the folder is writable")
        }
        var failure: String?
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if let failure {
            unlink(temporary.path)
            throw TranslateError(path: url.path, "cannot write file: \(failure)")
        }
        return temporary
    }

    /// The process that wrote a temporary file named as `writeTemporary` names them, or nil for any other name.
    static func writerProcess(ofTemporary name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, UInt32(parts[parts.count - 1]) != nil else { return nil }
        return Int32(parts[parts.count - 2])
    }

    /// Flushes a folder's entries (a rename is durable only once its folder is), best effort.
    static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
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
