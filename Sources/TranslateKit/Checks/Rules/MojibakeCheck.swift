/// UTF-8 text that was once read as Windows-1252 or Latin-1 ("Â©", "â€™", "Ã©") in the English, with the repair.
public struct MojibakeCheck: SourceQualityCheck {
    public init() {}
    public let id = "mojibake"
    public let name = "Mojibake in the English"
    public let summary = "the English has UTF-8 read as Windows-1252 or Latin-1 (Â©, â€™, Ã©); the finding gives the repaired text"
    public let rationale = """
        When a page saved as UTF-8 is once opened as Windows-1252, "©" becomes "Â©" and "’" becomes "â€™". \
        Translators copy what they see, so the garbage reaches all ninety languages, and machine translation \
        guesses at it. Read as bytes again and decoded as UTF-8, the run gives back the text the writer meant.
        """
    public let severity = Severity.error
    public let fixHint = "fix the content file (and the editor or export that mis-decoded it), then extract again"
    public var examples: [CheckExample] {
        [
            .passing("en", "Copyright © 2025 Hartford Public Schools.", ""),
            .passing("en", "Don’t forget the café on Zoë’s street.", ""),
            .passing("en", "Ærø and Ålesund are “islands”.", ""),
            .failing("en", "Copyright Â© 2025 Hartford Public Schools.", "", "\"Â©\" is \"©\""),
            .failing("en", "Donâ€™t forget your lunch.", "", "\"â€™\" is \"’\""),
            .failing("en", "Join us at the CafÃ© Night.", "", "\"Ã©\" is \"é\""),
        ]
    }

    public func checkSource(_ entry: CatalogEntry, _ context: SourceCheckContext) -> [Finding] {
        MojibakeDetector.runs(in: entry.source).map { run in
            Finding(
                "mojibake: \"\(run.text)\" is \"\(run.repaired)\" read as Windows-1252", target: .source,
                range: run.range, notes: ["repaired: \(MojibakeDetector.repair(entry.source))"])
        }
    }
}
