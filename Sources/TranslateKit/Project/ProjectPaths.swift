import Foundation

/// Where a project's files live, from its root folder, and the one place that decides whether
/// a path may be read or written.
public struct ProjectPaths: Sendable, Equatable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    // The names of a project's folders and files, in one place so that a rename is one edit;
    // messages and hints build their paths from these too.
    /// Locales: the catalogs, the template, the registry and the memories.
    public static let localesName = "Locales"
    /// messages.pot, in Locales/.
    public static let templateFileName = "messages.pot"
    /// memory, in Locales/.
    public static let memoryName = "memory"
    public static let glossaryName = "Glossary"
    public static let outputName = "Output"
    /// Content: the default content source.
    public static let contentName = "Content"
    /// Locales/messages.pot, relative to the root.
    public static let templateName = "\(localesName)/\(templateFileName)"

    /// Locales/<tag>.po, relative to the root (for messages; no check of the tag).
    public static func catalogPath(_ tag: String) -> String { "\(localesName)/\(tag).po" }
    /// Locales/memory/<tag>.tmx, relative to the root (for messages; no check of the tag).
    public static func memoryPath(_ tag: String) -> String { "\(localesName)/\(memoryName)/\(tag).tmx" }

    /// translate.json
    public var config: URL { root.appendingPathComponent(ProjectConfig.fileName) }
    /// Locales/: the catalogs, the template and the language registry.
    public var locales: URL { root.appendingPathComponent(Self.localesName, isDirectory: true) }
    /// Locales/messages.pot: the English template every catalog is merged from.
    public var template: URL { locales.appendingPathComponent(Self.templateFileName) }
    /// Locales/languages.tsv
    public var languageRegistry: URL { locales.appendingPathComponent(LanguageRegistry.fileName) }
    /// Locales/memory/: translation memories, one TMX per language.
    public var memoryFolder: URL { locales.appendingPathComponent(Self.memoryName, isDirectory: true) }
    public var glossary: URL { root.appendingPathComponent(Self.glossaryName, isDirectory: true) }
    public var output: URL { root.appendingPathComponent(Self.outputName, isDirectory: true) }
    /// Content/ (the default content source).
    public var content: URL { root.appendingPathComponent(Self.contentName, isDirectory: true) }

    /// Locales/<tag>.po, once the tag is known to be a language tag and the file to be inside the project.
    public func catalog(for tag: String) throws -> URL {
        try permitted(locales.appendingPathComponent("\(try Self.fileTag(tag)).po"))
    }
    /// Locales/memory/<tag>.tmx, checked as `catalog(for:)` is.
    public func memory(for tag: String) throws -> URL {
        try permitted(memoryFolder.appendingPathComponent("\(try Self.fileTag(tag)).tmx"))
    }
    /// A content source named in translate.json, relative to the root.
    public func source(_ relative: String) -> URL { root.appendingPathComponent(relative, isDirectory: true) }

    /// `url` relative to the root when inside it (for messages), else its full path.
    public func display(_ url: URL) -> String {
        let full = url.standardizedFileURL.path
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }

    // MARK: - What may be read or written

    /// Whether `url` lies inside the project once every symlink on its way is resolved: the
    /// one rule every reader and writer of project files goes through, so neither a `..` in a
    /// name nor a symlink can reach a file outside the project.
    public func contains(_ url: URL) -> Bool {
        let resolvedRoot = Self.resolved(root.path)
        let path = Self.resolved(url.path)
        return path == resolvedRoot || path.hasPrefix(resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/")
    }

    /// `url` when it may be read or written (see `contains`); otherwise an input error naming it.
    @discardableResult
    public func permitted(_ url: URL) throws -> URL {
        guard contains(url) else {
            throw TranslateError(
                path: display(url), "refusing to read or write a file outside the project \(root.path) (it resolves to \(Self.resolved(url.path)))",
                hint: "keep project files inside the project folder; replace the symlink with a copy of the file")
        }
        return url
    }

    /// `tag` when it is a well-formed BCP 47 tag (letters and digits in hyphen-separated
    /// subtags, starting with a 2–8 letter language), so it can become a file name; a tag read
    /// from a file or given with --lang never names a path like `../../x`.
    public static func fileTag(_ tag: String) throws -> String {
        guard isWellFormedTag(tag) else {
            throw TranslateError(
                "'\(tag)' is not a language tag",
                hint: "use a tag from \(Self.localesName)/\(LanguageRegistry.fileName) (e.g. es-US, ar, zh-Hant); run 'translate languages' for the list")
        }
        return tag
    }

    /// BCP 47 well-formedness at the level file names need: ASCII letters and digits only.
    public static func isWellFormedTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...8).contains(first.count),
            first.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
    }

    /// The folder that makes `root` a project: translate.json or Locales/.
    public var isProject: Bool {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        return manager.fileExists(atPath: config.path) || (manager.fileExists(atPath: locales.path, isDirectory: &isFolder) && isFolder.boolValue)
    }

    /// Throws the error every command gives when run outside a project, instead of reporting
    /// an empty project as complete.
    public func requireProject() throws {
        guard isProject else {
            throw TranslateError("not a translate project: \(root.path) (run 'translate init' or pass --root)")
        }
    }

    /// `path` with every symlink resolved: the longest existing prefix through realpath(3),
    /// the rest (which does not exist, so holds no symlink) appended and standardized.
    static func resolved(_ path: String) -> String {
        var existing = path
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let base = String(cString: real)
                let joined = rest.isEmpty ? base : base + "/" + rest.reversed().joined(separator: "/")
                return URL(fileURLWithPath: joined).standardizedFileURL.path
            }
            // Split off the last component by hand: URL would fold a trailing ".." first.
            guard let slash = existing.lastIndex(of: "/"), slash != existing.startIndex else {
                return URL(fileURLWithPath: path).standardizedFileURL.path
            }
            rest.append(String(existing[existing.index(after: slash)...]))
            existing = String(existing[..<slash])
        }
    }

    /// Output/report/: the HTML dashboard and its history.
    public var reportFolder: URL { output.appendingPathComponent("report", isDirectory: true) }

    /// A file in Locales/ as messages name it ("Locales/pl.po"); `name` is shown as given, never resolved.
    public func displayInLocales(_ name: String) -> String { display(locales) + "/" + name }

    /// pages/<tag>, relative to Output/: the folder of a language's localized pages.
    public static func outputPages(_ tag: String) -> String { "pages/\(tag)" }
}
