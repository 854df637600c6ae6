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

    public init(severity: Severity, path: String, position: TextPosition? = nil, check: String? = nil,
                locale: String? = nil, key: String? = nil, message: String, notes: [String] = []) {
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
