import Foundation
import TranslateICU

/// Runs the registry's checks on language files and turns findings into positioned diagnostics.
public struct CheckRunner {
    public var settings: CheckSettings
    public var checks: [any Check]
    public var catalogChecks: [any CatalogCheck]
    public var registry: LanguageRegistry?
    /// The project glossary, when it has one.
    public var glossary: Glossary?

    /// Checks on the English alone, run by `runSource`.
    public var sourceQualityChecks: [any SourceQualityCheck]
    /// The district's idiom list, for the idiom check.
    public var idioms: IdiomList?
    /// The district's well-known abbreviations (Glossary/abbreviations.csv), for the acronym check.
    public var abbreviations: AbbreviationList?

    public init(settings: CheckSettings = CheckSettings(), registry: LanguageRegistry? = nil, checks: [any Check] = CheckRegistry.all,
                catalogChecks: [any CatalogCheck] = CheckRegistry.catalogChecks, glossary: Glossary? = nil,
                sourceQualityChecks: [any SourceQualityCheck] = CheckRegistry.sourceQualityChecks) {
        self.settings = settings
        self.sourceQualityChecks = sourceQualityChecks
        self.glossary = glossary
        self.checks = checks
        self.catalogChecks = catalogChecks
        self.registry = registry
    }

    /// All diagnostics for one language file.
    public func run(_ file: CatalogFile) -> [Diagnostic] {
        let context = CheckContext(languageTag: file.language, settings: settings, registry: registry, glossary: glossary)
        var diagnostics: [Diagnostic] = []
        for check in catalogChecks where settings.isEnabled(check.id, language: file.language) {
            for finding in check.check(file, context) {
                let entry = finding.entryIndex.map { file.catalog.entries[$0] }
                if let entry, entry.hasFlag("ignore-\(check.id)") { continue }
                let position = finding.position ?? entry?.location?.start
                diagnostics.append(Diagnostic(
                    severity: settings.severity(for: check.id, language: file.language, default: finding.severity ?? check.severity),
                    path: file.path, position: position, check: check.id, locale: file.language, key: entry?.effectiveKey,
                    message: finding.message, notes: [check.fixHint] + finding.notes))
            }
        }
        let limit = settings.maximumEntryLength
        for entry in file.catalog.entries where !entry.isObsolete && !entry.isHeader && entry.state != .untranslated {
            // Counting stops early: utf8 count bounds the scalar count from above, so short entries cost nothing.
            let oversize = ([entry.source, entry.translation] + entry.pluralTranslations).contains { $0.utf8.count > limit && $0.unicodeScalars.count > limit }
            if oversize { continue }
            diagnostics += run(entry, path: file.path, context: context)
        }
        return diagnostics
    }

    /// The diagnostics of the entry checks for one entry.
    public func run(_ entry: CatalogEntry, path: String, context: CheckContext) -> [Diagnostic] {
        var units = [CheckUnit(entry: entry)]
        for (offset, form) in entry.pluralTranslations.enumerated() {
            units.append(CheckUnit(entry: entry, source: entry.sourcePlural ?? entry.source, translation: form, formIndex: offset + 1))
        }
        var diagnostics: [Diagnostic] = []
        for check in checks where settings.isEnabled(check.id, language: context.languageTag) && !entry.hasFlag("ignore-\(check.id)") {
            if entry.isFuzzy && !check.checksFuzzy { continue }
            for unit in units where !unit.translation.isEmpty {
                for finding in check.check(unit, context) {
                    diagnostics.append(Diagnostic(
                        severity: settings.severity(for: check.id, language: context.languageTag, default: finding.severity ?? check.severity),
                        path: path, position: Self.position(of: finding, in: unit), check: check.id, locale: context.languageTag,
                        key: entry.effectiveKey, message: finding.message, notes: [check.fixHint] + finding.notes))
                }
            }
        }
        return diagnostics
    }

    /// The file position a finding points at: the exact scalar when the reader kept a map, else the keyword.
    static func position(of finding: Finding, in unit: CheckUnit) -> TextPosition? {
        guard let location = unit.entry.location else { return nil }
        switch finding.target {
        case .entry:
            return location.start
        case .source:
            if let range = finding.range, let map = location.sourceMap, let position = map.position(ofScalarOffset: range.lowerBound) { return position }
            return location.source ?? location.start
        case .translation:
            if unit.formIndex == 0, let map = location.translationMap {
                if let position = map.position(ofScalarOffset: finding.range?.lowerBound ?? 0) { return position }
            }
            // The reader maps only msgstr[0]; find the msgstr[n] keyword in the entry's own lines.
            if unit.formIndex > 0, let body = unit.entry.originalText?.body {
                let keyword = "msgstr[\(unit.formIndex)]"
                for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix(keyword) {
                    return TextPosition(line: location.start.line + index, column: 1)
                }
            }
            return location.translation ?? location.start
        }
    }

