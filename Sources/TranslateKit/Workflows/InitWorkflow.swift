import Foundation

/// `translate init`: scaffolds a project (never overwriting) and adds the merge drivers to .gitattributes.
public enum InitWorkflow {
    public struct Options: Sendable {
        /// Only add the merge drivers (for an existing project).
        public var gitOnly: Bool
        public init(gitOnly: Bool = false) { self.gitOnly = gitOnly }
    }

    public struct Summary: WorkflowSummary, Equatable {
        public var root: String
        /// What the scaffold created, relative to the root (empty with `gitOnly`).
        public var created: [String]
        public var gitOnly: Bool
        /// Merge driver lines added to .gitattributes, and whether the file was there before.
        public var addedDriverLines: Int
        public var gitattributesExisted: Bool

        public func text(_ paint: TextPainter) -> String? {
            var lines: [String] = []
            if !gitOnly {
                lines.append("Created a translate project in \(root):")
                for path in created { lines.append("  \(paint("created", .green)) \(path)") }
            }
            lines.append(
                addedDriverLines == 0
                    ? ".gitattributes already names the merge drivers"
                    : "  \(paint(gitattributesExisted ? "updated" : "created", .green)) .gitattributes (\(addedDriverLines) merge driver lines)")
            lines.append("Enable the merge drivers once in each clone (and in CI):")
            for driver in GitMergeDrivers.all { lines.append("  " + GitMergeDrivers.configLine(driver)) }
            if !gitOnly {
                lines.append(
                    "Next: put English content in \(ProjectPaths.contentName)/, review \(ProjectPaths.localesName)/\(LanguageRegistry.fileName), then run 'translate languages'."
                )
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Creates the project in `root` (created if missing); stops before writing anything when
    /// any of its files exists.
    public static func run(root: URL, _ options: Options = Options(), log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        let created = options.gitOnly ? [] : try ProjectScaffold.create(root: root)
        let existed = FileManager.default.fileExists(atPath: root.appendingPathComponent(".gitattributes").path)
        let added = try GitMergeDrivers.install(root: root)
        return WorkflowResult(
            summary: Summary(
                root: root.path, created: created, gitOnly: options.gitOnly, addedDriverLines: added.count,
                gitattributesExisted: existed))
    }
}
