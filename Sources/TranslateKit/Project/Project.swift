import Foundation

/// An opened project: where its files are, its settings, and its languages, checked against each other.
public struct Project: Sendable {
    public let paths: ProjectPaths
    public let config: ProjectConfig
    public let registry: LanguageRegistry

    public init(paths: ProjectPaths, config: ProjectConfig, registry: LanguageRegistry) {
        self.paths = paths
        self.config = config
        self.registry = registry
    }

    /// Reads translate.json (defaults when absent) and Locales/languages.tsv (the built-in
    /// registry when absent), and checks that every language translate.json names is registered.
    public static func open(root: URL) throws -> Project {
        let paths = ProjectPaths(root: root)
        let config = try ProjectConfig.load(root: paths.root)
        let registry = try LanguageRegistry.forProject(root: paths.root)
        let project = Project(paths: paths, config: config, registry: registry)
        try project.checkLanguages()
        return project
    }

    /// The languages catalogs are kept for: every registered language but the source language
    /// and test-only pseudo-locales, in registry order.
    public var targetLanguages: [Language] {
        let source = registry.language(config.sourceLanguage)?.tag ?? config.sourceLanguage
        return registry.languages.filter { $0.tag != source && !$0.isTestOnly }
    }

    /// Throws at the position in translate.json of the first language tag the registry does not know.
    func checkLanguages() throws {
        var named: [(tag: String, locate: (JSONNode) -> TextPosition?)] = []
        named.append((config.sourceLanguage, { $0["sourceLanguage"]?.position }))
        for (index, tag) in config.criticalLanguages.enumerated() {
            named.append((tag, { $0["criticalLanguages"]?.array?[index].position }))
        }
        for (check, setting) in config.checks.sorted(by: { $0.key < $1.key }) {
            for tag in setting.languages.keys.sorted() {
                named.append((tag, { root in root["checks"]?[check]?["languages"]?.members?.first { $0.key == tag }?.keyPosition }))
            }
        }
        for (tag, locate) in named where registry.language(tag) == nil {
            var position: TextPosition?
            if let text = try? TextFile.read(paths.config), let root = try? JSONValue.parse(text, path: ProjectConfig.fileName) {
                position = locate(root)
            }
            var hint = "add it to \(ProjectPaths.localesName)/\(LanguageRegistry.fileName), or use a registered tag"
            if let near = NameSuggestion.closest(to: tag, among: registry.tags) { hint = "did you mean '\(near)'? " + hint }
            throw TranslateError(
                path: ProjectConfig.fileName, position: position,
                "language '\(tag)' is not in the language registry", hint: hint)
        }
    }
}
