import Foundation

/// What importing a file did (or, with a dry run, would do) to a catalog, unit by unit.
public struct ImportReport: Sendable, Equatable, Codable {
    /// A unit that was not applied, and why.
    public struct Rejection: Sendable, Equatable, Codable {
        public var key: String
        public var reason: String
        /// Where the unit is in the imported file.
        public var position: TextPosition?
    }

    /// Keys that had no translation and now have one.
    public var added: [String] = []
    /// Keys whose translation or state changed.
    public var updated: [String] = []
    /// Keys the file leaves as they were.
    public var unchanged: [String] = []
    public var rejected: [Rejection] = []

    public init() {}

    /// Whether applying the file changes the catalog.
    public var changesCatalog: Bool { !added.isEmpty || !updated.isEmpty }
}

/// Applies an exchange file to a catalog: only translations (and their fuzzy flag) change, and only for units
/// whose key exists, whose English is what the catalog has now, and whose placeholders match the English.
public enum CatalogImporter {
    /// The catalog with the document's translations applied, and the report of every unit.
    public static func apply(_ document: ExchangeDocument, to catalog: Catalog) -> (catalog: Catalog, report: ImportReport) {
        var result = catalog
        var report = ImportReport()
        var index: [String: Int] = [:]
        for (offset, entry) in catalog.entries.enumerated() where !entry.isObsolete && !entry.isHeader {
            if index[entry.effectiveKey] == nil { index[entry.effectiveKey] = offset }
        }
        var seen: Set<String> = []
        for unit in document.units {
            func reject(_ reason: String) { report.rejected.append(.init(key: unit.key, reason: reason, position: unit.position)) }
            guard seen.insert(unit.key).inserted else {
                reject("the file has this key twice; only the first is used")
                continue
            }
            guard let at = index[unit.key] else {
                reject("no message with this key in the catalog")
                continue
            }
            var entry = result.entries[at]
            if entry.sourcePlural != nil {
                reject("gettext plural entries (msgid_plural) cannot be imported")
                continue
            }
            // A file exported before tags were named `<x1>` has the same English with `<1>` tags, and a
            // translation with them: both are read in the new spelling.
            let catalogIsModern = LegacyTags.modernize(entry.source) == entry.source
            let exportedBeforeRename = unit.source.map { $0 != entry.source && LegacyTags.modernize($0) == entry.source } ?? catalogIsModern
            let target = exportedBeforeRename && catalogIsModern ? LegacyTags.modernize(unit.target) : unit.target
            if let source = unit.source, source != entry.source, !exportedBeforeRename {
                reject("the English changed since the export (file: \(quoted(source)), catalog now: \(quoted(entry.source))); export again")
                continue
            }
            // An empty target never clears a translation: an untouched row of a sheet means "no change".
            if target.isEmpty {
                report.unchanged.append(unit.key)
                continue
            }
            let fuzzy = unit.state == .fuzzy
            if entry.translation == target && entry.isFuzzy == fuzzy {
                report.unchanged.append(unit.key)
                continue
            }
            if let problem = unwritableProblem(target) {
                reject(problem)
                continue
            }
            if let problem = placeholderProblem(source: entry.source, translation: target) {
                reject(problem)
                continue
            }
            let wasUntranslated = entry.state == .untranslated
            entry.translation = target
            entry.setFlag("fuzzy", fuzzy)
            if !fuzzy {
                // `#|` previous sources only explain a fuzzy entry; a reviewed translation drops them as msgmerge does.
                entry.previousKey = nil
                entry.previousSource = nil
                entry.previousSourcePlural = nil
            }
            result.entries[at] = entry
            if wasUntranslated { report.added.append(unit.key) } else { report.updated.append(unit.key) }
        }
        return (result, report)
    }

    /// Why a translation cannot be accepted for `source`: it is not valid MessageFormat, or it loses or invents
    /// an argument or a markup tag. Nil when it is fine.
    public static func placeholderProblem(source: String, translation: String) -> String? {
        let parsedSource = MessageFormatParser.parse(source)
        let parsedTranslation = MessageFormatParser.parse(translation)
        guard let translationMessage = parsedTranslation.message else {
            let error = parsedTranslation.errors.first.map(\.message) ?? "syntax error"
            return "the translation is not a valid ICU message: \(error)"
        }
        guard let sourceMessage = parsedSource.message else { return nil }
        let sourceArguments = Set(sourceMessage.arguments.map(\.name))
        let translationArguments = Set(translationMessage.arguments.map(\.name))
        var problems: [String] = []
        let lost = sourceArguments.subtracting(translationArguments).sorted()
        let invented = translationArguments.subtracting(sourceArguments).sorted()
        if !lost.isEmpty { problems.append("loses " + lost.map { "{\($0)}" }.joined(separator: ", ")) }
        if !invented.isEmpty { problems.append("invents " + invented.map { "{\($0)}" }.joined(separator: ", ")) }
        func tags(_ message: Message) -> Set<String> {
            Set(
                message.markupTags.map { tag in
                    switch tag.kind {
                    case .open: return "<\(tag.name)>"
                    case .close: return "</\(tag.name)>"
                    case .selfClosing: return "<\(tag.name)/>"
                    }
                })
        }
        let sourceTags = tags(sourceMessage)
        let translationTags = tags(translationMessage)
        let lostTags = sourceTags.subtracting(translationTags).sorted()
        let inventedTags = translationTags.subtracting(sourceTags).sorted()
        if !lostTags.isEmpty { problems.append("loses the tag " + lostTags.joined(separator: ", ")) }
        if !inventedTags.isEmpty { problems.append("invents the tag " + inventedTags.joined(separator: ", ")) }
        return problems.isEmpty ? nil : "the translation " + problems.joined(separator: " and ")
    }

    /// Why a translation cannot be written to a PO file: NUL, which neither our PO reader nor
    /// gettext's accepts in a string, raw or escaped (every other control character survives a
    /// round trip through both, and msgfmt -c compiles it). Nil when it can be written.
    public static func unwritableProblem(_ translation: String) -> String? {
        guard let offset = translation.unicodeScalars.firstIndex(of: "\u{0}") else { return nil }
        let character = translation.unicodeScalars.distance(from: translation.unicodeScalars.startIndex, to: offset) + 1
        return "the translation contains \(Diagnostic.visibleForm("\u{0}")) at character \(character), which a PO file cannot hold; remove it"
    }

    static func quoted(_ text: String) -> String {
        let short = text.count > 60 ? String(text.prefix(57)) + "…" : text
        return "\"" + short.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r") + "\""
    }
}
