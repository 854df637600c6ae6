/// Entries so long that they are certainly a mistake (a whole document pasted into one message, a
/// broken export); content checks skip them so one bad entry cannot stall the gate. An error: an
/// entry that was not checked must not ship, so build leaves it out and it falls back.
public struct OversizeEntryCheck: CatalogCheck {
    public init() {}
    public let id = "oversize-entry"
    public let name = "Oversize entry"
    public let summary =
        "a source or translation is longer than the checked limit (100,000 characters by default); its content is not checked, so it does not ship"
    public let rationale = """
        No message to families is that long: such an entry is a pasted document or a broken export. \
        It is reported once, and the other content checks skip it; since nothing vouches for it (it may \
        hold invented tags or nesting too deep for ICU), it is an error, so build leaves it out and the \
        language falls back along its chain.
        """
    public let severity = Severity.error
    public let fixHint = "split the text into messages of a paragraph or less, or repair the export that produced it"
    public var examples: [CheckExample] { [.passing("es", "Home", "Inicio")] }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        let limit = context.settings.maximumEntryLength
        var findings: [CatalogFinding] = []
        for (index, entry) in file.catalog.entries.enumerated() where !entry.isObsolete && !entry.isHeader {
            let longest = ([entry.source, entry.translation] + entry.pluralTranslations).map { $0.unicodeScalars.count }.max() ?? 0
            if longest > limit {
                findings.append(
                    CatalogFinding(
                        "the entry is \(longest) characters long (limit \(limit)); its content was not checked and it will not ship", entryIndex: index))
            }
        }
        return findings
    }
}
