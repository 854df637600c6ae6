import Foundation

/// A sheet for volunteers (Excel, Google Sheets, LibreOffice): columns key, source, translation, state, note.
///
/// Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab or CR as a formula.
/// On export such a cell gets one apostrophe in front, and so does a cell that already starts with apostrophes
/// followed by one of those characters; on import one apostrophe is removed from exactly those cells
/// (apostrophes then a trigger character). The mapping is one-to-one, so an apostrophe the text really starts
/// with (`'{'` in ICU quoting, or `'=` typed by a volunteer) survives the round trip.
public enum ExchangeCSV {
    public static let header = ["key", "source", "translation", "state", "note"]

    /// The states a sheet may give (what export writes, and "needs review"); empty means translated when filled in.
    static let states = ["", "untranslated", "fuzzy", "needs review", "translated"]

    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell as written to the sheet.
    public static func escapeFormula(_ cell: String) -> String {
        let rest = cell.unicodeScalars.drop { $0 == "'" }
        guard let first = rest.first, triggers.contains(first) else { return cell }
        return "'" + cell
    }

    /// A cell as read from the sheet: the apostrophe `escapeFormula` added, removed.
    public static func unescapeFormula(_ cell: String) -> String {
        let rest = cell.unicodeScalars.drop { $0 == "'" }
        guard cell.hasPrefix("'"), let first = rest.first, triggers.contains(first) else { return cell }
        return String(cell.unicodeScalars.dropFirst())
    }

    /// Every unit, untranslated ones with an empty translation to fill in. CR LF between rows as Excel expects.
    public static func write(_ document: ExchangeDocument) -> String {
        var records = [header]
        for unit in document.units {
            let state = unit.state ?? (unit.target.isEmpty ? .untranslated : .translated)
            records.append([unit.key, unit.source ?? "", unit.target, state.rawValue, unit.notes.joined(separator: "\n")].map(escapeFormula))
        }
        return CSVTable.write(records)
    }

    /// Reads a sheet: `key` and `translation` columns are required, `source` and `state` used when present.
    /// State `fuzzy` (or `needs review`) imports as fuzzy; anything else with a translation as translated.
    public static func read(_ text: String, path: String) throws -> ExchangeDocument {
        let table = try CSVTable.parse(text, path: path)
        guard let head = table.records.first else {
            throw TranslateError(
                path: path, position: TextPosition(line: 1, column: 1), "the sheet is empty",
                hint: "the first row names the columns: \(header.joined(separator: ","))")
        }
        var column: [String: Int] = [:]
        for (index, field) in head.enumerated() {
            let name = field.value.trimmingCharacters(in: .whitespaces).lowercased()
            // Two 'translation' columns: which one the volunteer filled in cannot be guessed.
            if column[name] != nil, header.contains(name) {
                throw TranslateError(
                    path: path, position: field.position, "the column '\(name)' appears twice in the header",
                    hint: "keep one '\(name)' column; export a fresh sheet with 'translate export --format csv'")
            }
            if column[name] == nil { column[name] = index }
        }
        guard let keyColumn = column["key"], let translationColumn = column["translation"] else {
            throw TranslateError(
                path: path, position: head.first?.position ?? TextPosition(line: 1, column: 1),
                "the header must name the columns 'key' and 'translation'", hint: "export a fresh sheet with 'translate export --format csv'")
        }
        var units: [ExchangeUnit] = []
        for record in table.records.dropFirst() {
            if record.count > head.count {
                throw TranslateError(
                    path: path, position: record[head.count].position,
                    "this row has \(record.count) cells but the header has \(head.count)", hint: "a cell with commas must be in double quotes")
            }
            if record.count < head.count && !record.allSatisfy({ $0.value.isEmpty }) {
                throw TranslateError(
                    path: path, position: record[record.count - 1].position,
                    "this row has \(record.count) cell\(record.count == 1 ? "" : "s") but the header has \(head.count)",
                    hint: "a cell with a line break or a comma must be in double quotes; keep every column, even empty")
            }
            func cell(_ index: Int?) -> String? {
                guard let index, index < record.count else { return nil }
                return unescapeFormula(record[index].value)
            }
            let key = cell(keyColumn) ?? ""
            if key.isEmpty && record.allSatisfy({ $0.value.isEmpty }) { continue }
            let target = cell(translationColumn) ?? ""
            let stateText = (cell(column["state"]) ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard Self.states.contains(stateText) else {
                throw TranslateError(
                    path: path, position: record[column["state"]!].position, "unknown state '\(stateText)'",
                    hint: "use one of: \(Self.states.filter { !$0.isEmpty }.joined(separator: ", ")), or leave it empty")
            }
            let state: EntryState = target.isEmpty ? .untranslated : (stateText == "fuzzy" || stateText == "needs review" ? .fuzzy : .translated)
            units.append(
                ExchangeUnit(
                    key: key, source: cell(column["source"]), target: target, state: state,
                    notes: (cell(column["note"]) ?? "").isEmpty ? [] : [cell(column["note"])!], position: record[0].position))
        }
        return ExchangeDocument(targetLanguage: nil, units: units)
    }
}