    /// The source checks on the template: problems in the English, reported once rather than per language.
    public func runSource(_ template: Catalog, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let context = SourceCheckContext(template: template, glossary: glossary, idioms: idioms, abbreviations: abbreviations, settings: settings)
        for entry in template.entries where !entry.isObsolete && !entry.isHeader {
            for check in checks where settings.isEnabled(check.id, language: "en") && !entry.hasFlag("ignore-\(check.id)") {
                guard let sourceCheck = check as? any SourceCheck else { continue }
                for finding in sourceCheck.checkSource(entry) {
                    diagnostics.append(Diagnostic(
                        severity: settings.severity(for: check.id, language: "en", default: finding.severity ?? check.severity),
                        path: path, position: Self.position(of: finding, in: CheckUnit(entry: entry)), check: check.id, locale: nil,
                        key: entry.effectiveKey, message: finding.message, notes: [check.fixHint] + finding.notes))
                }
            }
            diagnostics += runSourceQuality(entry, path: path, context: context)
        }
        return diagnostics
    }

    /// The translatability checks on one template entry; by default only `critical` entries, whose
    /// English reaches families in every language first.
    func runSourceQuality(_ entry: CatalogEntry, path: String, context: SourceCheckContext) -> [Diagnostic] {
        let enabled = sourceQualityChecks.filter {
            settings.readsSource($0.id, flags: entry.flags) && settings.isEnabled($0.id, language: "en") && !entry.hasFlag("ignore-\($0.id)")
        }
        guard !enabled.isEmpty else { return [] }
        // The writer fixes the page, not the POT: report at the content file and line the unit came from
        // (the first `#:` reference), with the template's place and the unit's other pages as notes. A
        // reference without a line (a template from before lines were kept, an app's JSON) keeps the POT's place.
        let references = entry.references.flatMap { $0.split(separator: " ") }.map { ContentReference($0) }
        let page = references.first.flatMap { $0.line == nil ? nil : $0 }
        let files = SourceCheckContext.files(entry.references)
        var diagnostics: [Diagnostic] = []
        for check in enabled {
            for finding in check.checkSource(entry, context) {
                let templatePosition = Self.position(of: finding, in: CheckUnit(entry: entry))
                var notes: [String]
                if let page {
                    let others = references.dropFirst().map(\.text)
                    notes = ["in the template: \(path)" + (templatePosition.map { ":\($0.line):\($0.column)" } ?? "")]
                        + (others.isEmpty ? [] : ["also in \(others.joined(separator: ", "))"])
                } else {
                    notes = files.isEmpty ? [] : ["in \(files.joined(separator: ", "))"]
                }
                diagnostics.append(Diagnostic(
                    severity: settings.severity(for: check.id, language: "en", default: finding.severity ?? check.severity),
                    path: page?.file ?? path, position: page.map { TextPosition(line: $0.line!, column: 1) } ?? templatePosition,
                    check: check.id, locale: nil,
                    key: entry.effectiveKey, message: finding.message, notes: notes + [check.fixHint] + finding.notes))
            }
        }
        return diagnostics
    }

    /// Runs the checks on a file's text as read from disk: syntax problems become diagnostics, never a stop.
    public func run(text: String, path: String, language: String, template: Catalog? = nil) -> [Diagnostic] {
        let parsed = POReader.parse(text, path: path)
        return run(CatalogFile(path: path, language: language, catalog: parsed.catalog, parseDiagnostics: parsed.diagnostics, template: template))
    }
}

/// The outcome of checking a project: every diagnostic, sorted, and a per-language count.
public struct CheckReport: Sendable, Equatable {
    /// Errors, warnings and notes of one language.
    public struct Counts: Sendable, Equatable, Codable {
        public var errors = 0
        public var warnings = 0
        public var infos = 0
        public init(errors: Int = 0, warnings: Int = 0, infos: Int = 0) {
            self.errors = errors
            self.warnings = warnings
            self.infos = infos
        }
    }

    public var diagnostics: [Diagnostic]
    /// Language tag → counts; every language checked appears, clean ones with zeros.
    public var summary: [String: Counts]
    /// The text of each file read, for showing the offending line (path → lines).
    public var lines: [String: [Substring]]
    /// Files that could not be read as text (e.g. invalid UTF-8): an input error, not a finding.
    public var unreadable: [String] = []

