import Foundation

/// Output/report/history.json: one record per run whose numbers changed, for the trend column.
public struct ReportHistory: Equatable, Sendable {
    /// One run: its date and each language's percent complete, rounded to one decimal as text ("42.5").
    public struct Record: Equatable, Sendable {
        public var date: String
        public var percent: [String: String]

        public init(date: String, percent: [String: String]) {
            self.date = date
            self.percent = percent
        }
    }

    public var records: [Record]

    public init(records: [Record] = []) {
        self.records = records
    }

    /// The record a run of today adds: percent per language as the page shows it.
    public static func record(date: String, statuses: [LanguageStatus]) -> Record {
        var percent: [String: String] = [:]
        for status in statuses { percent[status.tag] = ReportNumbers.percent(status.statistics.percentComplete) }
        return Record(date: date, percent: percent)
    }

    /// Adds `record` unless the numbers equal the last record's (the date alone never adds one).
    /// Returns whether a record was added.
    @discardableResult
    public mutating func add(_ record: Record) -> Bool {
        if let last = records.last, last.percent == record.percent { return false }
        records.append(record)
        return true
    }

    /// The latest earlier record whose numbers differ from `current`: what "previous" means in the trend.
    public func previous(before current: Record) -> Record? {
        records.last { $0.percent != current.percent }
    }

    /// Reads history.json; an absent file is an empty history, a damaged one a stopping error.
    public static func load(_ url: URL, displayPath: String) throws -> ReportHistory {
        guard FileManager.default.fileExists(atPath: url.path) else { return ReportHistory() }
        let text = try TextFile.read(url, displayPath: displayPath)
        let hint = "the report keeps this file; delete it to start a new history"
        let root = try JSONValue.parse(text, path: displayPath)
        guard let items = root["records"]?.array else {
            throw TranslateError(path: displayPath, position: root.position, "history has no 'records' array", hint: hint)
        }
        var records: [Record] = []
        for item in items {
            guard let date = item["date"]?.string, let members = item["percent"]?.members else {
                throw TranslateError(path: displayPath, position: item.position, "a history record needs 'date' and 'percent'", hint: hint)
            }
            var percent: [String: String] = [:]
            for member in members {
                guard let number = member.value.number else {
                    throw TranslateError(path: displayPath, position: member.value.position, "percent for '\(member.key)' is not a number", hint: hint)
                }
                percent[member.key] = ReportNumbers.percent(number)
            }
            records.append(Record(date: date, percent: percent))
        }
        return ReportHistory(records: records)
    }

    /// The file's text: sorted keys, one record per line block, so diffs stay small and runs reproducible.
    public var json: String {
        var lines = ["{", "  \"records\": ["]
        for (index, record) in records.enumerated() {
            let percent = record.percent.keys.sorted().map { "\(JSONString.literal($0)): \(record.percent[$0]!)" }
            lines.append(
                "    {\"date\": \(JSONString.literal(record.date)), \"percent\": {\(percent.joined(separator: ", "))}}"
                    + (index == records.count - 1 ? "" : ","))
        }
        lines.append("  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Number formatting shared by the page and the history, fixed so output never depends on the locale.
public enum ReportNumbers {
    /// One decimal, "42.5".
    public static func percent(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A width for CSS, "12.345%".
    static func width(_ part: Int, of whole: Int) -> String {
        whole <= 0 ? "0%" : String(format: "%.3f%%", 100 * Double(part) / Double(whole))
    }

    /// Thousands separated by commas, as US English writes them.
    public static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }

}
