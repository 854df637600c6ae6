extension Glossary {
    /// `imported` (a TBX file's concepts) as the new glossary, laid out like this one: its language and
    /// pattern columns keep this file's order (new languages after them) and line ending, and what TBX does not carry is kept
    /// from the row with the same English and status: patterns when the file has none, case-sensitivity, and
    /// a part of speech outside TBX-Basic's picklist that the export wrote as `other`. So importing our own
    /// export changes nothing.
    public func replaced(by imported: Glossary) -> Glossary {
        var merged = imported
        merged.languages = languages.filter(imported.languages.contains) + imported.languages.filter { !languages.contains($0) }
        merged.patternLanguages = patternLanguages
        merged.lineEnding = lineEnding
        for index in merged.entries.indices {
            let entry = merged.entries[index]
            guard let old = entries.first(where: { $0.english == entry.english && $0.status == entry.status }) else { continue }
            if entry.patterns.isEmpty { merged.entries[index].patterns = old.patterns }
            merged.entries[index].caseSensitive = old.caseSensitive
            if entry.partOfSpeech == "other", TBXDocument.partOfSpeech(old.partOfSpeech) == "other" {
                merged.entries[index].partOfSpeech = old.partOfSpeech
            }
        }
        return merged
    }
}