    public init(diagnostics: [Diagnostic], languages: [String], lines: [String: [Substring]] = [:]) {
        // Ties keep the order checks emitted them in (CLDR order for plural categories).
        self.diagnostics = diagnostics.enumerated().sorted { a, b in
            if CheckReport.order(a.element, b.element) { return true }
            if CheckReport.order(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
        var summary: [String: Counts] = [:]
        for language in languages { summary[language] = Counts() }
        for diagnostic in diagnostics {
            let language = diagnostic.locale ?? "source"
            var counts = summary[language] ?? Counts()
            switch diagnostic.severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .info: counts.infos += 1
            }
            summary[language] = counts
        }
        self.summary = summary
        self.lines = lines
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// 2 when a file could not be read (as every other command answers), 1 when there are
    /// errors (or warnings with `strict`), else 0.
    public func exitStatus(strict: Bool) -> Int32 {
        if !unreadable.isEmpty { return 2 }
        return errorCount > 0 || (strict && warningCount > 0) ? 1 : 0
    }

    /// File, then position, then check and message: stable across runs.
    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.path != b.path { return a.path < b.path }
        let pa = a.position ?? TextPosition(line: 0, column: 0), pb = b.position ?? TextPosition(line: 0, column: 0)
        if pa != pb { return pa < pb }
        if (a.check ?? "") != (b.check ?? "") { return (a.check ?? "") < (b.check ?? "") }
        return a.severity < b.severity
    }

    public static func == (a: Self, b: Self) -> Bool { a.diagnostics == b.diagnostics && a.summary == b.summary }
}

/// Checks a project's Locales folder: each `<tag>.po`, with `messages.pot` as the template.
public enum ProjectChecker {
    /// Checks the languages asked for (all files when `languages` is empty). Never writes.
    /// With `sourceOnly`, only the English of messages.pot is checked (`translate check --source`).
    /// Throws only for usage problems: no Locales folder, a language asked for without a file.
    public static func check(root: URL, languages: [String] = [], settings: CheckSettings = CheckSettings(),
                             registry: LanguageRegistry? = nil, sourceOnly: Bool = false) throws -> CheckReport {
        let paths = ProjectPaths(root: root)
        let folder = paths.locales
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TranslateError(path: "Locales", "no Locales folder", hint: "run 'translate init' to create it, or pass --root DIR")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".po") }.sorted()
        var available: [String: String] = [:]
        for name in names { available[String(name.dropLast(3))] = name }
        var chosen: [String]
        if sourceOnly {
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("messages.pot").path) else {
                throw TranslateError(path: "Locales/messages.pot", "no template to check", hint: "run 'translate extract' to create it")
            }
            chosen = []
        } else if languages.isEmpty {
            chosen = available.keys.sorted()
        } else {
            chosen = []
            for tag in languages {
                guard available[tag] != nil else {
                    throw TranslateError(path: "Locales/\(tag).po", "no file for language '\(tag)'",
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
        let templateURL = folder.appendingPathComponent("messages.pot")
        if FileManager.default.fileExists(atPath: templateURL.path) {
            let path = "Locales/messages.pot"
            let (text, error) = readText(templateURL, path: path, paths: paths)
            if let text {
                lines[path] = Self.split(text)
                let parsed = POReader.parse(text, path: path)
                template = parsed.catalog
                diagnostics += parsed.diagnostics.map { var d = $0; d.check = d.check ?? "po-syntax"; return d }
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
                lines[path] = Self.split(String(decoding: (try? Data(contentsOf: templateURL)) ?? Data(), as: UTF8.self))
            }
        }
        let runner = CheckRunner(settings: settings, registry: registry, glossary: glossary)
        // Languages are checked on every core: each file gets its own context, checks keep no state
        // between entries, and the registry locks its caches. Results go back in language order.
        let results = parallelMap(chosen.count) { index -> (path: String, lines: [Substring], diagnostics: [Diagnostic], readable: Bool) in
            let tag = chosen[index]
            let url = folder.appendingPathComponent(available[tag]!)
            let path = "Locales/\(available[tag]!)"
            let (text, error) = readText(url, path: path, paths: paths)
            var found: [Diagnostic] = []
            if var error {
                error.locale = tag
                found.append(error)
            }
            // Undecodable files are shown lossily so the report can still print the offending line.
            let shown = text ?? String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
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
    static func readText(_ url: URL, path: String, paths: ProjectPaths) -> (String?, Diagnostic?) {
        do {
            // A catalog symlinked to a file outside the project is not read (ProjectPaths decides).
            try paths.permitted(url)
            return (try TextFile.read(url, displayPath: path), nil)
        } catch let error as TranslateError {
            let diagnostic = Diagnostic(severity: .error, path: path, position: error.position ?? TextPosition(line: 1, column: 1),
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
