import Foundation
import TranslateKit
import TranslateICU

/// `translate sync`: merges Locales/messages.pot into every Locales/<tag>.po.
enum SyncCommand: Command {
    static let name = "sync"
    static let summary = "bring every Locales/<tag>.po up to date with Locales/messages.pot"
    static let help = """
    Usage: translate sync [--lang TAG,…] [--all-languages] [--format text|json] [--root DIR]

    Merges Locales/messages.pot into each Locales/<tag>.po by key: new messages are added
    untranslated; a message whose English changed keeps its translation marked fuzzy, with the
    old English as a '#|' comment; a message gone from the content becomes obsolete ('#~'), so no
    translation is ever lost. When a sentence with a text-derived key is edited, its old
    translation moves to the new key as fuzzy (if the two are similar and on the same page).
    Files that would not change are not written.

    Options:
      --lang TAG,…        also create Locales/<TAG>.po for these languages (BCP 47 tags)
      --all-languages     also create a catalog for every language of the registry
                          (Locales/languages.tsv, else the built-in one)
      --format text|json  the summary's format (default text)

    Example:
      translate sync --lang pl,zh-Hans
    """
    static let valueOptions: Set<String> = ["--lang"]
    static let flagOptions: Set<String> = ["--all-languages"]
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.format(["text", "json"])
        return try sync(root: options.root, languages: options.all("--lang"), allLanguages: options.has("--all-languages"),
                        console: console, quiet: format == "json", json: format == "json")
    }

    /// Shared with `extract`.
    static func sync(root: URL, languages: [String], allLanguages: Bool = false, console: Console, quiet: Bool, json: Bool = false) throws -> Int32 {
        let paths = ProjectPaths(root: root)
        let locales = paths.locales
        let potURL = try paths.permitted(paths.template)
        let template = try POReader.read(potURL, displayPath: "Locales/messages.pot")
        var status = ExitStatus.success
        for diagnostic in template.diagnostics {
            console.err(diagnostic.formatted)
            if diagnostic.severity == .error { status = ExitStatus.findings }
        }
        var tags = Set<String>()
        let registry = try LanguageRegistry.forProject(root: root)
        for tag in languages {
            let language = try registry.resolve(tag: tag)
            if let warning = language.warning { console.err(console.paint("warning: \(warning)", .yellow, stderr: true)) }
            tags.insert(language.tag)
        }
        if allLanguages {
            let source = try ProjectConfig.load(root: root).sourceLanguage.lowercased()
            for tag in registry.tags where tag.lowercased() != source && !tag.lowercased().hasPrefix(source + "-") { tags.insert(tag) }
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: locales.path)) ?? []
        for file in existing where file.hasSuffix(".po") && !file.hasPrefix(".") { tags.insert(String(file.dropLast(3))) }
        var report: [[String: Any]] = []
        // Catalogs are replaced together at the end: a kill leaves every catalog as it was, or all synced.
        let transaction = FileTransaction(root: root)
        for tag in tags.sorted() {
            let url = try paths.catalog(for: tag)
            let path = "Locales/\(tag).po"
            var catalog: Catalog
            if FileManager.default.fileExists(atPath: url.path) {
                let read = try POReader.read(url, displayPath: path)
                if read.diagnostics.contains(where: { $0.severity == .error }) {
                    for diagnostic in read.diagnostics { console.err(diagnostic.formatted) }
                    console.err("\(path): not merged: fix the errors above first")
                    status = ExitStatus.findings
                    continue
                }
                catalog = read.catalog
            } else {
                catalog = Catalog()
                for field in template.catalog.headerFields { catalog.setHeaderField(field.name, field.value) }
                catalog.setHeaderField("Language", tag)
            }
            let rekeyed = EditedMessageMatcher.rekey(catalog, template: template.catalog)
            let result = CatalogMerger.merge(template: template.catalog, into: rekeyed.catalog)
            let changed = try transaction.writeIfChanged(Data(POWriter.write(result.catalog).utf8), to: url)
            report.append(["language": tag, "added": result.added, "changed": result.changed, "obsoleted": result.obsoleted,
                           "modernized": result.modernized, "written": changed])
            if !quiet {
                let renamed = result.modernized > 0 ? ", \(result.modernized) with tags renamed <1> → <x1> (state kept)" : ""
                console.progress("\(path): \(result.added) new, \(result.changed) changed (fuzzy), \(result.obsoleted) obsolete\(renamed)\(changed ? "" : " (unchanged)")")
            }
        }
        try transaction.commit()
        if json {
            let data = try JSONSerialization.data(withJSONObject: ["catalogs": report], options: [.sortedKeys, .withoutEscapingSlashes])
            console.out(String(decoding: data, as: UTF8.self))
        }
        return status
    }
}
