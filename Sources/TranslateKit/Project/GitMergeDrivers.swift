import Foundation

/// The git merge drivers that merge catalogs and memories by meaning (`translate merge --git`):
/// the `.gitattributes` lines that name them and the one `git config` line per clone that
/// enables each (git never runs a command a repository names without the user's consent).
public enum GitMergeDrivers {
    /// A driver: its name in `.gitattributes` and the files it merges.
    public struct Driver: Sendable, Equatable {
        public var name: String
        public var patterns: [String]
        /// What git shows when it runs the driver.
        public var summary: String
    }

    public static let all: [Driver] = [
        Driver(name: "translate-po", patterns: ["\(ProjectPaths.localesName)/*.po", "\(ProjectPaths.localesName)/*.pot"], summary: "translate catalog merge"),
        Driver(name: "translate-tmx", patterns: ["\(ProjectPaths.localesName)/\(ProjectPaths.memoryName)/*.tmx"], summary: "translate memory merge"),
    ]

    /// The command git runs: %O base, %A ours (the result is written there), %B theirs, %P the path.
    public static let command = "translate merge --git %O %A %B %P"

    /// The `.gitattributes` lines, one per pattern.
    public static var attributeLines: [String] {
        all.flatMap { driver in driver.patterns.map { "\($0) merge=\(driver.name)" } }
    }

    /// The `git config` line that enables a driver in one clone.
    public static func configLine(_ driver: Driver) -> String {
        "git config merge.\(driver.name).driver \"\(command)\""
    }

    /// Adds the missing driver lines to `root/.gitattributes` (creating it when absent); never
    /// changes or removes a line that is there. Returns the lines added.
    @discardableResult
    public static func install(root: URL) throws -> [String] {
        let url = root.appendingPathComponent(".gitattributes")
        let existing = FileManager.default.fileExists(atPath: url.path) ? try TextFile.read(url, displayPath: ".gitattributes") : ""
        let present = Set(existing.split(whereSeparator: \.isNewline).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") })
        let missing = attributeLines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return [] }
        var text = existing
        let lineEnding = existing.contains("\r\n") ? "\r\n" : "\n"
        if !text.isEmpty && !text.hasSuffix("\n") { text += lineEnding }
        if !existing.contains("translate merge") { text += "# Catalogs and memories merge by meaning: see 'translate merge --help'" + lineEnding }
        text += missing.map { $0 + lineEnding }.joined()
        try AtomicFile.write(text, to: url)
        return missing
    }
}
