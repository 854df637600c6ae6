import CICU

extension ICU {
    /// A writing system (ISO 15924), as ICU's Unicode properties know it.
    public struct Script: Hashable, Sendable, CustomStringConvertible {
        /// ICU's numeric script code (UScriptCode).
        public let code: Int32

        /// From an ISO 15924 code such as "Arab" or "Rohg"; nil when unknown.
        public init?(_ code: String) {
            let value = cicu_script_code(code)
            guard value >= 0 else { return nil }
            self.code = value
        }

        init(code: Int32) { self.code = code }

        /// The script of one scalar ("Zyyy" common, "Zinh" inherited for marks).
        public init(of scalar: Unicode.Scalar) {
            var status: Int32 = 0
            let value = cicu_script_of_code_point(Int32(scalar.value), &status)
            self.code = status > 0 ? 0 : value
        }

        /// The four-letter ISO 15924 code.
        public var shortName: String {
            cicu_script_short_name(code).map { String(cString: $0) } ?? "Zzzz"
        }

        /// Whether text in this script runs right to left (Arab, Hebr, Syrc, Rohg, Thaa, Nkoo, Adlm…).
        public var isRightToLeft: Bool { cicu_script_is_rtl(code) != 0 }

        /// Common (punctuation, digits) or inherited (combining marks): belongs to any script.
        public var isShared: Bool { code == 0 || code == 1 }

        public var description: String { shortName }
    }
}
