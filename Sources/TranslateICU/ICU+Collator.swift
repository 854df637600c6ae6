import CICU

extension ICU {
    /// A locale's collation (sort order). Owns the ICU collator.
    public final class Collator: @unchecked Sendable {
        // @unchecked: a collator is only read after init; ICU documents ucol_strcoll and
        // ucol_getSortKey as thread-safe on a collator that is not being modified.
        private let handle: OpaquePointer

        /// Comparison strength: primary ignores accents and case, secondary sees accents, tertiary case.
        public enum Strength: Int32, Sendable {
            case primary = 0, secondary = 1, tertiary = 2, quaternary = 3, identical = 15
        }

        public init(locale: Locale, strength: Strength? = nil) throws {
            var status: Int32 = 0
            guard let handle = cicu_collator_open(locale.identifier, &status), status <= 0 else {
                throw ICUError(code: max(status, 1), operation: "open collator for \(locale)")
            }
            self.handle = handle
            if let strength { cicu_collator_set_strength(handle, strength.rawValue) }
        }

        deinit { cicu_collator_close(handle) }

        public var strength: Strength {
            Strength(rawValue: cicu_collator_get_strength(handle)) ?? .tertiary
        }

        /// The locale whose tailoring is in effect ("root" when the language has none).
        public var actualLocale: String {
            (try? ICU.asciiBuffer("collator locale") { cicu_collator_actual_locale(handle, $0, $1, $2) }) ?? "root"
        }

        public func compare(_ a: String, _ b: String) -> Int {
            let left = Array(a.utf16)
            let right = Array(b.utf16)
            return Int(
                left.withUnsafeBufferPointer { l in
                    right.withUnsafeBufferPointer { r in
                        cicu_collator_compare(handle, l.baseAddress, Int32(l.count), r.baseAddress, Int32(r.count))
                    }
                })
        }

        /// Whether the two strings are equal at this collator's strength.
        public func equal(_ a: String, _ b: String) -> Bool { compare(a, b) == 0 }

        /// Sort key bytes: comparing keys bytewise equals `compare`; build once, sort many times.
        public func sortKey(_ text: String) -> [UInt8] {
            let units = Array(text.utf16)
            var capacity = units.count * 4 + 16
            while true {
                var buffer = [UInt8](repeating: 0, count: capacity)
                let length = units.withUnsafeBufferPointer { u in
                    buffer.withUnsafeMutableBufferPointer { cicu_collator_sort_key(handle, u.baseAddress, Int32(u.count), $0.baseAddress, Int32(capacity)) }
                }
                if Int(length) <= capacity { return Array(buffer.prefix(Int(length))) }
                capacity = Int(length)
            }
        }

        /// Sorts strings in this collation, stably and deterministically (ties keep input order).
        public func sorted(_ items: [String]) -> [String] {
            sorted(items, by: { $0 })
        }

        public func sorted<T>(_ items: [T], by key: (T) -> String) -> [T] {
            let keyed = items.enumerated().map { (offset: $0.offset, key: sortKey(key($0.element)), item: $0.element) }
            return keyed.sorted { a, b in
                if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
                return a.offset < b.offset
            }.map(\.item)
        }
    }
}
