import Foundation
import TranslateICU

/// Reads the tab-separated registry file and checks every cell against ICU, collecting every
/// problem with its line and column (columns in Unicode scalars, as editors count them).
struct LanguageRegistryReader {
    /// The rule text for "one form for every number" (ICU's own default rule).
    static let otherOnlyRule = "other: n"

    let text: String
    let path: String
    private(set) var errors: [TranslateError] = []
    private(set) var warnings: [Diagnostic] = []

    init(text: String, path: String) {
        self.text = text
        self.path = path
    }

    /// One cell with where it starts.
    struct Cell {
        var value: String
        var position: TextPosition
    }

    /// A data row as read, before cross-row checks.
    struct Row {
        var line: Int
        var cells: [String: Cell]
        var language: Language
    }

    private mutating func fail(_ position: TextPosition, _ message: String, hint: String? = nil) {
        errors.append(TranslateError(path: path, position: position, message, hint: hint))
    }

    private mutating func warn(_ position: TextPosition, _ message: String, notes: [String] = []) {
        warnings.append(Diagnostic(severity: .warning, path: path, position: position, check: "language-registry", message: message, notes: notes))
    }

    /// Splits a line at tabs; strips spaces around cells and the quotes a spreadsheet adds.
    static func cells(of line: Substring, number: Int) -> [Cell] {
        var result: [Cell] = []
        var column = 1
        for raw in line.split(separator: "\t", omittingEmptySubsequences: false) {
            var value = raw.trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
            }
            let leading = raw.unicodeScalars.prefix { $0 == " " }.count
            result.append(Cell(value: value, position: TextPosition(line: number, column: column + leading)))
            column += raw.unicodeScalars.count + 1
        }
        return result
    }

    mutating func run() -> LanguageRegistry.ParseResult {
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let cells = Self.cells(of: line, number: lineNumber)
            guard let columns = header else {
                header = readHeader(cells, line: lineNumber)
                if header == nil { return LanguageRegistry.ParseResult(registry: nil, errors: errors, warnings: warnings) }
                continue
            }
            if cells.count > columns.count {
                fail(
                    cells[columns.count].position, "this line has \(cells.count) cells but the header has \(columns.count) columns",
                    hint: "a tab inside a cell starts a new cell; remove it or add a column to the header")
                continue
            }
            var named: [String: Cell] = [:]
            for (index, cell) in cells.enumerated() { named[columns[index]] = cell }
            let lineEnd = TextPosition(line: lineNumber, column: line.unicodeScalars.count + 1)
            for column in columns where named[column] == nil { named[column] = Cell(value: "", position: lineEnd) }
            if let row = readRow(named, line: lineNumber) { rows.append(row) }
        }
        if header == nil {
            fail(
                TextPosition(line: max(lineNumber, 1), column: 1), "the registry has no header line",
                hint: "the first line that is not a comment names the columns: \(LanguageRegistry.columns.joined(separator: ", "))")
        }
        checkAcrossRows(rows)
        guard errors.isEmpty else { return LanguageRegistry.ParseResult(registry: nil, errors: errors, warnings: warnings) }
        let registry = LanguageRegistry(languages: rows.map(\.language), path: path, warnings: warnings)
        return LanguageRegistry.ParseResult(registry: registry, errors: [], warnings: warnings)
    }

    private mutating func readHeader(_ cells: [Cell], line: Int) -> [String]? {
        var seen: Set<String> = []
        var ok = true
        for cell in cells {
            let name = cell.value
            if !LanguageRegistry.columns.contains(name) {
                var hint = "known columns: \(LanguageRegistry.columns.joined(separator: ", "))"
                if let near = NameSuggestion.closest(to: name, among: LanguageRegistry.columns) { hint = "did you mean '\(near)'? " + hint }
                fail(cell.position, "unknown column '\(name)'", hint: hint)
                ok = false
            } else if !seen.insert(name).inserted {
                fail(cell.position, "column '\(name)' appears twice")
                ok = false
            }
        }
        for required in LanguageRegistry.requiredColumns where !seen.contains(required) {
            fail(TextPosition(line: line, column: 1), "the header has no '\(required)' column")
            ok = false
        }
        return ok ? cells.map(\.value) : nil
    }

    private mutating func readRow(_ cells: [String: Cell], line: Int) -> Row? {
        let errorCount = errors.count
        func cell(_ name: String) -> Cell { cells[name] ?? Cell(value: "", position: TextPosition(line: line, column: 1)) }

        // Tag: well formed and written in ICU's canonical form, so lookups and file names agree.
        let tagCell = cell("tag")
        let locale: ICU.Locale
        do {
            locale = try ICU.Locale(tag: tagCell.value)
        } catch let error as ICU.Locale.TagError {
            fail(tagCell.position, "ill-formed language tag '\(tagCell.value)': \(error.reason)", hint: "write a BCP 47 tag such as 'es-US' or 'pa-Arab'")
            return nil
        } catch {
            fail(tagCell.position, "ill-formed language tag '\(tagCell.value)'")
            return nil
        }
        let canonical = locale.languageTag
        if canonical != tagCell.value {
            fail(tagCell.position, "write the tag '\(tagCell.value)' as '\(canonical)' (ICU's canonical form)")
        }
        let tag = tagCell.value
        let hasOwnData = locale.hasOwnData
        let noDataReason: String = {
            let data = locale.dataLocale
            if data == "root" { return "ICU \(ICU.version) has no data for '\(tag)' (it would answer with root's)" }
            return "ICU \(ICU.version) has no data of its own for '\(tag)' (it silently serves '\(data)' data)"
        }()

        let englishName = cell("english_name")
        if englishName.value.isEmpty { fail(englishName.position, "'\(tag)' has no English name") }
        let endonym = cell("endonym")
        if endonym.value.isEmpty { fail(endonym.position, "'\(tag)' has no endonym (its name for itself)") }
        let endonymSource = cell("endonym_source")
        if !hasOwnData && endonymSource.value.isEmpty && cells["endonym_source"] != nil {
            fail(endonymSource.position, "\(noDataReason); say where the endonym comes from", hint: "cite a page or a speaker in 'endonym_source'")
        }

        // Script: one ICU knows; the direction follows from it.
        let scriptCell = cell("script")
        var direction = Language.Direction.ltr
        if let script = ICU.Script(scriptCell.value), scriptCell.value.count == 4 {
            direction = script.isRightToLeft ? .rtl : .ltr
            let explicit = locale.explicitScript
            if !explicit.isEmpty && explicit != scriptCell.value {
                fail(scriptCell.position, "script '\(scriptCell.value)' contradicts the tag's script subtag '\(explicit)'")
            } else if explicit.isEmpty, let likely = locale.script, likely != scriptCell.value, !Self.scriptsAgree(likely, scriptCell.value),
                !Self.flags(cells["flags"]?.value ?? "").contains("script-reviewed")
            {
                warn(
                    scriptCell.position, "'\(tag)' is written in \(scriptCell.value) here, but CLDR's likely script for it is \(likely)",
                    notes: [
                        "add the script to the tag (e.g. '\(locale.language)-\(scriptCell.value)'), or add the flag 'script-reviewed' when the district has checked that families read \(scriptCell.value)"
                    ])
            }
        } else {
            fail(scriptCell.position, "unknown script '\(scriptCell.value)'", hint: "write an ISO 15924 code such as Latn, Arab, Cyrl, Mymr, Rohg")
        }
        let directionCell = cell("direction")
        switch directionCell.value {
        case "ltr", "rtl":
            if directionCell.value != direction.rawValue && errors.count == errorCount {
                fail(
                    directionCell.position,
                    "direction '\(directionCell.value)' contradicts script \(scriptCell.value), which is written \(direction == .rtl ? "right to left" : "left to right")",
                    hint: "the direction comes from the script; write '\(direction.rawValue)'")
            }
        default:
            fail(directionCell.position, "direction must be 'ltr' or 'rtl', not '\(directionCell.value)'")
        }

        let fallbackCell = cell("fallback")
        let chain = fallbackCell.value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ">" }).map(String.init)

        let tierCell = cell("tier")
        let tier = Language.Tier(rawValue: tierCell.value)
        if tier == nil {
            let names = Language.Tier.allCases.map(\.rawValue)
            var hint = "tiers: \(names.joined(separator: ", "))"
            if let near = NameSuggestion.closest(to: tierCell.value, among: names) { hint = "did you mean '\(near)'? " + hint }
            fail(tierCell.position, "unknown tier '\(tierCell.value)'", hint: hint)
        }

        let familiesCell = cell("families")
        var families: Int?
        if !familiesCell.value.isEmpty {
            if let count = Int(familiesCell.value), count >= 0 {
                families = count
            } else {
                fail(familiesCell.position, "families must be a whole number or blank, not '\(familiesCell.value)'")
            }
        }

        let cardinal = readRules(cell("cardinal"), tag: tag, type: "cardinal", hasOwnData: hasOwnData, noDataReason: noDataReason)
        let ordinal = readRules(cell("ordinal"), tag: tag, type: "ordinal", hasOwnData: hasOwnData, noDataReason: noDataReason)
        let reasonCell = cell("plural_reason")
        if (cardinal != .cldr || ordinal != .cldr) && reasonCell.value.isEmpty {
            fail(
                reasonCell.position, "'\(tag)' states its plural rules without a reason",
                hint: "say why in 'plural_reason', e.g. 'no grammatical plural marking on counted nouns'")
        }

        let collationCell = cell("collation")
        var collation = Language.CollationSource.cldr
        switch collationCell.value {
        case "":
            if !hasOwnData { fail(collationCell.position, "\(noDataReason); state its sort order", hint: "write 'root' or 'like TAG' in 'collation'") }
        case "root": collation = .root
        default:
            if let other = Self.likeTarget(collationCell.value) {
                collation = .like(other)
            } else {
                fail(collationCell.position, "collation must be blank, 'root' or 'like TAG', not '\(collationCell.value)'")
            }
        }

        let flagsCell = cell("flags")
        var testOnly = false
        for flag in Self.flags(flagsCell.value) {
            if flag == "test-only" {
                testOnly = true
            } else if flag != "script-reviewed" {
                fail(flagsCell.position, "unknown flag '\(flag)'", hint: "flags: test-only, script-reviewed")
            }
        }

        guard errors.count == errorCount, let tier else { return nil }
        let coverage: Language.Coverage = (!hasOwnData || cardinal != .cldr) ? .overlay : .cldr
        let language = Language(
            tag: tag, englishName: englishName.value, endonym: endonym.value, endonymSource: endonymSource.value,
            script: scriptCell.value, direction: direction, fallbackChain: chain, tier: tier, families: families,
            cardinal: cardinal, ordinal: ordinal, pluralReason: reasonCell.value, collation: collation,
            coverage: coverage, isTestOnly: testOnly, evidence: cell("evidence").value, notes: cell("notes").value,
            isRegistered: true, warning: nil, line: line)
        return Row(line: line, cells: cells, language: language)
    }

    /// Jpan covers Hani/Hira/Kana, Kore covers Hang/Hani, Hans/Hant are Hani.
    static func scriptsAgree(_ a: String, _ b: String) -> Bool {
        let groups: [Set<String>] = [["Jpan", "Hani", "Hira", "Kana"], ["Kore", "Hang", "Hani"], ["Hans", "Hant", "Hani"]]
        return groups.contains { $0.contains(a) && $0.contains(b) }
    }

    static func flags(_ value: String) -> [String] {
        value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }

    static func likeTarget(_ value: String) -> String? {
        guard value.hasPrefix("like ") else { return nil }
        let target = value.dropFirst(5).trimmingCharacters(in: .whitespaces)
        return target.isEmpty || target.contains(" ") ? nil : target
    }

    private mutating func readRules(_ cell: Cell, tag: String, type: String, hasOwnData: Bool, noDataReason: String) -> Language.RuleSource {
        let value = cell.value
        if value.isEmpty {
            if !hasOwnData {
                fail(
                    cell.position, "\(noDataReason); state its \(type) plural rules",
                    hint:
                        "write 'like TAG' (borrow a CLDR language's rules), 'other' (one form for every number) or a CLDR rule such as 'one: n = 1', and say why in 'plural_reason'"
                )
            }
            return .cldr
        }
        if value == "other" { return .otherOnly }
        if let target = Self.likeTarget(value) { return .like(target) }
        if value.contains(":") {
            do {
                let rules = try ICU.PluralRules(description: value)
                if !rules.categories.contains(.other) {
                    fail(cell.position, "plural rules '\(value)' have no 'other' category")
                }
            } catch {
                fail(cell.position, "ICU cannot read the plural rules '\(value)': \(error)", hint: "use CLDR's syntax, e.g. 'one: n = 1; few: n = 2..4'")
            }
            return .rules(value)
        }
        fail(cell.position, "\(type) plural rules must be blank, 'like TAG', 'other' or a CLDR rule such as 'one: n = 1', not '\(value)'")
        return .cldr
    }

    private mutating func checkAcrossRows(_ rows: [Row]) {
        var seen: [String: Row] = [:]
        for row in rows {
            let key = row.language.icuLocale.languageTag.lowercased()
            if let first = seen[key] {
                fail(row.cells["tag"]!.position, "'\(row.language.tag)' is listed twice (first on line \(first.line))")
            } else {
                seen[key] = row
            }
        }
        let registered = Dictionary(rows.map { ($0.language.tag.lowercased(), $0.language) }, uniquingKeysWith: { a, _ in a })
        let known = rows.map(\.language.tag)
        for row in rows {
            let language = row.language
            let cell = row.cells["fallback"]!
            for target in language.fallbackChain where registered[target.lowercased()] == nil {
                var hint = "every fallback must be a language in this file"
                if let near = NameSuggestion.closest(to: target, among: known) { hint = "did you mean '\(near)'? " + hint }
                fail(cell.position, "'\(language.tag)' falls back to '\(target)', which is not in the registry", hint: hint)
            }
            if language.fallbackChain.contains(where: { $0.lowercased() == language.tag.lowercased() }) {
                fail(cell.position, "'\(language.tag)' falls back to itself")
            }
            if language.tag != "en" && language.fallbackChain.last != "en" {
                fail(cell.position, "the fallback chain of '\(language.tag)' must end with 'en'", hint: "e.g. 'es en' for es-US")
            }
            for (column, source) in [("cardinal", language.cardinal), ("ordinal", language.ordinal)] {
                if case .like(let target) = source { checkBorrowed(target, from: language, cell: row.cells[column]!, registered: registered, known: known) }
            }
            if case .like(let target) = language.collation {
                checkBorrowed(target, from: language, cell: row.cells["collation"]!, registered: registered, known: known)
            }
        }
    }

    private mutating func checkBorrowed(_ target: String, from language: Language, cell: Cell, registered: [String: Language], known: [String]) {
        if let other = registered[target.lowercased()] {
            if other.tag == language.tag { fail(cell.position, "'\(language.tag)' borrows from itself") }
            return
        }
        guard let locale = try? ICU.Locale(tag: target), locale.hasOwnData else {
            var hint = "borrow from a language in this file or one ICU has data for"
            if let near = NameSuggestion.closest(to: target, among: known) { hint = "did you mean '\(near)'? " + hint }
            fail(cell.position, "'\(language.tag)' borrows from '\(target)', which is neither in the registry nor known to ICU", hint: hint)
            return
        }
    }
}
