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
            CheckExample(
                "es", source: "Home", translation: "Inicio", expected: "duplicate key",
                otherEntries: [
                    CatalogEntry(key: "nav.start", source: "Home", translation: "Inicio"),
                    CatalogEntry(key: "nav.start", source: "Start", translation: "Comenzar"),
                ]),
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
                let place = earlier.location.map { " (first at line \($0.start.line))" } ?? ""
                findings.append(CatalogFinding("duplicate key '\(key.prefix(80))'\(place): this entry is ignored", entryIndex: index))
            } else {
                first[key] = entry
            }
        }
        return findings
    }
}
