/// What a three-way merge of two versions of a catalog produced.
public struct CatalogThreeWayMergeResult: Sendable {
    /// The merged catalog, ready for POWriter.
    public var catalog: Catalog
    /// Keys of the entries left for a reviewer: both sides changed the translation, ours kept,
    /// theirs recorded in a `# merge: theirs: "…"` comment, the entry marked fuzzy.
    public var conflicts: [String]
    /// Keys taken from theirs because only theirs changed them.
    public var takenFromTheirs: Int
    /// Keys both sides changed, merged field by field (with or without a conflict).
    public var mergedFieldByField: Int

    public init(catalog: Catalog, conflicts: [String] = [], takenFromTheirs: Int = 0, mergedFieldByField: Int = 0) {
        self.catalog = catalog
        self.conflicts = conflicts
        self.takenFromTheirs = takenFromTheirs
        self.mergedFieldByField = mergedFieldByField
    }
}

/// Merges two versions of a PO catalog (ours and theirs) against their common ancestor, by key
/// (msgctxt, else msgid), so two translators never lose each other's work.
///
/// Per entry the side that changed wins. When both changed one entry, fields merge one by one;
/// two different translations keep ours, record theirs in a translator comment and mark the
/// entry fuzzy, so `translate check` (merge-conflict) sends it to a reviewer. A translation is
/// never dropped: an entry one side obsoleted or deleted while the other translated it stays,
/// obsolete, with the translation. The result is laid out as `translate sync` lays catalogs
/// out: active entries in template order, obsolete ones after them sorted by key; entries that
/// did not change keep the exact text they were read from.
public enum CatalogThreeWayMerge {
    /// The translator-comment prefix of a recorded alternative.
    public static let commentPrefix = "merge: theirs"

    /// Merges `ours` and `theirs`, both descended from `base`. With a `template` (the merged
    /// messages.pot), the result is then synced with it, so obsolete entries it still has revive.
    public static func merge(base: Catalog, ours: Catalog, theirs: Catalog, template: Catalog? = nil) -> CatalogThreeWayMergeResult {
        let b = Side(base)
        let o = Side(ours)
        let t = Side(theirs)
        let lineEnding = pick(base.lineEnding, ours.lineEnding, theirs.lineEnding).value
        var result = CatalogThreeWayMergeResult(catalog: Catalog())
        var merged: [String: CatalogEntry] = [:]
        var keys = o.keys
        for key in t.keys where o.entries[key] == nil { keys.append(key) }
        for key in keys {
            let (entry, outcome) = mergeEntry(base: b.entries[key], ours: o.entries[key], theirs: t.entries[key])
            switch outcome {
            case .ours: break
            case .theirs: result.takenFromTheirs += 1
            case .fieldByField(let conflict):
                result.mergedFieldByField += 1
                if conflict { result.conflicts.append(key) }
            }
            guard var entry else { continue }
            entry.originalText = originalText(
                for: entry, ours: o.entries[key], oursEnding: ours.lineEnding,
                theirs: t.entries[key], theirsEnding: theirs.lineEnding, lineEnding: lineEnding)
            entry.location = nil
            merged[key] = entry
        }

        var catalog = Catalog(header: mergeHeader(base: base.header, ours: ours.header, theirs: theirs.header))
        catalog.lineEnding = lineEnding
        catalog.hasByteOrderMark = pick(base.hasByteOrderMark, ours.hasByteOrderMark, theirs.hasByteOrderMark).value
        catalog.trailingText = convert(pick(base.trailingText, ours.trailingText, theirs.trailingText).value, to: lineEnding)
        if var header = catalog.header {
            header.originalText = originalText(
                for: header, ours: ours.header, oursEnding: ours.lineEnding,
                theirs: theirs.header, theirsEnding: theirs.lineEnding, lineEnding: lineEnding)
            catalog.header = header
        }
        let active = Set(merged.filter { !$0.value.isObsolete }.keys)
        // The order of the side that reordered (a sync after extract); the other side's new keys follow their neighbours.
        let oursReordered = o.order.filter(b.isActive) != b.order.filter(o.isActive)
        let order = interleave(primary: oursReordered ? o.order : t.order, secondary: oursReordered ? t.order : o.order, keeping: active)
        let retired = merged.values.filter(\.isObsolete).sorted { ($0.effectiveKey, $0.source) < ($1.effectiveKey, $1.source) }
        catalog.entries = order.map { merged[$0]! } + retired
        if let template { catalog = CatalogMerger.merge(template: template, into: catalog).catalog }
        result.catalog = catalog
        return result
    }

