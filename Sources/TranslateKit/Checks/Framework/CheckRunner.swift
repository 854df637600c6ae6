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

    public init(
        settings: CheckSettings = CheckSettings(), registry: LanguageRegistry? = nil, checks: [any Check] = CheckRegistry.all,
        catalogChecks: [any CatalogCheck] = CheckRegistry.catalogChecks, glossary: Glossary? = nil,
        sourceQualityChecks: [any SourceQualityCheck] = CheckRegistry.sourceQualityChecks
    ) {
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
                diagnostics.append(
                    Diagnostic(
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
                    diagnostics.append(
                        Diagnostic(
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
                    diagnostics.append(
                        Diagnostic(
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
                    notes =
                        ["in the template: \(path)" + (templatePosition.map { ":\($0.line):\($0.column)" } ?? "")]
                        + (others.isEmpty ? [] : ["also in \(others.joined(separator: ", "))"])
                } else {
                    notes = files.isEmpty ? [] : ["in \(files.joined(separator: ", "))"]
                }
                diagnostics.append(
                    Diagnostic(
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
