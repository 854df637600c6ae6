import Foundation

/// Where a project's content is: translate.json's "sources" (default Content/).
public enum ContentSources {
    /// The source folders or files, relative to `root`.
    public static func load(root: URL) throws -> [String] {
        let sources = try ProjectConfig.load(root: root).sources
        return sources.isEmpty ? [ProjectPaths.contentName] : sources
    }
}
