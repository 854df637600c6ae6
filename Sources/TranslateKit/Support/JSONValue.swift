import Foundation

/// A JSON value that remembers where each value and key starts, so configuration errors can
/// point at path:line:column (Foundation's JSONSerialization gives no positions).
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number and its text as written.
    case number(Double, String)
    case string(String)
    case array([JSONNode])
    /// Members in file order.
    case object([JSONMember])

    /// A short name of the value's type for messages ("a string", "an object").
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Parses a whole JSON text (RFC 8259); errors carry `path` and the position.
    public static func parse(_ text: String, path: String) throws -> JSONNode {
        var parser = JSONPositionalParser(text: text, path: path)
        return try parser.parseDocument()
    }
}

/// A value with the position of its first character.
public struct JSONNode: Equatable, Sendable {
    public var value: JSONValue
    public var position: TextPosition

    public init(_ value: JSONValue, at position: TextPosition) {
        self.value = value
        self.position = position
    }

    public var string: String? { if case .string(let s) = value { return s } else { return nil } }
    public var number: Double? { if case .number(let n, _) = value { return n } else { return nil } }
    public var bool: Bool? { if case .bool(let b) = value { return b } else { return nil } }
    public var array: [JSONNode]? { if case .array(let a) = value { return a } else { return nil } }
    public var members: [JSONMember]? { if case .object(let m) = value { return m } else { return nil } }

    /// The member's value for `key` in an object.
    public subscript(key: String) -> JSONNode? { members?.first { $0.key == key }?.value }
}

/// One `"key": value` pair of an object.
public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var keyPosition: TextPosition
    public var value: JSONNode
}

/// A recursive-descent reader over Unicode scalars that tracks line and column.
struct JSONPositionalParser {
    private let scalars: [Unicode.Scalar]
    private let path: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    init(text: String, path: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        self.path = path
    }

    private var position: TextPosition { TextPosition(line: line, column: column) }
    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private func error(_ message: String, at position: TextPosition? = nil, hint: String? = nil) -> TranslateError {
        TranslateError(path: path, position: position ?? self.position, message, hint: hint)
    }

    private var describeCurrent: String {
        guard let c = current else { return "the end of the file" }
        if c == "\n" { return "the end of the line" }
        return "'\(Character(c))'"
    }

