/// What a merge did, with the merged catalog.
public struct CatalogMergeResult: Sendable {
    /// The language catalog brought up to date with the template.
    public var catalog: Catalog
    /// Keys new in the template: added untranslated.
    public var added: Int
    /// Keys whose English source changed: marked fuzzy (when translated), old source kept as `#|`.
    public var changed: Int
    /// Keys gone from the template: made obsolete (`#~`) with their translation.
    public var obsoleted: Int
    /// Obsolete entries whose key came back.
    public var revived: Int
    /// Keys whose source did not change.
    public var unchanged: Int
    /// Keys whose source only changed from old-style tags (`<1>`) to `<x1>`: source and translation
    /// rewritten together, state kept (counted in `unchanged` too).
    public var modernized: Int = 0
    /// Entries without any translation that were dropped instead of made obsolete.
    public var droppedUntranslated: Int

    /// A result with the given counts.
    public init(
        catalog: Catalog, added: Int = 0, changed: Int = 0, obsoleted: Int = 0, revived: Int = 0,
        unchanged: Int = 0, droppedUntranslated: Int = 0
    ) {
        self.catalog = catalog
        self.added = added
        self.changed = changed
        self.obsoleted = obsoleted
        self.revived = revived
        self.unchanged = unchanged
        self.droppedUntranslated = droppedUntranslated
    }
}

/// Merges a template (messages.pot) into a language catalog, as msgmerge does but without
/// fuzzy matching: a translation is only ever kept for its own key, never guessed from another.
public enum CatalogMerger {
    /// Flags that belong to the translator, not to the template: kept across merges.
    public static func isTranslatorFlag(_ flag: String) -> Bool { flag == "fuzzy" || flag.hasPrefix("ignore-") }

    /// Merges `template` into `catalog`. Entries are matched by key (msgctxt, else msgid); the
    /// result lists them in template order, then obsolete entries sorted by key.
    public static func merge(template: Catalog, into catalog: Catalog) -> CatalogMergeResult {
        var active: [String: CatalogEntry] = [:]
        var obsolete: [String: CatalogEntry] = [:]
        for entry in catalog.entries where !entry.isHeader {
            if entry.isObsolete {
                if obsolete[entry.effectiveKey] == nil { obsolete[entry.effectiveKey] = entry }
            } else if active[entry.effectiveKey] == nil {
                active[entry.effectiveKey] = entry
            }
        }

        var result = CatalogMergeResult(catalog: catalog)
        var merged: [CatalogEntry] = []
        var used = Set<String>()
        for source in template.entries where !source.isObsolete && !source.isHeader {
            let key = source.effectiveKey
            guard used.insert(key).inserted else { continue }
            if var entry = active[key] {
                if modernize(&entry, to: source) { result.modernized += 1 }
                if sameSource(entry, source) {
                    result.unchanged += 1
                } else {
                    result.changed += 1
                    markChanged(&entry, newSource: source)
                }
                refresh(&entry, from: source)
                merged.append(entry)
            } else if var entry = obsolete[key] {
                result.revived += 1
                if modernize(&entry, to: source) { result.modernized += 1 }
                entry.isObsolete = false
                if !sameSource(entry, source) { markChanged(&entry, newSource: source) }
                refresh(&entry, from: source)
                merged.append(entry)
            } else {
                result.added += 1
                merged.append(
                    CatalogEntry(
                        key: source.key, source: source.source, sourcePlural: source.sourcePlural,
                        extractedComments: source.extractedComments, references: source.references,
                        flags: source.flags.filter { !isTranslatorFlag($0) }))
            }
        }

        var retired: [CatalogEntry] = []
        for entry in catalog.entries where !entry.isHeader && !used.contains(entry.effectiveKey) {
            guard entry.state != .untranslated else {
                result.droppedUntranslated += 1
                continue
            }
            if entry.isObsolete {
                // Keep one obsolete entry per key.
                if !retired.contains(where: { $0.effectiveKey == entry.effectiveKey }) { retired.append(entry) }
                continue
            }
            var gone = entry
            gone.isObsolete = true
            // The source no longer has it: where it came from is no longer true.
            gone.references = []
            gone.extractedComments = []
            retired.removeAll { $0.effectiveKey == gone.effectiveKey }
            retired.append(gone)
            result.obsoleted += 1
        }
        retired.sort { ($0.effectiveKey, $0.source) < ($1.effectiveKey, $1.source) }

        var catalog = catalog
        if catalog.header == nil { catalog.header = template.header }
        catalog.entries = merged + retired
        result.catalog = catalog
        return result
    }

    /// An entry made before tags were named `<x1>` is the same message as a template entry whose source is
    /// its own with the tags renamed: its source, translations and `#|` previous source are renamed with it,
    /// so nothing turns fuzzy. False (and the entry untouched) otherwise.
    static func modernize(_ entry: inout CatalogEntry, to template: CatalogEntry) -> Bool {
        guard entry.source != template.source, entry.sourcePlural == template.sourcePlural,
            LegacyTags.modernize(entry.source) == template.source
        else { return false }
        entry.source = template.source
        entry.translation = LegacyTags.modernize(entry.translation)
        entry.pluralTranslations = entry.pluralTranslations.map(LegacyTags.modernize)
        entry.previousSource = entry.previousSource.map(LegacyTags.modernize)
        return true
    }

    static func sameSource(_ a: CatalogEntry, _ b: CatalogEntry) -> Bool {
        a.source == b.source && a.sourcePlural == b.sourcePlural
    }

    /// The source changed: keep the translation for review, remember what it translated.
    static func markChanged(_ entry: inout CatalogEntry, newSource: CatalogEntry) {
        // An entry already fuzzy with a previous source keeps it: the translation was made for that one.
        if !(entry.isFuzzy && entry.previousSource != nil) {
            // `#| msgctxt` with `#| msgid`, as msgmerge --previous writes them. A key EditedMessageMatcher renamed
            // in this sync (previous key, no previous source yet) keeps the old key it recorded.
            entry.previousKey = entry.previousSource == nil ? entry.previousKey ?? entry.key : entry.key
            entry.previousSource = entry.source
            entry.previousSourcePlural = entry.sourcePlural
        }
        entry.source = newSource.source
        entry.sourcePlural = newSource.sourcePlural
        if entry.state != .untranslated { entry.setFlag("fuzzy", true) }
    }

    /// The template owns extracted comments, references and non-translator flags.
    static func refresh(_ entry: inout CatalogEntry, from source: CatalogEntry) {
        entry.extractedComments = source.extractedComments
        entry.references = source.references
        let templateFlags = source.flags.filter { !isTranslatorFlag($0) }
        let translatorFlags = entry.flags.filter(isTranslatorFlag)
        let wanted = Set(templateFlags).union(translatorFlags)
        // Keep the existing order when nothing changed, so unchanged entries are written back as read.
        if Set(entry.flags) != wanted || entry.flags.count != wanted.count {
            let fuzzy = translatorFlags.contains("fuzzy") ? ["fuzzy"] : []
            entry.flags = fuzzy + templateFlags + translatorFlags.filter { $0 != "fuzzy" }
        }
    }
}
