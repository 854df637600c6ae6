import Foundation

/// Where tests find the repository's files: the package root (the sample project, docs, Content/) and the
/// fixtures folder that both test targets read (the unit tests also get it as their bundle's resources).
public enum FixturePaths {
    /// The package root: this file is Tests/TranslateTestSupport/FixturePaths.swift.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Tests/TranslateKitTests/Fixtures, by path, for targets that do not carry it as a resource.
    public static let fixtures = packageRoot.appendingPathComponent("Tests/TranslateKitTests/Fixtures")

    /// The files that make up the repository's sample project.
    public static let sampleProjectItems = ["translate.json", "Content", "Locales", "Glossary"]
}
