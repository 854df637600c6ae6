import CICU

extension ICU {
    /// Unicode normalization forms.
    public enum Normalizer {
        public enum Form: Int32, Sendable { case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3 }

        public static func normalize(_ text: String, form: Form = .nfc) -> String {
            let units = Array(text.utf16)
            if units.isEmpty { return text }
            return
                (try? ICU.utf16Buffer("normalize", initialCapacity: units.count * 3 + 8) { out, cap, status in
                    units.withUnsafeBufferPointer { cicu_normalize(form.rawValue, $0.baseAddress, Int32($0.count), out, cap, status) }
                }) ?? text
        }

        public static func isNormalized(_ text: String, form: Form = .nfc) -> Bool {
            let units = Array(text.utf16)
            var status: Int32 = 0
            let result = units.withUnsafeBufferPointer { cicu_is_normalized(form.rawValue, $0.baseAddress, Int32($0.count), &status) }
            return status <= 0 && result != 0
        }
    }
}
