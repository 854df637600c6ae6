import CICU

/// Namespace for everything this package asks of the system ICU; wrappers are added by extension.
public enum ICU {}

/// An ICU failure status, as a Swift error.
public struct ICUError: Error, CustomStringConvertible, Equatable, Sendable {
    /// ICU's UErrorCode value (always > 0: ICU warnings count as success).
    public let code: Int32
    /// What was being done when ICU failed.
    public let operation: String

    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// ICU's symbolic name, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
    public var name: String { String(cString: cicu_error_name(code)) }

    public var description: String { "\(operation): \(name)" }
}

extension ICU {
    /// Throws when `status` is an ICU failure; warnings (negative values) pass.
    @inline(__always)
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws {
        if status > 0 { throw ICUError(code: status, operation: operation()) }
    }

    /// Calls an ICU function that fills a char buffer; retries once with the reported length.
    static func asciiBuffer(
        _ operation: @autoclosure () -> String,
        initialCapacity: Int = 128,
        _ body: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<Int32>) -> Int32
    ) throws -> String {
        var capacity = initialCapacity
        for _ in 0..<2 {
            var status: Int32 = 0
            var buffer = [CChar](repeating: 0, count: capacity + 1)
            let length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity), &status) }
            if status == CICU_BUFFER_OVERFLOW || Int(length) > capacity {
                capacity = Int(length) + 1
                continue
            }
            try check(status, operation())
            let bytes = buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }
            return String(decoding: bytes, as: UTF8.self)
        }
        throw ICUError(code: CICU_BUFFER_OVERFLOW, operation: operation())
    }

    /// Calls an ICU function that fills a UTF-16 buffer; retries once with the reported length.
    static func utf16Buffer(
        _ operation: @autoclosure () -> String,
        initialCapacity: Int = 256,
        _ body: (UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32
    ) throws -> String {
        var capacity = max(initialCapacity, 1)
        for _ in 0..<2 {
            var status: Int32 = 0
            var buffer = [UInt16](repeating: 0, count: capacity + 1)
            let length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity), &status) }
            if status == CICU_BUFFER_OVERFLOW || Int(length) > capacity {
                capacity = Int(length) + 1
                continue
            }
            try check(status, operation())
            return String(decoding: buffer.prefix(Int(length)), as: UTF16.self)
        }
        throw ICUError(code: CICU_BUFFER_OVERFLOW, operation: operation())
    }

    /// The ICU library version, e.g. "72.1".
    public static var version: String {
        (try? asciiBuffer("version") { out, cap, _ in cicu_icu_version(out, cap) }) ?? "unknown"
    }

    /// The CLDR version of ICU's locale data, e.g. "42.0".
    public static var cldrVersion: String {
        (try? asciiBuffer("CLDR version") { cicu_cldr_version($0, $1, $2) }) ?? "unknown"
    }

    /// The Unicode version ICU implements, e.g. "15.0".
    public static var unicodeVersion: String {
        (try? asciiBuffer("Unicode version") { out, cap, _ in cicu_unicode_version(out, cap) }) ?? "unknown"
    }
}