    // MARK: Entries

    enum Outcome: Equatable { case ours, theirs, fieldByField(conflict: Bool) }

    /// One key's three versions merged (nil: the entry is gone).
    static func mergeEntry(base: CatalogEntry?, ours: CatalogEntry?, theirs: CatalogEntry?) -> (CatalogEntry?, Outcome) {
        if ours == theirs { return (ours, .ours) }
        if ours == base { return (theirs, .theirs) }
        if theirs == base { return (ours, .ours) }
        guard let ours else { return (survivor(theirs!, base: base), .theirs) }
        guard let theirs else { return (survivor(ours, base: base), .ours) }
        let (entry, conflict) = mergeFields(base: base, ours: ours, theirs: theirs)
        return (entry, .fieldByField(conflict: conflict))
    }

    /// One side deleted the entry, the other changed it: a translation the deleting side never
    /// saw is kept, obsolete when the deleting side dropped it from the template.
    static func survivor(_ entry: CatalogEntry, base: CatalogEntry?) -> CatalogEntry? {
        guard entry.state != .untranslated, base.map(translations) != translations(entry) else { return nil }
        var kept = entry
        if base?.isObsolete == false && !kept.isObsolete {
            kept.isObsolete = true
            kept.references = []
            kept.extractedComments = []
        }
        return kept
    }

    /// Both sides changed the entry: each field takes the side that changed it.
    static func mergeFields(base: CatalogEntry?, ours: CatalogEntry, theirs: CatalogEntry) -> (CatalogEntry, conflict: Bool) {
        var entry = ours
        var needsReview = false
        var conflict = false

        let source = pick(base.map(sourceOf), sourceOf(ours), sourceOf(theirs))
        entry.source = source.value.source
        entry.sourcePlural = source.value.plural
        needsReview = needsReview || source.conflict

        let previous = pick(base.map(previousOf), previousOf(ours), previousOf(theirs)).value
        (entry.previousKey, entry.previousSource, entry.previousSourcePlural) = (previous.key, previous.source, previous.plural)
        entry.extractedComments = pick(base?.extractedComments, ours.extractedComments, theirs.extractedComments).value
        entry.references = pick(base?.references, ours.references, theirs.references).value

        let comments = pick(base?.translatorComments, ours.translatorComments, theirs.translatorComments)
        entry.translatorComments = comments.conflict ? union(ours.translatorComments, theirs.translatorComments) : comments.value

        var forms = pick(base.map(translations), translations(ours), translations(theirs))
        if forms.conflict, let base, translations(base).count == ours.pluralTranslations.count + 1,
            translations(theirs).count == ours.pluralTranslations.count + 1, !ours.pluralTranslations.isEmpty
        {
            // gettext plural forms: each form takes the side that changed it.
            let picks = (0...ours.pluralTranslations.count).map { pick(translations(base)[$0], translations(ours)[$0], translations(theirs)[$0]) }
            if !picks.contains(where: \.conflict) { forms = (picks.map(\.value), false) }
        }
        var chosen = forms.value
        if forms.conflict {
            let mine = translations(ours)
            let other = translations(theirs)
            // One side has no text: added untranslated there (no base), or cleared (review that).
            needsReview = needsReview || base != nil
            if mine.allSatisfy(\.isEmpty) {
                chosen = other
            } else if !other.allSatisfy(\.isEmpty) {
                needsReview = true
                for (index, text) in other.enumerated() where index >= mine.count || mine[index] != text {
                    guard !text.isEmpty else { continue }
                    let comment = alternativeComment(text, form: other.count > 1 ? index : nil)
                    if !entry.translatorComments.contains(comment) { entry.translatorComments.append(comment) }
                    conflict = true
                }
            }
        }
        entry.translation = chosen.first ?? ""
        entry.pluralTranslations = Array(chosen.dropFirst())

        let obsolete = pick(base?.isObsolete, ours.isObsolete, theirs.isObsolete)
        // Added on both sides, active on one: the template has it.
        entry.isObsolete = obsolete.conflict ? false : obsolete.value

        entry.flags = mergeFlags(base: base?.flags, ours: ours.flags, theirs: theirs.flags)
        // A side that reviewed (removed fuzzy) reviewed its own text, not the merged one.
        for side in [ours, theirs]
        where base?.isFuzzy == true && !side.isFuzzy
            && (translations(side) != chosen || sourceOf(side) != source.value)
        { needsReview = true }
        if needsReview && entry.state != .untranslated && !entry.isFuzzy { entry.flags.insert("fuzzy", at: 0) }
        return (entry, conflict)
    }

