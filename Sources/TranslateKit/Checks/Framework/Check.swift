import TranslateICU

/// One validation rule run on every translated entry: the unit of `translate check`.
///
/// The examples are both the tests (every failing one must produce a finding containing its
/// fragment, every passing one none) and the documentation in docs/checks.md.
public protocol Check: CheckDescribing {
    /// Whether fuzzy (needs review) entries are checked too; most checks skip them.
    var checksFuzzy: Bool { get }
    /// The findings for one translated entry.
    func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding]
}

extension Check {
    public var checksFuzzy: Bool { false }
}

/// A check that needs a whole catalog (coverage, duplicate keys, the header), not one entry.
public protocol CatalogCheck: CheckDescribing {
    /// The findings for one language file.
    func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding]
}

/// What every kind of check says about itself: the registry turns it into a `CheckDescription`.
public protocol CheckDescribing {
    /// Stable kebab-case id, used in `#, ignore-<id>`, configuration and reports.
    var id: String { get }
    /// A short human name ("Plural categories").
    var name: String { get }
    /// One line: what the check finds.
    var summary: String { get }
    /// Why it matters, for the documentation.
    var rationale: String { get }
    /// The severity of findings that do not set their own.
    var severity: Severity { get }
    /// How to fix a finding, printed as a `note:` under it.
    var fixHint: String { get }
    /// Passing and failing examples.
    var examples: [CheckExample] { get }
}

/// What every check describes about itself, for the registry, docs and SARIF rules.
public struct CheckDescription: Sendable, Equatable {
    public var id: String
    public var name: String
    public var summary: String
    public var rationale: String
    public var severity: Severity
    public var fixHint: String
    public var examples: [CheckExample]
    /// "entry" for per-entry checks, "catalog" for whole-file ones.
    public var scope: String
}

/// An example of a check at work: a passing one has no `expected` fragment.
public struct CheckExample: Sendable, Equatable {
    /// The BCP 47 tag of the translation's language.
    public var language: String
    public var source: String
    public var translation: String
    /// PO flags on the entry (`sms`, `critical`, `fuzzy`…).
    public var flags: [String]
    /// A fragment every finding message must contain for a failing example; nil when it passes.
    public var expected: String?
    /// For catalog checks: more entries in the same file (e.g. a duplicate key).
    public var otherEntries: [CatalogEntry]
    /// For catalog checks: header fields of the file ("Language" → "pl").
    public var header: [String: String]
    /// For catalog checks: the file's name (defaults to `<language>.po`).
    public var fileName: String?

    public init(_ language: String, source: String, translation: String, flags: [String] = [], expected: String? = nil,
                otherEntries: [CatalogEntry] = [], header: [String: String] = [:], fileName: String? = nil) {
        self.language = language
        self.source = source
        self.translation = translation
        self.flags = flags
        self.expected = expected
        self.otherEntries = otherEntries
        self.header = header
        self.fileName = fileName
    }

    public static func passing(_ language: String, _ source: String, _ translation: String, flags: [String] = []) -> CheckExample {
        CheckExample(language, source: source, translation: translation, flags: flags)
    }

    public static func failing(_ language: String, _ source: String, _ translation: String, flags: [String] = [], _ expected: String) -> CheckExample {
        CheckExample(language, source: source, translation: translation, flags: flags, expected: expected)
    }

    public var isFailing: Bool { expected != nil }
}

/// One translated string to check: the entry and the (source, translation) pair.
public struct CheckUnit: Sendable {
    public var entry: CatalogEntry
    /// msgid, or msgid_plural for gettext plural forms after the first.
    public var source: String
    /// msgstr, or msgstr[n].
    public var translation: String
    /// 0 for msgstr / msgstr[0]; n for msgstr[n].
    public var formIndex: Int

    /// Parses shared by every check of this unit (several checks read the same message's tree).
    let parses = MessageParses()

    public init(entry: CatalogEntry, source: String? = nil, translation: String? = nil, formIndex: Int = 0) {
        self.entry = entry
        self.source = source ?? entry.source
        self.translation = translation ?? entry.translation
        self.formIndex = formIndex
    }

