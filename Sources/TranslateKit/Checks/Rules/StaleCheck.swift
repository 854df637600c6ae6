/// Fuzzy entries: a translation exists but must be reviewed before it ships.
public struct StaleCheck: Check {
    public init() {}
    public let id = "stale"
    public let name = "Needs review"
    public let summary = "the entry is marked fuzzy: its translation needs review and is not shipped"
    public let rationale = """
        An entry becomes fuzzy when the English changed after it was translated, or when a tool guessed \
        the translation. Fuzzy translations are left out of what families see, so the English shows instead.
        """
    public let severity = Severity.warning
    public let fixHint = "compare the translation with the English, correct it, then remove the 'fuzzy' flag"
    public let checksFuzzy = true
    public var examples: [CheckExample] {
        [
            .passing("es", "School is closed today.", "La escuela está cerrada hoy."),
            .failing("es", "School is closed tomorrow.", "La escuela está cerrada hoy.", flags: ["fuzzy"], "needs review"),
            .failing("ar", "Welcome", "أهلاً", flags: ["fuzzy"], "needs review"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.entry.isFuzzy, unit.formIndex == 0 else { return [] }
        var notes: [String] = []
        if let previous = unit.entry.previousSource, previous != unit.entry.source {
            notes.append("the English was: \"\(previous)\"")
            notes.append("the English is now: \"\(unit.entry.source)\"")
        }
        return [Finding("needs review (marked fuzzy): the translation is not used until the flag is removed", target: .entry, notes: notes)]
    }
}
