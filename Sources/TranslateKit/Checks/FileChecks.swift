import Foundation
import TranslateICU

/// PO syntax problems the reader found (unterminated strings, unknown keywords, bad escapes…).
public struct POSyntaxCheck: CatalogCheck {
    public init() {}
    public let id = "po-syntax"
    public let name = "PO syntax"
    public let summary = "the PO file has a syntax error or is not valid UTF-8 text"
    public let rationale = """
    A PO file that does not parse may silently lose entries: what follows the error may not be read, \
    so translations the team made never reach families.
    """
    public let severity = Severity.error
    public let fixHint = "open the file at the position shown and fix the quoting; if the file came from another tool, re-export it as UTF-8 PO"
    public var examples: [CheckExample] { [.passing("es", "Home", "Inicio")] }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        file.parseDiagnostics.map { diagnostic in
            CatalogFinding(diagnostic.message, severity: diagnostic.severity, position: diagnostic.position ?? TextPosition(line: 1, column: 1), notes: diagnostic.notes)
        }
    }
}

/// Two entries with the same key: only one can be used.
public struct DuplicateKeyCheck: CatalogCheck {
    public init() {}
    public let id = "duplicate-key"
    public let name = "Duplicate key"
    public let summary = "two entries in one file have the same key (msgctxt) but different English text"
    public let rationale = """
    Only the first of two entries with the same key is used; the other translation is silently lost. Contexts \
    written as phrases ("abbrev. month", as gettext files from other tools use them) are not keys and are not checked.
    """
    public let severity = Severity.error
    public let fixHint = "keep one of the entries (merge their translations) and delete the other"
    public var examples: [CheckExample] {
        [
            .passing("es", "Home", "Inicio"),
            CheckExample("es", source: "Home", translation: "Inicio", expected: "duplicate key",
                         otherEntries: [CatalogEntry(key: "nav.start", source: "Home", translation: "Inicio"),
                                        CatalogEntry(key: "nav.start", source: "Start", translation: "Comenzar")]),
        ]
    }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        // Same key and same English is a duplicate entry, which the PO reader already reports.
        var first: [String: CatalogEntry] = [:]
        var findings: [CatalogFinding] = []
        for (index, entry) in file.catalog.entries.enumerated() where !entry.isObsolete && !entry.isHeader {
            // translate's keys are identifiers (home.closed); gettext contexts from other tools are phrases
            // shared by many messages ("abbrev. month"), so those are not keys.
            guard let key = entry.key, !key.contains(where: { $0.isWhitespace }) else { continue }
            if let earlier = first[key] {
                guard earlier.source != entry.source else { continue }
                let where_ = earlier.location.map { " (first at line \($0.start.line))" } ?? ""
                findings.append(CatalogFinding("duplicate key '\(key.prefix(80))'\(where_): this entry is ignored", entryIndex: index))
            } else {
                first[key] = entry
            }
        }
        return findings
    }
}

/// The header's Language field must name the language of the file name.
public struct LanguageHeaderCheck: CatalogCheck {
    public init() {}
    public let id = "language-header"
    public let name = "Language header"
    public let summary = "the header's Language: field is missing or names another language than the file name"
    public let rationale = """
    Tools that compile PO files (msgfmt, Weblate, Poedit) take plural rules and the language from the header; \
    a file named pl.po with 'Language: ru' was probably copied without being edited.
    """
    public let severity = Severity.error
    public let fixHint = "set the header line to \"Language: <tag>\\n\" with the tag of the file name"
    public var examples: [CheckExample] {
        [
            CheckExample("pl", source: "Home", translation: "Strona główna", header: ["Language": "pl"]),
            CheckExample("pt-BR", source: "Home", translation: "Início", header: ["Language": "pt_BR"]),
            CheckExample("zh-Hans", source: "Home", translation: "首页", header: ["Language": "zh_CN"]),
            CheckExample("sr-Latn", source: "Home", translation: "Početna", header: ["Language": "sr@latin"]),
            CheckExample("sr", source: "Home", translation: "Почетна", expected: "says 'sr@latin'", header: ["Language": "sr@latin"]),
            CheckExample("pl", source: "Home", translation: "Strona główna", expected: "says 'ru'", header: ["Language": "ru"]),
            CheckExample("cy", source: "Home", translation: "Hafan", expected: "no Language", header: ["Project-Id-Version": "district"]),
        ]
    }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        let position = file.catalog.header?.location?.start ?? TextPosition(line: 1, column: 1)
        guard let value = file.catalog.headerField("Language"), !value.isEmpty else {
            return [CatalogFinding("the header has no Language field", severity: .warning, position: position)]
        }
        // gettext writes sr@latin and zh_CN; compare with likely subtags added (zh-CN and zh-Hans are both zh-Hans-CN).
        let normalized = value.replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: "@latin", with: "-Latn").replacingOccurrences(of: "@cyrillic", with: "-Cyrl")
        let canonical = { (tag: String) -> String in
            guard let locale = try? ICU.Locale(tag: tag) else { return tag.lowercased() }
            let full = locale.addingLikelySubtags()
            return "\(full.language)-\(full.explicitScript)".lowercased()
        }
        if canonical(normalized) != canonical(file.language) {
            var where_ = position
            if let header = file.catalog.header, let range = header.translation.range(of: "Language:"),
               let mapped = header.location?.translationMap?.position(ofScalarOffset: header.translation.unicodeScalars.distance(from: header.translation.unicodeScalars.startIndex, to: range.lowerBound)) {
                where_ = mapped
            }
            return [CatalogFinding("the header says '\(value)' but the file is named for '\(file.language)'", position: where_)]
        }
        return []
    }
}

