import Foundation

/// The date a report is made for: from `--date`, else SOURCE_DATE_EPOCH, else today (UTC).
/// Injectable so that tests and reproducible builds give byte-identical pages.
public enum ReportDate {
    /// `option` (YYYY-MM-DD) wins over the environment's SOURCE_DATE_EPOCH (seconds since 1970), which wins over `now`.
    public static func resolve(option: String?, environment: [String: String], now: Date = Date()) throws -> String {
        if let option {
            guard isValid(option) else {
                throw TranslateError("invalid date '\(option)'", hint: "use the form YYYY-MM-DD, e.g. 2026-11-23")
            }
            return option
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch.trimmingCharacters(in: .whitespaces)), seconds >= 0 else {
                throw TranslateError("invalid SOURCE_DATE_EPOCH '\(epoch)'", hint: "it must be a whole number of seconds since 1970-01-01 UTC")
            }
            return format(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return format(now)
    }

    /// The UTC calendar date of `date` as YYYY-MM-DD.
    public static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// Whether `text` is a real calendar date written YYYY-MM-DD.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
