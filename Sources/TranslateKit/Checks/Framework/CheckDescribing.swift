/// What every kind of check (`Check`, `CatalogCheck`, `SourceCheck`, `SourceQualityCheck`) says about
/// itself: the registry turns it into a `CheckDescription` for docs/checks.md and SARIF rules.
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

    public init(
        _ language: String, source: String, translation: String, flags: [String] = [], expected: String? = nil,
        otherEntries: [CatalogEntry] = [], header: [String: String] = [:], fileName: String? = nil
    ) {
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
