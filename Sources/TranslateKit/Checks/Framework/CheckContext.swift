import TranslateICU

/// What checks know about the language being checked; built once per file, caches ICU objects.
public final class CheckContext {
    /// The BCP 47 tag as written in the file name.
    public let languageTag: String
    /// ICU's locale for the tag (root when the tag is ill-formed).
    public let locale: ICU.Locale
    /// The primary language subtag ("pl", "zh").
    public let language: String
    public let settings: CheckSettings
    /// The project's language registry: scripts and plural rules for languages CLDR lacks.
    public let registry: LanguageRegistry?
    /// The registered language, when the registry has the tag.
    public let registered: Language?
    /// The project glossary (Glossary/glossary.csv), for the glossary, do-not-translate and forbidden-term checks.
    public let glossary: Glossary?

    public init(languageTag: String, settings: CheckSettings = CheckSettings(), registry: LanguageRegistry? = nil, glossary: Glossary? = nil) {
        self.languageTag = languageTag
        self.registry = registry
        self.glossary = glossary
        self.registered = registry?.language(languageTag)
        let locale = (try? ICU.Locale(tag: languageTag)) ?? ICU.Locale(identifier: "root")
        self.locale = locale
        let language = locale.language
        self.language = language.isEmpty ? languageTag.lowercased() : language
        self.settings = settings
    }

    /// The ISO 15924 script the language is written in (explicit, else CLDR's likely script).
    public lazy var script: String? = registered.map(\.script).flatMap { $0 == "Zzzz" || $0.isEmpty ? nil : $0 } ?? locale.script

    /// The scripts whose letters belong in this language's text (Jpan → Hani, Hira, Kana).
    public lazy var letterScripts: Set<String> = {
        // Unknown codes ("xx-Fake") and Zyyy/Zzzz say nothing about which letters belong.
        guard let script, let known = ICU.Script(script), !known.isShared, known.shortName != "Zzzz" else { return [] }
        switch script {
        case "Jpan": return ["Hani", "Hira", "Kana"]
        case "Kore": return ["Hang", "Hani"]
        case "Hans": return ["Hani"]
        case "Hant": return ["Hani", "Bopo"]
        default: return [script]
        }
    }()

    /// The glossary column holding this language's terms, resolved once per file.
    public lazy var glossaryColumn: String? = glossary?.column(for: languageTag)
    /// The glossary compiled for this language, built once per file.
    public lazy var glossaryIndex: GlossaryIndex? = glossary.map { GlossaryIndex($0, column: glossaryColumn, locale: locale) }

    /// Whether the language's script runs right to left.
    public lazy var isRightToLeft: Bool = registered?.isRightToLeft ?? (script.flatMap { ICU.Script($0)?.isRightToLeft } ?? false)

    /// CLDR cardinal plural rules (or the settings' rules for languages CLDR lacks).
    public lazy var cardinalRules: ICU.PluralRules? = pluralRules(.cardinal)
    public lazy var ordinalRules: ICU.PluralRules? = pluralRules(.ordinal)

    private func pluralRules(_ type: ICU.PluralType) -> ICU.PluralRules? {
        if let registry, let rules = try? registry.pluralRules(for: languageTag, type: type) { return rules }
        if type == .cardinal, let description = settings.pluralRules[languageTag] ?? settings.pluralRules[language] {
            return try? ICU.PluralRules(description: description, type: type)
        }
        return try? ICU.PluralRules(locale: locale, type: type)
    }
}
