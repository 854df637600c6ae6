import Foundation

/// Where a build puts its files as it makes them, so a build of many languages never holds
/// more than one language's files at once.
public protocol BuildSink: AnyObject {
    /// Adds the file at `path` (relative to Output/). A path is given once per build.
    func add(_ data: Data, at path: String) throws
}

/// Keeps a build's files in memory (tests, small projects).
public final class BuildFiles: BuildSink {
    /// Path relative to Output/ → bytes.
    public private(set) var files: [String: Data] = [:]

    public init() {}

    public func add(_ data: Data, at path: String) throws { files[path] = data }
}