    /// The MessageFormat parse of the source or the translation, parsed once per unit.
    func parsed(_ target: Finding.Target) -> MessageParseResult {
        target == .source ? parses.source(source) : parses.translation(translation)
    }

    /// The outline (arguments, tags) of the source or the translation; nil when it does not parse.
    func outline(_ target: Finding.Target) -> MessageOutline? {
        target == .source ? parses.sourceOutline(source) : parses.translationOutline(translation)
    }
}

/// A unit's parses, made on first use. A unit is checked on one thread (the runner makes a unit per
/// entry and form and runs its checks in turn), so the lazy fields need no lock.
final class MessageParses: @unchecked Sendable {
    private var sourceResult: MessageParseResult?
    private var translationResult: MessageParseResult?
    private var sourceOutlineResult: MessageOutline??
    private var translationOutlineResult: MessageOutline??

    func source(_ text: String) -> MessageParseResult {
        if let sourceResult { return sourceResult }
        let result = MessageFormatParser.parse(text)
        sourceResult = result
        return result
    }

    func translation(_ text: String) -> MessageParseResult {
        if let translationResult { return translationResult }
        let result = MessageFormatParser.parse(text)
        translationResult = result
        return result
    }

    func sourceOutline(_ text: String) -> MessageOutline? {
        if let sourceOutlineResult { return sourceOutlineResult }
        let outline = MessageOutline(source(text))
        sourceOutlineResult = .some(outline)
        return outline
    }

    func translationOutline(_ text: String) -> MessageOutline? {
        if let translationOutlineResult { return translationOutlineResult }
        let outline = MessageOutline(translation(text))
        translationOutlineResult = .some(outline)
        return outline
    }
}

/// What a check found: a message and, when it can, the exact scalars it is about.
public struct Finding: Sendable, Equatable {
    /// Which string `range` counts in.
    public enum Target: String, Sendable { case translation, source, entry }

    /// Overrides the check's default severity (e.g. a missing 'many' reached only by decimals is a warning).
    public var severity: Severity?
    public var message: String
    public var target: Target
    /// Unicode scalar offsets inside the target string; nil points at the start of its keyword.
    public var range: Range<Int>?
    /// Extra notes printed after the fix hint.
    public var notes: [String]

    public init(_ message: String, severity: Severity? = nil, target: Target = .translation, range: Range<Int>? = nil, notes: [String] = []) {
        self.message = message
        self.severity = severity
        self.target = target
        self.range = range
        self.notes = notes
    }

    public init(_ message: String, severity: Severity? = nil, target: Target = .translation, at offset: Int, length: Int = 1, notes: [String] = []) {
        self.init(message, severity: severity, target: target, range: offset..<(offset + max(length, 1)), notes: notes)
    }
}

/// A catalog check's finding: about one entry (by index in `CatalogFile.catalog.entries`) or the file.
public struct CatalogFinding: Sendable, Equatable {
    public var severity: Severity?
    public var message: String
    /// The entry it is about; nil for the whole file.
    public var entryIndex: Int?
    /// Where, when the check knows better than the entry (a header line, a syntax error).
    public var position: TextPosition?
    public var notes: [String]

    public init(_ message: String, severity: Severity? = nil, entryIndex: Int? = nil, position: TextPosition? = nil, notes: [String] = []) {
        self.message = message
        self.severity = severity
        self.entryIndex = entryIndex
        self.position = position
        self.notes = notes
    }
}

/// One language file as catalog checks see it.
public struct CatalogFile: Sendable {
    /// As shown in reports (relative to the project root).
    public var path: String
    /// The tag from the file name ("pl" for Locales/pl.po).
    public var language: String
    public var catalog: Catalog
    /// Problems the PO reader reported.
    public var parseDiagnostics: [Diagnostic]
    /// The source template (messages.pot), when there is one.
    public var template: Catalog?

    public init(path: String, language: String, catalog: Catalog, parseDiagnostics: [Diagnostic] = [], template: Catalog? = nil) {
        self.path = path
        self.language = language
        self.catalog = catalog
        self.parseDiagnostics = parseDiagnostics
        self.template = template
    }
}

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
