import Foundation

/// The files and folders `translate init` creates for a new project.
public enum ProjectScaffold {
    /// One thing to create: a folder, or a file with its content.
    public struct Item: Equatable, Sendable {
        /// Relative to the project root, "/"-separated.
        public var path: String
        /// Nil for a folder.
        public var content: String?
    }

    static let outputReadme = """
        # Output

        `translate build` writes the localized bundles here, one folder per language.
        Everything in this folder is generated: do not edit it by hand, and do not translate here.
        Translations live in ../\(ProjectPaths.localesName)/<tag>.po.

        """

    static let glossaryReadme = """
        # Glossary

        Terms that must be translated the same way everywhere (school names, programs, offices),
        one file per language. `translate check` compares translations against them.

        """

    /// What a new project gets.
    public static func items(config: ProjectConfig = ProjectConfig()) -> [Item] {
        [
            Item(path: ProjectConfig.fileName, content: config.jsonText),
            Item(path: ProjectPaths.localesName, content: nil),
            Item(path: "\(ProjectPaths.localesName)/\(LanguageRegistry.fileName)", content: BuiltInLanguages.text + "\n"),
            Item(path: ProjectPaths.contentName, content: nil),
            Item(path: ProjectPaths.glossaryName, content: nil),
            Item(path: "\(ProjectPaths.glossaryName)/README.md", content: glossaryReadme),
            Item(path: ProjectPaths.outputName, content: nil),
            Item(path: "\(ProjectPaths.outputName)/README.md", content: outputReadme),
        ]
    }

    /// Creates the project under `root` and returns what it created (existing folders are kept
    /// and not listed). Refuses, creating nothing, when any of the files already exists.
    @discardableResult
    public static func create(root: URL, config: ProjectConfig = ProjectConfig()) throws -> [String] {
        let manager = FileManager.default
        let planned = items(config: config)
        var conflicts: [String] = []
        for item in planned {
            let url = root.appendingPathComponent(item.path)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            if item.content != nil || !isFolder.boolValue { conflicts.append(item.path) }
        }
        if !conflicts.isEmpty {
            throw TranslateError(
                path: root.path, "this folder already has \(conflicts.joined(separator: ", ")); translate init does not overwrite files",
                hint: "run it in an empty folder, or move those files away first")
        }
        var created: [String] = []
        for item in planned {
            let url = try ProjectPaths(root: root).permitted(root.appendingPathComponent(item.path))
            if let content = item.content {
                try AtomicFile.write(content, to: url)
                created.append(item.path)
            } else if !manager.fileExists(atPath: url.path) {
                do {
                    try manager.createDirectory(at: url, withIntermediateDirectories: true)
                } catch {
                    throw TranslateError(path: url.path, "cannot create folder: \(error.localizedDescription)")
                }
                created.append(item.path + "/")
            }
        }
        return created
    }
}
