/// Entries where `translate merge` left two translations for a reviewer to choose between.
public struct MergeConflictCheck: CatalogCheck {
    public init() {}
    public let id = "merge-conflict"
    public let name = "Merge conflict"
    public let summary = "a merge left two translations of the entry: ours in msgstr, theirs in a '# merge: theirs' comment"
    public let rationale = """
        When two branches changed the same translation, `translate merge` (the git merge driver) keeps one as the \
        translation, records the other in a `# merge: theirs: "…"` comment and marks the entry fuzzy, so no text is \
        lost and git leaves no conflict markers in the file. Until someone chooses, the entry is not shipped; for a \
        critical message (`#, critical`: closures, safety) that means families miss it, so it is an error.
        """
    public let severity = Severity.warning
    public let fixHint = "choose one text, delete the '# merge:' comment and remove the fuzzy flag"
    public var examples: [CheckExample] {
        [
            .passing("ar", "School is closed today.", "المدرسة مغلقة اليوم."),
            CheckExample(
                "ru", source: "Welcome", translation: "Добро пожаловать", expected: "two translations",
                otherEntries: [
                    CatalogEntry(
                        key: "home.hello", source: "Hello", translation: "Здравствуйте",
                        translatorComments: [CatalogThreeWayMerge.alternativeComment("Привет")], flags: ["fuzzy"])
                ]),
            CheckExample(
                "pl", source: "Welcome", translation: "Witamy", expected: "critical",
                otherEntries: [
                    CatalogEntry(
                        key: "alert.closed", source: "Schools are closed today.", translation: "Szkoły są dziś zamknięte.",
                        translatorComments: [CatalogThreeWayMerge.alternativeComment("Dziś szkoły są zamknięte.")],
                        flags: ["fuzzy", "critical"])
                ]),
        ]
    }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        var findings: [CatalogFinding] = []
        for (index, entry) in file.catalog.entries.enumerated() where !entry.isObsolete && !entry.isHeader {
            let alternatives = CatalogThreeWayMerge.alternatives(in: entry)
            guard let first = alternatives.first else { continue }
            let critical = entry.hasFlag("critical")
            let shown = first.count > 60 ? String(first.prefix(60)) + "…" : first
            let more = alternatives.count > 1 ? " (and \(alternatives.count - 1) more)" : ""
            let message = (critical ? "critical message with " : "") + "two translations after a merge: '\(shown)'\(more) is recorded beside the msgstr"
            findings.append(CatalogFinding(message, severity: critical ? .error : nil, entryIndex: index))
        }
        return findings
    }
}
