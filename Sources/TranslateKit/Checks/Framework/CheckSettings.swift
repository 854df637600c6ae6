/// How a project tunes `translate check`: severities per check (globally and per language),
/// coverage thresholds, languages that must carry critical messages, and SMS limits.
///
/// The `check` command fills this; it is kept separate from the project configuration so that
/// checks can be run and tested without a project.
public struct CheckSettings: Sendable, Equatable {
    /// Check id → severity, for every language.
    public var severities: [String: Severity]
    /// Language tag → (check id → severity); wins over `severities`.
    public var languageSeverities: [String: [String: Severity]]
    /// Check ids turned off everywhere.
    public var disabled: Set<String>
    /// Language tag → check ids turned off for that language.
    public var languageDisabled: [String: Set<String>]
    /// Minimum share (0…1) of entries translated and reviewed, per language tag; "*" for every language.
    public var minimumCoverage: [String: Double]
    /// Languages in which `critical` entries must be translated; nil means every language checked.
    public var requiredLanguages: Set<String>?
    /// Most SMS segments an `sms` entry may take; nil means "no more than the English".
    public var maximumSMSSegments: Int?
    /// Tags the project's language registry knows; nil when there is no registry (ICU decides).
    public var knownLanguages: Set<String>?
    /// CLDR-style plural rules ("one: n = 1") for languages CLDR lacks, by tag.
    public var pluralRules: [String: String]
    /// Longer sources or translations (in Unicode scalars) are reported by `oversize-entry` and not checked further.
    public var maximumEntryLength: Int
    /// Which template messages the source checks (mojibake, acronym…) read, unless set per check.
    public var sourceMessages: SourceMessages = .critical
    /// Check id → which template messages that source check reads (translate.json `"messages"`).
    public var checkSourceMessages: [String: SourceMessages] = [:]

    /// `readability`: sentences with more words are reported (translate.json `"sentenceWords"`).
    public var maximumSentenceWords = 25
    /// `readability`: messages above this Flesch–Kincaid grade are reported (translate.json `"targetGrade"`).
    public var targetReadingGrade = 8.0

    /// The template messages source checks read: `critical` ones (the default) or all.
    public enum SourceMessages: String, Sendable, Equatable { case critical, all }

    public init(
        severities: [String: Severity] = [:], languageSeverities: [String: [String: Severity]] = [:],
        disabled: Set<String> = [], languageDisabled: [String: Set<String>] = [:],
        minimumCoverage: [String: Double] = [:], requiredLanguages: Set<String>? = nil,
        maximumSMSSegments: Int? = nil, knownLanguages: Set<String>? = nil, pluralRules: [String: String] = [:],
        maximumEntryLength: Int = 100_000
    ) {
        self.maximumEntryLength = maximumEntryLength
        self.severities = severities
        self.languageSeverities = languageSeverities
        self.disabled = disabled
        self.languageDisabled = languageDisabled
        self.minimumCoverage = minimumCoverage
        self.requiredLanguages = requiredLanguages
        self.maximumSMSSegments = maximumSMSSegments
        self.knownLanguages = knownLanguages
        self.pluralRules = pluralRules
    }

    /// The severity a finding ends up with: configuration for the language, else global, else the finding's own.
    public func severity(for check: String, language: String, default fallback: Severity) -> Severity {
        languageSeverities[language]?[check] ?? severities[check] ?? fallback
    }

    /// A language's own setting wins: a check off everywhere can be on for one language, and the reverse.
    public func isEnabled(_ check: String, language: String) -> Bool {
        if languageDisabled[language]?.contains(check) ?? false { return false }
        if languageSeverities[language]?[check] != nil { return true }
        return !disabled.contains(check)
    }

    /// Whether a source check reads this template entry: every entry, or only `critical` ones.
    public func readsSource(_ check: String, flags: [String]) -> Bool {
        (checkSourceMessages[check] ?? sourceMessages) == .all || flags.contains("critical")
    }

    /// Whether critical messages must be translated in `language`: listed itself, or a variant of
    /// its language is (a required es-US is served by the es file).
    public func isRequired(_ language: String) -> Bool {
        guard let requiredLanguages else { return true }
        let primary = { (tag: String) in String(tag.lowercased().split(separator: "-").first ?? "") }
        return requiredLanguages.contains { $0.lowercased() == language.lowercased() || primary($0) == primary(language) }
    }

    /// The coverage threshold for a language, if any.
    public func coverageThreshold(for language: String) -> Double? {
        minimumCoverage[language] ?? minimumCoverage["*"]
    }
}
