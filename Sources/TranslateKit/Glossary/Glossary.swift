import Foundation

/// Whether a glossary row gives the term to use or a term never to use.
public enum GlossaryStatus: String, Sendable, Codable {
    case preferred
    case forbidden
}

/// One concept of the glossary: its term in each language and how to treat it.
public struct GlossaryEntry: Sendable, Equatable {
    /// Language tag (as in the header) → the term and its accepted variants (the cell split at `|`).
    public var terms: [String: [String]]
    /// Language tag → patterns for inflected forms (`Rad* Edukacji`); `*` stands for any letters.
    public var patterns: [String: [String]]
    public var partOfSpeech: String
    public var definition: String
    public var status: GlossaryStatus
    /// The English term must appear verbatim in every translation (names of schools and programmes).
    public var doNotTranslate: Bool
    /// Capitals matter when finding the term ("US" the country, not "us"); by default case is ignored.
    public var caseSensitive: Bool = false
    /// The CSV line the row starts on (0 for entries built in memory or read from TBX).
    public var line: Int

    public init(
        terms: [String: [String]], patterns: [String: [String]] = [:], partOfSpeech: String = "", definition: String = "",
        status: GlossaryStatus = .preferred, doNotTranslate: Bool = false, line: Int = 0
    ) {
        self.terms = terms
        self.patterns = patterns
        self.partOfSpeech = partOfSpeech
        self.definition = definition
        self.status = status
        self.doNotTranslate = doNotTranslate
        self.line = line
    }

    /// The English term (the first variant of the `en` column).
    public var english: String { terms["en"]?.first ?? "" }

    /// The term's main form in `column` (the first variant).
    public func term(_ column: String) -> String? { terms[column]?.first }
}

/// The project glossary (Glossary/glossary.csv): concepts with their terms per language.
public struct Glossary: Sendable, Equatable {
    /// Language columns in header order, `en` first when present.
    public var languages: [String]
    public var entries: [GlossaryEntry]
    /// The languages of the `<tag> pattern` columns in header order (the file's order is kept when it is written back).
    public var patternLanguages: [String] = []
    /// The line ending the file was written with (CSV's CRLF unless it used LF alone), kept when it is written back.
    public var lineEnding = "\r\n"

    public init(languages: [String], entries: [GlossaryEntry]) {
        self.languages = languages
        self.entries = entries
    }

    /// The path of the glossary inside a project.
    public static let relativePath = "\(ProjectPaths.glossaryName)/glossary.csv"

    /// Loads the project's glossary; nil when the project has none.
    public static func load(projectRoot root: URL) throws -> Glossary? {
        let url = try ProjectPaths(root: root).permitted(root.appendingPathComponent(relativePath))
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try read(url, displayPath: relativePath)
    }

    /// Reads a glossary CSV file.
    public static func read(_ url: URL, displayPath: String? = nil) throws -> Glossary {
        let path = displayPath ?? url.path
        return try parse(try TextFile.read(url, displayPath: path), path: path)
    }

