import TranslateICU

/// One family language of the district, as the registry file states it and ICU confirms it.
public struct Language: Hashable, Sendable {
    /// Which way text runs.
    public enum Direction: String, Codable, Sendable {
        case ltr, rtl
    }

    /// Where the language's locale data come from.
    public enum Coverage: String, Codable, Sendable {
        /// ICU ships CLDR data for the language and the registry uses them as they are.
        case cldr
        /// The registry states plural rules or collation itself (ICU lacks them or gets them wrong).
        case overlay
        /// Not in the registry and ICU has no data of its own: only root's answers are available.
        case unknown
    }

    /// How much the district translates for the language.
    public enum Tier: String, Codable, Sendable, CaseIterable {
        /// The language content is written in.
        case source
        /// Documents are always translated.
        case core
        /// Translated when a family asks.
        case onRequest = "on-request"
        /// Mostly spoken: interpreters; written material falls back to English.
        case interpretation
        /// A shared catalog that regional variants fall back to (es for es-US).
        case fallback
    }

    /// Where a language's plural rules (of one type) come from.
    public enum RuleSource: Hashable, Sendable, CustomStringConvertible {
        /// CLDR's rules as ICU ships them for this language.
        case cldr
        /// Another language's rules, by tag.
        case like(String)
        /// One form for every number.
        case otherOnly
        /// A CLDR rule string, e.g. "one: n = 1".
        case rules(String)

        /// As written in the registry file ("" for CLDR).
        public var description: String {
            switch self {
            case .cldr: return ""
            case .like(let tag): return "like \(tag)"
            case .otherOnly: return "other"
            case .rules(let text): return text
            }
        }
    }

    /// Where a language's sort order comes from.
    public enum CollationSource: Hashable, Sendable, CustomStringConvertible {
        case cldr
        case root
        case like(String)

        /// As written in the registry file ("" for CLDR).
        public var description: String {
            switch self {
            case .cldr: return ""
            case .root: return "root"
            case .like(let tag): return "like \(tag)"
            }
        }
    }

    /// BCP 47 tag as the registry writes it ("es-US").
    public var tag: String
    public var englishName: String
    /// The language's name for itself.
    public var endonym: String
    /// Where the endonym comes from (ICU/CLDR or a cited page).
    public var endonymSource: String
    /// ISO 15924 script code ("Arab").
    public var script: String
    /// From the script (Unicode's script direction), not from ICU's locale orientation.
    public var direction: Direction
    /// Languages to show when a message is missing, in order, ending in "en" (empty for en).
    public var fallbackChain: [String]
    public var tier: Tier
    /// Families with this preferred language, when known.
    public var families: Int?
    public var cardinal: RuleSource
    public var ordinal: RuleSource
    /// Why stated plural rules are right (empty when both are CLDR's).
    public var pluralReason: String
    public var collation: CollationSource
    public var coverage: Coverage
    /// A pseudo-locale for testing, never delivered to families.
    public var isTestOnly: Bool
    /// Why the language is on the list.
    public var evidence: String
    public var notes: String
    /// Whether the language comes from the registry file (false for `LanguageRegistry.resolve` of other tags).
    public var isRegistered: Bool
    /// Why the language's data should not be trusted (set for tags outside the registry).
    public var warning: String?
    /// Line of the registry file the language was read from (0 when not from a file).
    public var line: Int

    public init(
        tag: String, englishName: String, endonym: String, endonymSource: String = "", script: String,
        direction: Direction, fallbackChain: [String], tier: Tier, families: Int? = nil,
        cardinal: RuleSource = .cldr, ordinal: RuleSource = .cldr, pluralReason: String = "",
        collation: CollationSource = .cldr, coverage: Coverage, isTestOnly: Bool = false,
        evidence: String = "", notes: String = "", isRegistered: Bool = true, warning: String? = nil, line: Int = 0
    ) {
        self.tag = tag
        self.englishName = englishName
        self.endonym = endonym
        self.endonymSource = endonymSource
        self.script = script
        self.direction = direction
        self.fallbackChain = fallbackChain
        self.tier = tier
        self.families = families
        self.cardinal = cardinal
        self.ordinal = ordinal
        self.pluralReason = pluralReason
        self.collation = collation
        self.coverage = coverage
        self.isTestOnly = isTestOnly
        self.evidence = evidence
        self.notes = notes
        self.isRegistered = isRegistered
        self.warning = warning
        self.line = line
    }

    /// ICU's locale for the tag.
    public var icuLocale: ICU.Locale {
        (try? ICU.Locale(tag: tag)) ?? ICU.Locale(identifier: tag.replacingOccurrences(of: "-", with: "_"))
    }

    /// Whether text in the language runs right to left.
    public var isRightToLeft: Bool { direction == .rtl }

    /// The rule source for a plural type.
    public func ruleSource(_ type: ICU.PluralType) -> RuleSource {
        type == .cardinal ? cardinal : ordinal
    }

    /// Where the plural rules of a type come from, in words, for reports and `translate languages`.
    public func pluralProvenance(_ type: ICU.PluralType) -> String {
        switch ruleSource(type) {
        case .cldr:
            return coverage == .unknown ? "root (ICU has no data for '\(tag)')" : "CLDR \(ICU.cldrVersion)"
        case .like(let other): return "district overlay: like \(other)" + reasonSuffix
        case .otherOnly: return "district overlay: 'other' only" + reasonSuffix
        case .rules(let text): return "district overlay: \(text)" + reasonSuffix
        }
    }

    private var reasonSuffix: String { pluralReason.isEmpty ? "" : " — \(pluralReason)" }
}
