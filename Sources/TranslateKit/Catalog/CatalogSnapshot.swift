import Foundation

/// The bytes of a project's catalogs and template as one run read them: each file is read from disk
/// once, on first use, and every later reader gets those same bytes.
///
/// A build checks the catalogs, then hashes and bundles them. Read three times, a catalog edited in
/// between (an import, a sync) would ship text the check never saw; read once through a snapshot
/// shared by the check and the build, an edit during the build is either wholly in or wholly out.
public final class CatalogSnapshot: @unchecked Sendable {
    // @unchecked: `files` and `diskReads` are only touched under `lock`; the check reads files on every core.
    private let lock = NSLock()
    private var files: [String: Result<Data, TranslateError>] = [:]
    private var diskReads: [String: Int] = [:]
    private let readFile: @Sendable (URL) throws -> Data

    /// A snapshot that reads through `readFile` (tests count or change the bytes a file gives).
    public init(readFile: @escaping @Sendable (URL) throws -> Data = { try TextFile.readData($0) }) {
        self.readFile = readFile
    }

    /// The file's bytes, read from disk on the first call for its path. `displayPath` names the file
    /// in errors, as `TextFile.read` does.
    public func data(_ url: URL, displayPath: String? = nil) throws -> Data {
        let key = url.standardizedFileURL.path
        let found = lock.withLock { files[key] }
        let result: Result<Data, TranslateError>
        if let found {
            result = found
        } else {
            // Read outside the lock, so the check's workers read their files side by side.
            let read: Result<Data, TranslateError>
            do { read = .success(try readFile(url)) } catch let error as TranslateError {
                read = .failure(error)
            } catch {
                read = .failure(TranslateError("cannot read file: \(error.localizedDescription)"))
            }
            result = lock.withLock {
                diskReads[key, default: 0] += 1
                if let first = files[key] { return first }
                files[key] = read
                return read
            }
        }
        switch result {
        case .success(let data): return data
        case .failure(var error):
            error.path = displayPath ?? url.path
            throw error
        }
    }

    /// The file's text (UTF-8 with or without BOM, or BOM-marked UTF-16), decoded from the snapshot's bytes.
    public func text(_ url: URL, displayPath: String? = nil) throws -> String {
        try TextFile.decode(data(url, displayPath: displayPath), path: displayPath ?? url.path)
    }

    /// How many times the file was read from disk (1 once it has been used; tests).
    public func diskReads(of url: URL) -> Int {
        lock.withLock { diskReads[url.standardizedFileURL.path] ?? 0 }
    }
}
