import Foundation

/// How bad a finding is. error: what ships would be wrong; warning: it might be; info: worth knowing.
public enum Severity: String, Codable, Comparable, Sendable, CaseIterable {
    case error, warning, info

    public static func < (a: Self, b: Self) -> Bool {
        let order: [Self] = [.error, .warning, .info]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

/// A 1-based position in a text file; columns count Unicode scalars, not bytes.
public struct TextPosition: Hashable, Codable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
    public var description: String { "\(line):\(column)" }
}

/// A finding about content: what is wrong, where, and how to fix it.
public struct Diagnostic: Codable, Hashable, Sendable {
    public var severity: Severity
    /// The file, as given (relative to the project root when inside it).
    public var path: String
    public var position: TextPosition?
    /// The check id, e.g. "plural-categories", or nil for file-level problems.
    public var check: String?
    public var locale: String?
    public var key: String?
    public var message: String
    /// Fix hints and context, printed as `note:` lines.
    public var notes: [String]

    public init(
        severity: Severity, path: String, position: TextPosition? = nil, check: String? = nil,
        locale: String? = nil, key: String? = nil, message: String, notes: [String] = []
    ) {
        self.severity = severity
        self.path = path
        self.position = position
        self.check = check
        self.locale = locale
        self.key = key
        self.message = message
        self.notes = notes
    }

    /// `path:line:col: severity: [check] message`, the form compilers and editors understand.
    public var formatted: String {
        var location = path
        if let position { location += ":\(position.line):\(position.column)" }
        let tag = check.map { "[\($0)] " } ?? ""
        return "\(location): \(severity.rawValue): \(tag)\(message)"
    }
}

extension Diagnostic {
    /// `text` with every invisible character (format, control, separator) shown by code point
    /// and name, `<U+200E LEFT-TO-RIGHT MARK>`: a bidi control would reorder the excerpt in a
    /// terminal, and U+FFFD in its place would look like corruption. Tabs are kept.
    public static func visible(_ text: some StringProtocol) -> String {
        var out = ""
        for scalar in text.unicodeScalars { out += visibleForm(scalar) }
        return out
    }

    /// One scalar as `visible` shows it.
    public static func visibleForm(_ scalar: Unicode.Scalar) -> String {
        if scalar == "\t" { return "\t" }
        switch scalar.properties.generalCategory {
        case .format, .control, .lineSeparator, .paragraphSeparator:
            let code = String(scalar.value, radix: 16, uppercase: true)
            let hex = String(repeating: "0", count: max(0, 4 - code.count)) + code
            // Controls have no Unicode name, only aliases; the ones found in real files are named here.
            let name = scalar.properties.name ?? controlNames[scalar.value]
            return "<U+\(hex)\(name.map { " " + $0 } ?? "")>"
        default:
            return String(scalar)
        }
    }

    private static let controlNames: [UInt32: String] = [
        0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0A: "LINE FEED", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",
        0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE",
    ]
}

/// An error that stops a command: unreadable input, bad configuration, bad usage. Exit status 2.
public struct TranslateError: Error, CustomStringConvertible, Sendable {
    public var path: String?
    public var position: TextPosition?
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    public init(path: String? = nil, position: TextPosition? = nil, _ message: String, hint: String? = nil) {
        self.path = path
        self.position = position
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var location = ""
        if let path {
            location = path
            if let position { location += ":\(position.line):\(position.column)" }
            location += ": "
        }
        var text = "\(location)error: \(message)"
        if let hint { text += "\nnote: \(hint)" }
        return text
    }
}
