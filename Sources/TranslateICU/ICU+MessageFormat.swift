import CICU

extension ICU {
    /// ICU's own MessageFormat: the oracle our parser is held against, and a formatter.
    public enum MessageFormat {
        /// ICU's verdict on a pattern.
        public struct Verdict: Sendable, Equatable {
            public let accepted: Bool
            /// ICU's error name when rejected.
            public let errorName: String?
            /// The UTF-16 offset of the error ICU reports, when it reports one.
            public let errorOffset: Int?
        }

        /// Deepest brace nesting handed to ICU: two braces per plural/select level, for the 200
        /// levels our MessageFormatParser accepts, and one for a simple argument in the deepest branch.
        /// ICU parses and formats recursively, so 30,000 nested selects overflow the stack (SIGSEGV).
        public static let maximumBraceDepth = 2 * 200 + 1

        /// Whether `pattern` nests braces deeper than `maximumBraceDepth`. Only '{ and '} count as
        /// quotes here ('# and '| quote only inside plurals), so depth is never under-counted.
        public static func isTooDeep(_ pattern: String) -> Bool {
            var depth = 0
            var quoting = false
            var previous: Unicode.Scalar?
            var iterator = pattern.unicodeScalars.makeIterator()
            while let c = iterator.next() {
                defer { previous = c }
                if quoting {
                    if c == "'" {
                        quoting = false
                        previous = nil
                        continue
                    }
                } else if previous == "'" && (c == "{" || c == "}") {
                    quoting = true
                } else if c == "{" {
                    depth += 1
                    if depth > maximumBraceDepth { return true }
                } else if c == "}" {
                    depth = max(0, depth - 1)
                }
            }
            return false
        }

        /// Whether ICU's MessageFormat (default apostrophe mode) accepts `pattern`. Patterns nested
        /// too deep for ICU's recursion are refused without calling ICU.
        public static func validate(_ pattern: String, locale: Locale = Locale(identifier: "en")) -> Verdict {
            if isTooDeep(pattern) { return Verdict(accepted: false, errorName: "U_INDEX_OUTOFBOUNDS_ERROR", errorOffset: nil) }
            let units = Array(pattern.utf16)
            var offset: Int32 = -1
            var status: Int32 = 0
            let ok = units.withUnsafeBufferPointer { cicu_message_validate($0.baseAddress, Int32($0.count), locale.identifier, &offset, &status) }
            if ok != 0 { return Verdict(accepted: true, errorName: nil, errorOffset: nil) }
            return Verdict(accepted: false, errorName: String(cString: cicu_error_name(status)), errorOffset: offset >= 0 ? Int(offset) : nil)
        }

        /// An argument value for formatting.
        public enum Argument: Sendable {
            case string(String)
            case number(Double)
            /// Milliseconds since 1970-01-01.
            case date(Double)

            /// The kind code the C shim reads: 0 string, 1 number, 2 date.
            var kindCode: Int32 {
                switch self {
                case .string: return 0
                case .number: return 1
                case .date: return 2
                }
            }

            /// The value the shim formats for a number or a date (0 for a string, which travels as UTF-16).
            var numericValue: Double {
                switch self {
                case .string: return 0
                case .number(let n): return n
                case .date(let d): return d
                }
            }
        }

        /// Formats `pattern` with named arguments, as a site using ICU would.
        public static func format(_ pattern: String, locale: Locale, arguments: [String: Argument]) throws -> String {
            // U_INDEX_OUTOFBOUNDS_ERROR (8), as validate says.
            if isTooDeep(pattern) { throw ICUError(code: 8, operation: "format message") }
            let units = Array(pattern.utf16)
            let sortedArguments = arguments.sorted { $0.key < $1.key }
            let names = sortedArguments.map { Array($0.key.utf16) }
            let strings: [[UInt16]] = sortedArguments.map { if case .string(let s) = $0.value { return Array(s.utf16) } else { return [] } }
            let kinds: [Int32] = sortedArguments.map { $0.value.kindCode }
            let numbers: [Double] = sortedArguments.map { $0.value.numericValue }
            // Pin every buffer for the call: C receives arrays of pointers into them.
            return try withPointers(names) { namePointers, nameLengths in
                try withPointers(strings) { stringPointers, stringLengths in
                    try ICU.utf16Buffer("format message", initialCapacity: units.count * 2 + 64) { out, cap, status in
                        units.withUnsafeBufferPointer { u in
                            cicu_message_format(
                                u.baseAddress, Int32(u.count), locale.identifier, Int32(names.count),
                                namePointers, nameLengths, kinds, stringPointers, stringLengths, numbers,
                                out, cap, status)
                        }
                    }
                }
            }
        }

        /// Formats `pattern` once per number of `series`, opening it once: each argument named in `varying`
        /// gets the series value plus its shift, the others their value in `arguments` (for tests that sweep numbers).
        public static func format(
            _ pattern: String, locale: Locale, arguments: [String: Argument], varying: [String: Double],
            series: [Double]
        ) throws -> [String] {
            guard !series.isEmpty else { return [] }
            let joined = try formatJoined(pattern, locale: locale, arguments: arguments, varying: varying, series: series)
            return joined.utf16.split(separator: 0, omittingEmptySubsequences: false).map { String($0)! }
        }

        /// `format(_:locale:arguments:varying:series:)`'s results in one string, separated by U+0000 (cheap to compare whole).
        public static func formatJoined(
            _ pattern: String, locale: Locale, arguments: [String: Argument], varying: [String: Double],
            series: [Double]
        ) throws -> String {
            guard !series.isEmpty else { return "" }
            var all = arguments
            for name in varying.keys where all[name] == nil { all[name] = .number(0) }
            let units = Array(pattern.utf16)
            let sortedArguments = all.sorted { $0.key < $1.key }
            let names = sortedArguments.map { Array($0.key.utf16) }
            let strings: [[UInt16]] = sortedArguments.map { if case .string(let s) = $0.value { return Array(s.utf16) } else { return [] } }
            // A varying argument is always a number, whatever its base value.
            let kinds: [Int32] = sortedArguments.map { varying[$0.key] != nil ? 1 : $0.value.kindCode }
            let numbers: [Double] = sortedArguments.map { $0.value.numericValue }
            let shifts = sortedArguments.map { varying[$0.key] ?? .nan }
            return try withPointers(names) { namePointers, nameLengths in
                try withPointers(strings) { stringPointers, stringLengths in
                    try ICU.utf16Buffer("format message series", initialCapacity: (units.count * 2 + 32) * series.count) { out, cap, status in
                        units.withUnsafeBufferPointer { u in
                            cicu_message_format_series(
                                u.baseAddress, Int32(u.count), locale.identifier, Int32(names.count),
                                namePointers, nameLengths, kinds, stringPointers, stringLengths, numbers,
                                shifts, series, Int32(series.count), out, cap, status)
                        }
                    }
                }
            }
        }

        private static func withPointers<R>(_ arrays: [[UInt16]], _ body: ([UnsafePointer<UInt16>?], [Int32]) throws -> R) throws -> R {
            let buffers = arrays.map { array -> UnsafeMutableBufferPointer<UInt16> in
                let buffer = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: max(array.count, 1))
                _ = buffer.initialize(from: array)
                return buffer
            }
            defer { buffers.forEach { $0.deallocate() } }
            return try body(buffers.map { UnsafePointer($0.baseAddress) }, arrays.map { Int32($0.count) })
        }
    }
}