/// A file for a language the project's registry (or ICU) does not know.
public struct UnknownLanguageCheck: CatalogCheck {
    public init() {}
    public let id = "unknown-language"
    public let name = "Unknown language"
    public let summary = "the file name is not a language tag, or names a language outside the project's registry or ICU's data"
    public let rationale = """
    The language tag decides plural rules, script and punctuation checks. A typo (pl-PL.po for pl, es_MX.po) or \
    a language no one registered means those checks run on guesses; the file is still checked with what ICU knows.
    """
    public let severity = Severity.warning
    public let fixHint = "rename the file to the language's BCP 47 tag (e.g. pt-BR.po), or add the language to the registry"
    public var examples: [CheckExample] {
        [
            .passing("ar", "Home", "الرئيسية"),
            CheckExample("es_MX", source: "Home", translation: "Inicio", expected: "not a language tag"),
        ]
    }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        let start = TextPosition(line: 1, column: 1)
        let locale: ICU.Locale
        do { locale = try ICU.Locale(tag: file.language) } catch {
            return [CatalogFinding("the file name is not a language tag: \(error)", severity: .error, position: start)]
        }
        if let registry = context.registry {
            if context.registered == nil {
                let warning = (try? registry.resolve(tag: file.language).warning) ?? nil
                return [CatalogFinding(warning ?? "'\(file.language)' is not in the language registry", position: start)]
            }
            return []
        }
        if let known = context.settings.knownLanguages {
            if !known.contains(file.language) && !known.contains(locale.languageTag) {
                return [CatalogFinding("'\(file.language)' is not in the project's language registry; checked with ICU's data for \(locale.englishName)", position: start)]
            }
            return []
        }
        if !locale.hasOwnData {
            return [CatalogFinding("ICU has no data for '\(file.language)'; plural rules and names fall back to \(locale.dataLocale == "root" ? "the root locale" : locale.dataLocale)", severity: .info, position: start)]
        }
        return []
    }
}

/// Entries so long that they are certainly a mistake (a whole document pasted into one message, a
/// broken export); content checks skip them so one bad entry cannot stall the gate.
public struct OversizeEntryCheck: CatalogCheck {
    public init() {}
    public let id = "oversize-entry"
    public let name = "Oversize entry"
    public let summary = "a source or translation is longer than the checked limit (100,000 characters by default); its content is not checked"
    public let rationale = """
    No message to families is that long: such an entry is a pasted document or a broken export. \
    It is reported once, and the other content checks skip it.
    """
    public let severity = Severity.warning
    public let fixHint = "split the text into messages of a paragraph or less, or repair the export that produced it"
    public var examples: [CheckExample] { [.passing("es", "Home", "Inicio")] }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        let limit = context.settings.maximumEntryLength
        var findings: [CatalogFinding] = []
        for (index, entry) in file.catalog.entries.enumerated() where !entry.isObsolete && !entry.isHeader {
            let longest = ([entry.source, entry.translation] + entry.pluralTranslations).map { $0.unicodeScalars.count }.max() ?? 0
            if longest > limit {
                findings.append(CatalogFinding("the entry is \(longest) characters long (limit \(limit)); its content was not checked", entryIndex: index))
            }
        }
        return findings
    }
}