    /// The glossary column that holds terms for a catalog's language: the same tag, else the only column of the
    /// same language whose script does not differ ("es" finds "es-US"; "zh-Hant" never finds "zh-Hans").
    public func column(for tag: String) -> String? {
        if let exact = languages.first(where: { $0.caseInsensitiveCompare(tag) == .orderedSame }) { return exact }
        let wanted = Self.subtags(tag)
        let candidates = languages.filter { column in
            let have = Self.subtags(column)
            return have.language == wanted.language && (have.script == nil || wanted.script == nil || have.script == wanted.script)
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    static func subtags(_ tag: String) -> (language: String, script: String?) {
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.lowercased() }
        let script = parts.dropFirst().first { $0.count == 4 && $0.allSatisfy(\.isLetter) }
        return (parts.first ?? "", script)
    }

    // MARK: Reading CSV

    static let partOfSpeechHeaders: Set<String> = ["part of speech", "part-of-speech", "pos", "partofspeech"]
    static let doNotTranslateHeaders: Set<String> = ["do-not-translate", "do not translate", "dnt", "donottranslate"]
    static let caseSensitiveHeaders: Set<String> = ["case-sensitive", "case sensitive", "casesensitive"]

    /// Parses glossary CSV: a header naming the columns (`en`, language tags, `part of speech`, `definition`,
    /// `status`, `do-not-translate`, `<tag> pattern`), then one concept per row.
    public static func parse(_ text: String, path: String) throws -> Glossary {
        let table = try CSVTable.parse(text, path: path)
        guard let header = table.records.first else {
            throw TranslateError(
                path: path, position: TextPosition(line: 1, column: 1), "the glossary is empty",
                hint: "start with a header such as: en,es-US,ar,part of speech,definition,status,do-not-translate")
        }
        enum Column { case term(String), pattern(String), partOfSpeech, definition, status, doNotTranslate, caseSensitive, note }
        var columns: [Column] = []
        var languages: [String] = []
        var patternLanguages: [String] = []
        for field in header {
            let name = field.value.trimmingCharacters(in: .whitespaces)
            let lower = name.lowercased()
            if partOfSpeechHeaders.contains(lower) {
                columns.append(.partOfSpeech)
            } else if lower == "definition" {
                columns.append(.definition)
            } else if lower == "status" {
                columns.append(.status)
            } else if doNotTranslateHeaders.contains(lower) {
                columns.append(.doNotTranslate)
            } else if caseSensitiveHeaders.contains(lower) {
                columns.append(.caseSensitive)
            } else if lower == "note" || lower == "notes" || lower == "comment" {
                columns.append(.note)
            } else if lower.hasSuffix(" pattern") || lower.hasSuffix(" patterns") {
                let tag = String(name.split(separator: " ").first ?? "")
                guard Self.isTag(tag) else {
                    throw TranslateError(
                        path: path, position: field.position, "'\(name)' does not name a language",
                        hint: "name pattern columns '<tag> pattern', for example 'pl pattern'")
                }
                patternLanguages.append(tag)
                columns.append(.pattern(tag))
            } else if Self.isTag(name) {
                if languages.contains(name) {
                    throw TranslateError(path: path, position: field.position, "the column '\(name)' appears twice")
                }
                languages.append(name)
                columns.append(.term(name))
            } else {
                throw TranslateError(
                    path: path, position: field.position, "unknown column '\(name)'",
                    hint:
                        "columns are language tags (en, es-US, zh-Hans), '<tag> pattern', part of speech, definition, status, do-not-translate, case-sensitive, note"
                )
            }
        }
        guard languages.contains("en") else {
            throw TranslateError(
                path: path, position: header.first?.position, "the glossary has no 'en' column",
                hint: "the English term is what the checks look for in the source")
        }
        var entries: [GlossaryEntry] = []
        for record in table.records.dropFirst() {
            if record.allSatisfy({ $0.value.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if record.count > columns.count {
                throw TranslateError(
                    path: path, position: record[columns.count].position,
                    "this row has \(record.count) fields but the header has \(columns.count)",
                    hint: "put fields that contain commas in double quotes")
            }
            var entry = GlossaryEntry(terms: [:], line: record.first?.position.line ?? 0)
            for (field, column) in zip(record, columns) {
                let value = field.value.trimmingCharacters(in: .whitespaces)
                switch column {
                case .term(let tag):
                    let variants = Self.variants(value)
                    if !variants.isEmpty { entry.terms[tag] = variants }
                case .pattern(let tag):
                    let patterns = Self.variants(value)
                    if !patterns.isEmpty { entry.patterns[tag] = patterns }
                case .partOfSpeech: entry.partOfSpeech = value
                case .definition: entry.definition = value
                case .note: break
                case .status:
                    switch value.lowercased() {
                    case "", "preferred", "preferredterm", "admitted": entry.status = .preferred
                    case "forbidden", "deprecated", "deprecatedterm": entry.status = .forbidden
                    default:
                        throw TranslateError(path: path, position: field.position, "unknown status '\(value)'", hint: "use 'preferred' or 'forbidden'")
                    }
                case .doNotTranslate, .caseSensitive:
                    let flag: Bool
                    switch value.lowercased() {
                    case "", "no", "n", "false", "0": flag = false
                    case "yes", "y", "true", "1": flag = true
                    default:
                        let name = { if case .caseSensitive = column { return "case-sensitive" } else { return "do-not-translate" } }()
                        throw TranslateError(path: path, position: field.position, "\(name) must be yes or no, not '\(value)'")
                    }
                    if case .caseSensitive = column { entry.caseSensitive = flag } else { entry.doNotTranslate = flag }
                }
            }
            if entry.english.isEmpty {
                throw TranslateError(path: path, position: record.first?.position, "this row has no English term", hint: "fill the 'en' column")
            }
            entries.append(entry)
        }
        var glossary = Glossary(languages: languages, entries: entries)
        glossary.patternLanguages = patternLanguages
        if text.utf8.contains(0x0A), !text.contains("\r\n") { glossary.lineEnding = "\n" }
        return glossary
    }

    static func variants(_ cell: String) -> [String] {
        cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A BCP 47-shaped tag: letters first, then letter/digit subtags joined by '-'.
    static func isTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    // MARK: Writing CSV

    /// The glossary as CSV, columns in a fixed order so the same glossary always gives the same file.
    public func csv() -> String {
        let patternColumns = (patternLanguages + languages.filter { !patternLanguages.contains($0) })
            .filter { tag in entries.contains { $0.patterns[tag] != nil } }
        let anyCaseSensitive = entries.contains(where: \.caseSensitive)
        var records: [[String]] = [
            languages + patternColumns.map { "\($0) pattern" } + ["part of speech", "definition", "status", "do-not-translate"]
                + (anyCaseSensitive ? ["case-sensitive"] : [])
        ]
        for entry in entries {
            var row = languages.map { (entry.terms[$0] ?? []).joined(separator: "|") }
            row += patternColumns.map { (entry.patterns[$0] ?? []).joined(separator: "|") }
            row += [entry.partOfSpeech, entry.definition, entry.status.rawValue, entry.doNotTranslate ? "yes" : "no"]
            if anyCaseSensitive { row.append(entry.caseSensitive ? "yes" : "no") }
            records.append(row)
        }
        return CSVTable.write(records, lineEnding: lineEnding)
    }
}
