// The four kinds of check. Each describes itself once, through `CheckDescribing` (id, name, summary,
// rationale, severity, fix hint, examples), and adds only the function the runner calls.

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

/// An entry check that also judges the English source, once, on the template (messages.pot).
public protocol SourceCheck: CheckDescribing {
    /// The findings for one template entry; ranges count in the source.
    func checkSource(_ entry: CatalogEntry) -> [Finding]
}

/// A check on the English alone (translatability): run once on messages.pot by `translate check`
/// and `translate check --source`, never per language. Its examples' translation field is unused.
public protocol SourceQualityCheck: CheckDescribing {
    /// The findings for one template entry; ranges count in the source.
    func checkSource(_ entry: CatalogEntry, _ context: SourceCheckContext) -> [Finding]
}