    /// Three-way merge of a flag set: a flag stays unless a side removed it; added flags join.
    static func mergeFlags(base: [String]?, ours: [String], theirs: [String]) -> [String] {
        if ours == theirs { return ours }
        if let base, base == ours { return theirs }
        if let base, base == theirs { return ours }
        let inBase = Set(base ?? [])
        let inOurs = Set(ours)
        let inTheirs = Set(theirs)
        var flags: [String] = []
        for flag in ours + theirs where !flags.contains(flag) {
            let keep = (inOurs.contains(flag) && inTheirs.contains(flag)) || !inBase.contains(flag)
            if keep { flags.append(flag) }
        }
        return flags
    }

    /// The comment recording theirs' translation (one form of a gettext plural when `form` is set).
    public static func alternativeComment(_ text: String, form: Int? = nil) -> String {
        var escaped = ""
        escaped.unicodeScalars.append(contentsOf: POWriter.escape(text.unicodeScalars))
        return commentPrefix + (form.map { "[\($0)]" } ?? "") + ": \"" + escaped + "\""
    }

    /// The alternatives recorded in an entry's `# merge: theirs…` comments, decoded.
    public static func alternatives(in entry: CatalogEntry) -> [String] {
        entry.translatorComments.compactMap(alternative(inComment:))
    }

    /// The text of one `merge: theirs: "…"` comment; nil for any other comment.
    public static func alternative(inComment comment: String) -> String? {
        guard comment.hasPrefix(commentPrefix), let open = comment.firstIndex(of: "\""), comment.hasSuffix("\""),
            open < comment.index(before: comment.endIndex)
        else { return nil }
        // The reader's own unescaping, so the comment decodes exactly as a msgstr would.
        let parsed = POReader.parse("msgctxt \"merge\"\nmsgid " + comment[open...] + "\nmsgstr \"\"\n", path: "")
        guard parsed.diagnostics.isEmpty, let entry = parsed.catalog.entries.first else { return nil }
        return entry.source
    }

    /// Whether an entry still carries a recorded alternative a reviewer must settle.
    public static func hasUnresolvedConflict(_ entry: CatalogEntry) -> Bool {
        entry.translatorComments.contains { alternative(inComment: $0) != nil }
    }

    // MARK: Header

    /// Header fields merged one by one; where both sides changed a field, dates take the later
    /// value and anything else ours.
    static func mergeHeader(base: CatalogEntry?, ours: CatalogEntry?, theirs: CatalogEntry?) -> CatalogEntry? {
        if ours == theirs || theirs == base { return ours }
        if ours == base { return theirs }
        guard var header = ours ?? theirs else { return nil }
        let b = fields(base)
        let o = fields(ours)
        let t = fields(theirs)
        var names = o.map(\.name)
        for field in t where !names.contains(where: { $0.lowercased() == field.name.lowercased() }) { names.append(field.name) }
        var merged: [(name: String, value: String)] = []
        for name in names {
            func value(_ fields: [(name: String, value: String)]) -> String? { fields.first { $0.name.lowercased() == name.lowercased() }?.value }
            let choice = pick(base == nil ? nil : .some(value(b)), value(o), value(t))
            var chosen = choice.value
            if choice.conflict, name.hasSuffix("-Date"), let mine = value(o), let other = value(t) { chosen = max(mine, other) }
            if let chosen { merged.append((name, chosen)) }
        }
        let same = { (side: [(name: String, value: String)]) in side.map(\.name) == merged.map(\.name) && side.map(\.value) == merged.map(\.value) }
        if same(o), let ours {
            header.translation = ours.translation
        } else if same(t), let theirs {
            header.translation = theirs.translation
        } else {
            header.translation = merged.map { "\($0.name): \($0.value)\n" }.joined()
        }
        if let ours, let theirs {
            let comments = pick(base?.translatorComments, ours.translatorComments, theirs.translatorComments)
            header.translatorComments = comments.conflict ? union(ours.translatorComments, theirs.translatorComments) : comments.value
            header.flags = mergeFlags(base: base?.flags, ours: ours.flags, theirs: theirs.flags)
        }
        return header
    }

