import Foundation

/// Checks a project's Locales folder: each `<tag>.po`, with `messages.pot` as the template.
public enum ProjectChecker {
    /// Checks the languages asked for (all files when `languages` is empty). Never writes.
    /// With `sourceOnly`, only the English of messages.pot is checked (`translate check --source`).
    /// Throws only for usage problems: no Locales folder, a language asked for without a file.
    /// Files are read through `snapshot`: a build passes its own, so it bundles the bytes that were checked.
    public static func check(
        root: URL, languages: [String] = [], settings: CheckSettings = CheckSettings(),
        registry: LanguageRegistry? = nil, sourceOnly: Bool = false,
        snapshot: CatalogSnapshot = CatalogSnapshot()
    ) throws -> CheckReport {
        let paths = ProjectPaths(root: root)
        let folder = paths.locales
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TranslateError(path: paths.display(folder), "no Locales folder", hint: "run 'translate init' to create it, or pass --root DIR")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".po") }.sorted()
        var available: [String: String] = [:]
        for name in names { available[String(name.dropLast(3))] = name }
        var chosen: [String]
        if sourceOnly {
            guard FileManager.default.fileExists(atPath: paths.template.path) else {
                throw TranslateError(path: paths.display(paths.template), "no template to check", hint: "run 'translate extract' to create it")
            }
            chosen = []
        } else if languages.isEmpty {
            chosen = available.keys.sorted()
        } else {
            chosen = []
            for tag in languages {
                guard available[tag] != nil else {
                    throw TranslateError(
                        path: paths.displayInLocales("\(tag).po"), "no file for language '\(tag)'",
                        hint: "languages with files: \(available.keys.sorted().joined(separator: ", "))")
                }
                if !chosen.contains(tag) { chosen.append(tag) }
            }
        }
        var lines: [String: [Substring]] = [:]
        var diagnostics: [Diagnostic] = []
        var template: Catalog?
        var unreadable: [String] = []
        let glossary = try Glossary.load(projectRoot: root)
        let templateURL = paths.template
        if FileManager.default.fileExists(atPath: templateURL.path) {
            let path = paths.display(templateURL)
            let (text, error) = readText(templateURL, path: path, paths: paths, snapshot: snapshot)
            if let text {
                lines[path] = Self.split(text)
                let parsed = POReader.parse(text, path: path)
                template = parsed.catalog
                diagnostics += parsed.diagnostics.map {
                    var d = $0
                    d.check = d.check ?? "po-syntax"
                    return d
                }
                var sourceRunner = CheckRunner(settings: settings, registry: registry, glossary: glossary)
                sourceRunner.idioms = try IdiomList.load(projectRoot: root)
                sourceRunner.abbreviations = try AbbreviationList.load(projectRoot: root)
                let sourceFindings = sourceRunner.runSource(parsed.catalog, path: path)
                diagnostics += sourceFindings
                // Source findings point into content pages: keep their lines so reports can show them.
                for page in Set(sourceFindings.map(\.path)) where lines[page] == nil {
                    let url = root.appendingPathComponent(page)
                    if (try? paths.permitted(url)) != nil, let text = try? TextFile.read(url, displayPath: page) { lines[page] = Self.split(text) }
                }
            }
            if let error {
                diagnostics.append(error)
                unreadable.append(path)
                lines[path] = Self.split(String(decoding: (try? snapshot.data(templateURL)) ?? Data(), as: UTF8.self))
            }
        }
        let runner = CheckRunner(settings: settings, registry: registry, glossary: glossary)
        // Languages are checked on every core: each file gets its own context, checks keep no state
        // between entries, and the registry locks its caches. Results go back in language order.
        let results = parallelMap(chosen.count) { index -> (path: String, lines: [Substring], diagnostics: [Diagnostic], readable: Bool) in
            let tag = chosen[index]
            let url = folder.appendingPathComponent(available[tag]!)
            let path = paths.displayInLocales(available[tag]!)
            let (text, error) = readText(url, path: path, paths: paths, snapshot: snapshot)
            var found: [Diagnostic] = []
            if var error {
                error.locale = tag
                found.append(error)
            }
            // Undecodable files are shown lossily so the report can still print the offending line.
            let shown = text ?? String(decoding: (try? snapshot.data(url)) ?? Data(), as: UTF8.self)
            if let text { found += runner.run(text: text, path: path, language: tag, template: template) }
            return (path, Self.split(shown), found, text != nil)
        }
        for (path, fileLines, found, readable) in results {
            lines[path] = fileLines
            diagnostics += found
            if !readable { unreadable.append(path) }
        }
        var report = CheckReport(diagnostics: diagnostics, languages: chosen, lines: lines)
        report.unreadable = unreadable
        return report
    }

    /// The file's text, or a diagnostic when it is not text; undecodable files still get lines for display.
    static func readText(_ url: URL, path: String, paths: ProjectPaths, snapshot: CatalogSnapshot) -> (String?, Diagnostic?) {
        do {
            // A catalog symlinked to a file outside the project is not read (ProjectPaths decides).
            try paths.permitted(url)
            return (try snapshot.text(url, displayPath: path), nil)
        } catch let error as TranslateError {
            let diagnostic = Diagnostic(
                severity: .error, path: path, position: error.position ?? TextPosition(line: 1, column: 1),
                check: "po-syntax", message: error.message, notes: error.hint.map { [$0] } ?? [])
            return (nil, diagnostic)
        } catch {
            return (nil, Diagnostic(severity: .error, path: path, position: TextPosition(line: 1, column: 1), check: "po-syntax", message: "\(error)"))
        }
    }

    static func split(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }
}