    private mutating func skipSpace() throws {
        while let c = current {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                advance()
                continue
            }
            if c == "/" {
                throw error("comments are not allowed in JSON", hint: "remove the comment; JSON has no comment syntax")
            }
            break
        }
    }

    mutating func parseDocument() throws -> JSONNode {
        try skipSpace()
        guard current != nil else { throw error("the file is empty", hint: "write a JSON object: {}") }
        let value = try parseValue()
        try skipSpace()
        if current != nil { throw error("unexpected \(describeCurrent) after the end of the JSON value") }
        return value
    }

    private mutating func parseValue() throws -> JSONNode {
        try skipSpace()
        let start = position
        guard let c = current else { throw error("expected a value but found the end of the file") }
        switch c {
        case "{": return try parseObject()
        case "[": return try parseArray()
        case "\"": return JSONNode(.string(try parseString()), at: start)
        case "t":
            try expectWord("true")
            return JSONNode(.bool(true), at: start)
        case "f":
            try expectWord("false")
            return JSONNode(.bool(false), at: start)
        case "n":
            try expectWord("null")
            return JSONNode(.null, at: start)
        case "-", "0"..."9": return try parseNumber()
        case "'": throw error("strings in JSON use double quotes (\"), not single quotes")
        default: throw error("expected a value but found \(describeCurrent)")
        }
    }

    private mutating func expectWord(_ word: String) throws {
        let start = position
        for expected in word.unicodeScalars {
            guard current == expected else { throw error("expected '\(word)'", at: start) }
            advance()
        }
        if let c = current, c.properties.isAlphabetic { throw error("expected '\(word)'", at: start) }
    }

    private mutating func nested<T>(_ body: (inout Self) throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > 200 { throw error("JSON nested more than 200 levels deep") }
        return try body(&self)
    }

    private mutating func parseObject() throws -> JSONNode {
        let start = position
        advance()  // {
        return try nested { parser in
            var members: [JSONMember] = []
            var seen: [String: TextPosition] = [:]
            try parser.skipSpace()
            if parser.current == "}" {
                parser.advance()
                return JSONNode(.object([]), at: start)
            }
            while true {
                try parser.skipSpace()
                let keyPosition = parser.position
                guard parser.current == "\"" else {
                    if parser.current == "}" { throw parser.error("trailing comma before '}'", hint: "remove the last comma") }
                    throw parser.error("expected a key in double quotes but found \(parser.describeCurrent)")
                }
                let key = try parser.parseString()
                if let first = seen[key] {
                    throw parser.error("key '\(key)' appears twice (first at \(first))", at: keyPosition)
                }
                seen[key] = keyPosition
                try parser.skipSpace()
                guard parser.current == ":" else { throw parser.error("expected ':' after key '\(key)' but found \(parser.describeCurrent)") }
                parser.advance()
                let value = try parser.parseValue()
                members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
                try parser.skipSpace()
                if parser.current == "," {
                    parser.advance()
                    continue
                }
                if parser.current == "}" {
                    parser.advance()
                    return JSONNode(.object(members), at: start)
                }
                throw parser.error("expected ',' or '}' but found \(parser.describeCurrent)", hint: "is a comma missing after the previous value?")
            }
        }
    }

    private mutating func parseArray() throws -> JSONNode {
        let start = position
        advance()  // [
        return try nested { parser in
            var items: [JSONNode] = []
            try parser.skipSpace()
            if parser.current == "]" {
                parser.advance()
                return JSONNode(.array([]), at: start)
            }
            while true {
                try parser.skipSpace()
                if parser.current == "]" { throw parser.error("trailing comma before ']'", hint: "remove the last comma") }
                items.append(try parser.parseValue())
                try parser.skipSpace()
                if parser.current == "," {
                    parser.advance()
                    continue
                }
                if parser.current == "]" {
                    parser.advance()
                    return JSONNode(.array(items), at: start)
                }
                throw parser.error("expected ',' or ']' but found \(parser.describeCurrent)", hint: "is a comma missing after the previous value?")
            }
        }
    }

    private mutating func parseString() throws -> String {
        let start = position
        advance()  // "
        var result = String.UnicodeScalarView()
        while true {
            guard let c = current else { throw error("unterminated string", at: start) }
            if c == "\"" {
                advance()
                return String(result)
            }
            if c == "\n" { throw error("unterminated string (a line break inside quotes)", at: start) }
            if c.value < 0x20 { throw error("control character U+\(String(format: "%04X", c.value)) inside a string; write it escaped") }
            if c == "\\" {
                let escapePosition = position
                advance()
                guard let e = current else { throw error("unterminated string", at: start) }
                advance()
                switch e {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "/": result.append("/")
                case "b": result.append("\u{8}")
                case "f": result.append("\u{C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u":
                    var unit = try readHex(escapePosition)
                    if (0xD800...0xDBFF).contains(unit) {
                        guard current == "\\" else { throw error("unpaired surrogate escape", at: escapePosition) }
                        advance()
                        guard current == "u" else { throw error("unpaired surrogate escape", at: escapePosition) }
                        advance()
                        let low = try readHex(escapePosition)
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate escape", at: escapePosition) }
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        throw error("unpaired surrogate escape", at: escapePosition)
                    }
                    result.append(Unicode.Scalar(unit)!)
                default:
                    throw error("unknown escape '\\\(Character(e))'", at: escapePosition, hint: "JSON escapes: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
                }
                continue
            }
            result.append(c)
            advance()
        }
    }

    private mutating func readHex(_ escapePosition: TextPosition) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let c = current, let digit = Int(String(Character(c)), radix: 16) else {
                throw error("'\\u' needs four hex digits", at: escapePosition)
            }
            value = value * 16 + UInt32(digit)
            advance()
        }
        return value
    }

    private mutating func parseNumber() throws -> JSONNode {
        let start = position
        var text = ""
        func take(_ parser: inout Self) {
            text.unicodeScalars.append(parser.current!)
            parser.advance()
        }
        func digits(_ parser: inout Self) -> Int {
            var count = 0
            while let c = parser.current, ("0"..."9").contains(c) {
                take(&parser)
                count += 1
            }
            return count
        }
        if current == "-" { take(&self) }
        if current == "0" {
            take(&self)
            if let c = current, ("0"..."9").contains(c) { throw error("numbers in JSON have no leading zeros", at: start) }
        } else if digits(&self) == 0 {
            throw error("expected digits after '-'", at: start)
        }
        if current == "." {
            take(&self)
            if digits(&self) == 0 { throw error("expected digits after the decimal point", at: start) }
        }
        if current == "e" || current == "E" {
            take(&self)
            if current == "+" || current == "-" { take(&self) }
            if digits(&self) == 0 { throw error("expected digits in the exponent", at: start) }
        }
        guard let value = Double(text) else { throw error("cannot read the number '\(text)'", at: start) }
        return JSONNode(.number(value, text), at: start)
    }
}