    static func fields(_ header: CatalogEntry?) -> [(name: String, value: String)] {
        guard let header else { return [] }
        return Catalog(header: header).headerFields
    }

    // MARK: Layout

    /// Keys in `primary` order; keys only `secondary` has follow the key they follow there.
    static func interleave(primary: [String], secondary: [String], keeping wanted: Set<String>) -> [String] {
        let placed = Set(primary)
        var followers: [String: [String]] = [:]
        var leading: [String] = []
        var anchor: String?
        for key in secondary {
            if placed.contains(key) {
                anchor = key
                continue
            }
            if let anchor { followers[anchor, default: []].append(key) } else { leading.append(key) }
        }
        var order: [String] = []
        var seen = Set<String>()
        func emit(_ key: String) { if wanted.contains(key) && seen.insert(key).inserted { order.append(key) } }
        leading.forEach(emit)
        for key in primary {
            emit(key)
            followers[key]?.forEach(emit)
        }
        for key in wanted.sorted() where !seen.contains(key) { order.append(key) }
        return order
    }

    /// The text an unchanged entry was read from, so it is written back byte for byte (line
    /// endings converted when the merged file uses the other convention).
    static func originalText(
        for entry: CatalogEntry, ours: CatalogEntry?, oursEnding: String, theirs: CatalogEntry?,
        theirsEnding: String, lineEnding: String
    ) -> POEntryText? {
        let source: (POEntryText, String)?
        if let ours, ours == entry, let text = ours.originalText {
            source = (text, oursEnding)
        } else if let theirs, theirs == entry, let text = theirs.originalText {
            source = (text, theirsEnding)
        } else {
            source = nil
        }
        guard let (text, ending) = source else { return nil }
        if ending == lineEnding { return text }
        return POEntryText(leading: convert(text.leading, to: lineEnding), body: convert(text.body, to: lineEnding), entry: text.entry)
    }

    static func convert(_ text: String, to lineEnding: String) -> String {
        guard text.contains("\n") else { return text }
        let lf = text.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
        return lineEnding == "\n" ? lf : lf.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineEnding)
    }

    // MARK: Helpers

    /// The side that changed a value: ours when both changed it differently (`conflict`).
    static func pick<T: Equatable>(_ base: T?, _ ours: T, _ theirs: T) -> (value: T, conflict: Bool) {
        if ours == theirs { return (ours, false) }
        if let base, base == ours { return (theirs, false) }
        if let base, base == theirs { return (ours, false) }
        return (ours, true)
    }

    struct Source: Equatable {
        var source: String
        var plural: String?
    }
    struct Previous: Equatable {
        var key: String?
        var source: String?
        var plural: String?
    }

    static func sourceOf(_ entry: CatalogEntry) -> Source { Source(source: entry.source, plural: entry.sourcePlural) }
    static func previousOf(_ entry: CatalogEntry) -> Previous {
        Previous(key: entry.previousKey, source: entry.previousSource, plural: entry.previousSourcePlural)
    }
    static func translations(_ entry: CatalogEntry) -> [String] { [entry.translation] + entry.pluralTranslations }
    static func union(_ a: [String], _ b: [String]) -> [String] { a + b.filter { !a.contains($0) } }

    /// One version of the catalog by key: the active entry, else the first obsolete one (as sync keeps them).
    struct Side {
        var entries: [String: CatalogEntry] = [:]
        /// Keys in file order.
        var keys: [String] = []
        /// Active keys in file order.
        var order: [String] = []

        /// Whether the key is an active (not obsolete) entry here.
        func isActive(_ key: String) -> Bool { entries[key].map { !$0.isObsolete } ?? false }

        init(_ catalog: Catalog) {
            entries.reserveCapacity(catalog.entries.count)
            for entry in catalog.entries where !entry.isHeader {
                let key = entry.effectiveKey
                if let existing = entries[key] {
                    if existing.isObsolete && !entry.isObsolete {
                        entries[key] = entry
                        order.append(key)
                    }
                    continue
                }
                entries[key] = entry
                keys.append(key)
                if !entry.isObsolete { order.append(key) }
            }
        }
    }
}
