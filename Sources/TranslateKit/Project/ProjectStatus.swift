import Foundation

/// Per-language progress over Locales/: what `translate status` and the report show.
public struct LanguageStatus: Codable, Equatable, Sendable {
    public var tag: String
    public var englishName: String
    public var endonym: String
    public var direction: String
    public var tier: String
    /// Locales/<tag>.po relative to the root, or nil when the language has no file yet.
    public var file: String?
    public var statistics: CatalogStatistics
    /// Syntax problems found while reading the file (it is still counted).
    public var problems: Int
    /// Why the file could not be read at all (path:line:col: error …); its counts are then
    /// the template's, all untranslated, and the other languages are still counted.
    public var error: String?
}

/// Computes the status of every target language of a project.
public enum ProjectStatus {
    /// Reads the template and each language's catalog. A language without a file counts every
    /// template message as untranslated, so the table always covers the whole registry.
    public static func compute(_ project: Project, languages filter: [String] = []) throws -> [LanguageStatus] {
        let paths = project.paths
        var template = Catalog()
        if FileManager.default.fileExists(atPath: paths.template.path) {
            template = try POReader.read(paths.template, displayPath: paths.display(paths.template)).catalog
        }
        var languages = project.targetLanguages
        if !filter.isEmpty {
            languages = try filter.map { tag in
                guard let language = project.registry.language(tag) else {
                    throw TranslateError("unknown language '\(tag)'", hint: "run 'translate languages' for the registry's tags")
                }
                return language
            }
        }
        return try languages.map { language in
            let url = try paths.catalog(for: language.tag)
            var file: String?
            var catalog = template
            var problems = 0
            var unreadable: String?
            if FileManager.default.fileExists(atPath: url.path) {
                file = paths.display(url)
                do {
                    let result = try POReader.read(url, displayPath: paths.display(url))
                    catalog = result.catalog
                    problems = result.diagnostics.count
                } catch let error as TranslateError {
                    unreadable = error.description
                    for index in catalog.entries.indices { catalog.entries[index].translation = "" }
                }
            } else {
                for index in catalog.entries.indices { catalog.entries[index].translation = "" }
            }
            return LanguageStatus(
                tag: language.tag, englishName: language.englishName, endonym: language.endonym,
                direction: language.direction.rawValue, tier: language.tier.rawValue, file: file,
                statistics: CatalogStatistics(catalog: catalog), problems: problems, error: unreadable)
        }
    }
}
