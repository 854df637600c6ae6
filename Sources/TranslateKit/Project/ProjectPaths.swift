import Foundation

/// Where a project's files live, from its root folder.
public struct ProjectPaths: Sendable, Equatable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// translate.json
    public var config: URL { root.appendingPathComponent(ProjectConfig.fileName) }
    /// Locales/: the catalogs, the template and the language registry.
    public var locales: URL { root.appendingPathComponent("Locales", isDirectory: true) }
    /// Locales/messages.pot: the English template every catalog is merged from.
    public var template: URL { locales.appendingPathComponent("messages.pot") }
    /// Locales/languages.tsv
    public var languageRegistry: URL { locales.appendingPathComponent(LanguageRegistry.fileName) }
    /// Locales/memory/: translation memories, one TMX per language.
    public var memoryFolder: URL { locales.appendingPathComponent("memory", isDirectory: true) }
    public var glossary: URL { root.appendingPathComponent("Glossary", isDirectory: true) }
    public var output: URL { root.appendingPathComponent("Output", isDirectory: true) }
    /// Content/ (the default content source).
    public var content: URL { root.appendingPathComponent("Content", isDirectory: true) }

    /// Locales/<tag>.po
    public func catalog(for tag: String) -> URL { locales.appendingPathComponent("\(tag).po") }
    /// Locales/memory/<tag>.tmx
    public func memory(for tag: String) -> URL { memoryFolder.appendingPathComponent("\(tag).tmx") }
    /// A content source named in translate.json, relative to the root.
    public func source(_ relative: String) -> URL { root.appendingPathComponent(relative, isDirectory: true) }

    /// `url` relative to the root when inside it (for messages), else its full path.
    public func display(_ url: URL) -> String {
        let full = url.standardizedFileURL.path
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }
}
