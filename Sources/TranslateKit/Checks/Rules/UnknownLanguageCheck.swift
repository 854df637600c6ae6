import TranslateICU

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
                return [
                    CatalogFinding(
                        "'\(file.language)' is not in the project's language registry; checked with ICU's data for \(locale.englishName)", position: start)
                ]
            }
            return []
        }
        if !locale.hasOwnData {
            return [
                CatalogFinding(
                    "ICU has no data for '\(file.language)'; plural rules and names fall back to \(locale.dataLocale == "root" ? "the root locale" : locale.dataLocale)",
                    severity: .info, position: start)
            ]
        }
        return []
    }
}
