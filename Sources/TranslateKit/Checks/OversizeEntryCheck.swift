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
