import Foundation

/// A CSV file as RFC 4180 defines it: records of fields, quoted fields may hold commas, quotes ("") and line breaks.
///
/// Each field keeps the position it started at, so errors in a glossary or a volunteer's sheet point at path:line:column.
public struct CSVTable: Sendable, Equatable {
    /// One field and where it starts (1-based line, column in Unicode scalars).
    public struct Field: Sendable, Equatable {
        public var value: String
        public var position: TextPosition
        /// Whether the field was written in quotes.
        public var wasQuoted: Bool
    }

    /// The records in file order, the header first.
    public var records: [[Field]]

    /// Parses `text` (BOM already removed by TextFile). A quote in an unquoted field, text after a closing quote
    /// and an unclosed quote are errors with their position.
    public static func parse(_ text: String, path: String) throws -> CSVTable {
        var records: [[Field]] = []
        var record: [Field] = []
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        var line = 1
        var column = 1
        func advance(_ scalar: Unicode.Scalar) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        // A record ends at LF, CR LF or a lone CR; a final line break does not start an empty record.
        while i < scalars.count || !record.isEmpty {
            let start = TextPosition(line: line, column: column)
            var value = String.UnicodeScalarView()
            var quoted = false
            if i < scalars.count, scalars[i] == "\"" {
                quoted = true
                advance(scalars[i])
                i += 1
                var closed = false
                while i < scalars.count {
                    let s = scalars[i]
                    if s == "\"" {
                        if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                            value.append("\"")
                            advance(s)
                            advance(s)
                            i += 2
                            continue
                        }
                        advance(s)
                        i += 1
                        closed = true
                        break
                    }
                    if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                        value.append(s)
                        value.append("\n")
                        i += 2
                        line += 1
                        column = 1
                        continue
                    }
                    if s == "\r" {
                        value.append(s)
                        i += 1
                        line += 1
                        column = 1
                        continue
                    }
                    value.append(s)
                    advance(s)
                    i += 1
                }
                if !closed {
                    throw TranslateError(
                        path: path, position: start, "quoted field is never closed",
                        hint: "close the field with a double quote; write a quote inside a quoted field as \"\"")
                }
                if i < scalars.count, !(scalars[i] == "," || scalars[i] == "\n" || scalars[i] == "\r") {
                    throw TranslateError(
                        path: path, position: TextPosition(line: line, column: column),
                        "text after the closing quote of a field",
                        hint: "put the whole field in quotes and double the quotes inside it (\"\")")
                }
            } else {
                while i < scalars.count, !(scalars[i] == "," || scalars[i] == "\n" || scalars[i] == "\r") {
                    if scalars[i] == "\"" {
                        throw TranslateError(
                            path: path, position: TextPosition(line: line, column: column),
                            "quote inside an unquoted field",
                            hint: "put the whole field in quotes and double the quotes inside it (\"\")")
                    }
                    value.append(scalars[i])
                    advance(scalars[i])
                    i += 1
                }
            }
            record.append(Field(value: String(value), position: start, wasQuoted: quoted))
            if i >= scalars.count {
                records.append(record)
                record = []
                break
            }
            let s = scalars[i]
            i += 1
            if s == "," {
                column += 1
                continue
            }
            if s == "\r", i < scalars.count, scalars[i] == "\n" { i += 1 }
            line += 1
            column = 1
            records.append(record)
            record = []
        }
        return CSVTable(records: records)
    }

    /// Writes records with RFC 4180 quoting (fields with a comma, quote, CR or LF in quotes), CR LF between records
    /// as the RFC and Excel expect.
    public static func write(_ records: [[String]], lineEnding: String = "\r\n") -> String {
        var out = ""
        for record in records {
            out += record.map(quote).joined(separator: ",")
            out += lineEnding
        }
        return out
    }

    static func quote(_ field: String) -> String {
        let needs =
            field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
            // A leading U+FEFF would be taken for the file's byte order mark and dropped when read back.
            || field.unicodeScalars.first == "\u{FEFF}"
        guard needs else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
