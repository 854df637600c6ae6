import CICU
import Synchronization

extension ICU {
    /// CLDR plural category names, in CLDR's order.
    public enum PluralCategory: String, CaseIterable, Comparable, Sendable, Codable {
        case zero, one, two, few, many, other

        public static func < (a: Self, b: Self) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// How numbers reach a plural category — what decides whether a missing form is an error.
    public enum PluralReach: String, Sendable, Codable, Comparable {
        /// Some integer 0…999 selects it: every message will hit it.
        case integers
        /// Only decimals ("1.5") or large round numbers (French 'many' at 1,000,000) select it.
        case decimalsOrLarge = "decimals-or-large"
        /// No number selects it in this language.
        case never

        public static func < (a: Self, b: Self) -> Bool {
            let order: [Self] = [.integers, .decimalsOrLarge, .never]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    /// Cardinal ("3 books") or ordinal ("3rd book") rules.
    public enum PluralType: Int32, Sendable, Codable {
        case cardinal = 0
        case ordinal = 1
    }

    /// A locale's CLDR plural rules. Owns the ICU object and closes it on deinit.
    public final class PluralRules: @unchecked Sendable {
        // @unchecked: ICU's PluralRules is immutable after creation and its const
        // methods are thread-safe (ICU's own documentation of PluralRules).
        private let handle: OpaquePointer
        /// The ICU locale id the rules were opened for (for decimal formatting).
        public let localeIdentifier: String
        public let type: PluralType

        /// Opens the rules CLDR gives `locale`; languages without data get root's (only 'other').
        public init(locale: Locale, type: PluralType = .cardinal) throws {
            var status: Int32 = 0
            guard let handle = cicu_plural_open(locale.identifier, type.rawValue, &status), status <= 0 else {
                throw ICUError(code: max(status, 1), operation: "open plural rules for \(locale)")
            }
            self.handle = handle
            self.localeIdentifier = locale.identifier
            self.type = type
        }

        /// Rules from a CLDR rule description, e.g. "one: n = 1" (for languages CLDR lacks).
        public init(description: String, type: PluralType = .cardinal) throws {
            var status: Int32 = 0
            let units = Array(description.utf16)
            let opened = units.withUnsafeBufferPointer { cicu_plural_open_rules($0.baseAddress, Int32($0.count), &status) }
            guard let handle = opened, status <= 0 else {
                throw ICUError(code: max(status, 1), operation: "parse plural rules '\(description)'")
            }
            self.handle = handle
            self.localeIdentifier = "root"
            self.type = type
        }

        deinit { cicu_plural_close(handle) }

        /// What is derived from the rules once (categories, integer samples, reach): checks ask per message.
        private struct Derived {
            var categories: [PluralCategory]?
            var integerSamples: [PluralCategory: [Int]]?
            var reach: [PluralCategory: PluralReach]?
        }
        private let derived = Mutex(Derived())

        /// The value kept at `path`, computed outside the lock on first use (computing may read other kept values).
        private func memo<T>(_ path: WritableKeyPath<Derived, T?>, _ compute: () -> T) -> T {
            if let known = derived.withLock({ $0[keyPath: path] }) { return known }
            let value = compute()
            derived.withLock { $0[keyPath: path] = value }
            return value
        }

        /// The categories the language uses, in CLDR order.
        public var categories: [PluralCategory] {
            memo(\.categories) { computeCategories() }
        }

        private func computeCategories() -> [PluralCategory] {
            let text = (try? ICU.asciiBuffer("plural keywords") { cicu_plural_keywords(handle, $0, $1, $2) }) ?? "other"
            return text.split(separator: " ").compactMap { PluralCategory(rawValue: String($0)) }
        }

        /// The category for an integer or a double.
        public func select(_ number: Double) -> PluralCategory {
            let name = (try? ICU.asciiBuffer("plural select") { cicu_plural_select_double(handle, number, $0, $1, $2) }) ?? "other"
            return PluralCategory(rawValue: name) ?? .other
        }

        public func select(_ number: Int) -> PluralCategory { select(Double(number)) }

        /// The category for a decimal as written, where visible fraction digits matter
        /// ("1" is 'one' in English, "1.0" is 'other').
        public func select(decimal: String) throws -> PluralCategory {
            let name = try ICU.asciiBuffer("plural select \(decimal)") {
                cicu_plural_select_decimal(handle, localeIdentifier, decimal, $0, $1, $2)
            }
            return PluralCategory(rawValue: name) ?? .other
        }

        /// CLDR's sample numbers for a category (may be empty for ICU-synthesised rules).
        public func cldrSamples(for category: PluralCategory) -> [Double] {
            var status: Int32 = 0
            var buffer = [Double](repeating: 0, count: 64)
            let count = buffer.withUnsafeMutableBufferPointer { cicu_plural_samples(handle, category.rawValue, $0.baseAddress, 64, &status) }
            guard status <= 0, count > 0 else { return [] }
            return Array(buffer.prefix(Int(min(count, 64))))
        }

        /// The CLDR rule text ("one: i = 1 and v = 0"), empty for 'other'-only languages.
        public var ruleText: String {
            (try? ICU.utf16Buffer("plural rules text") { cicu_plural_rules_text(handle, $0, $1, $2) }) ?? ""
        }

        /// The integers 0…999 that select each category.
        public var integerSamples: [PluralCategory: [Int]] {
            memo(\.integerSamples) {
                var result: [PluralCategory: [Int]] = [:]
                for n in 0...999 { result[select(n), default: []].append(n) }
                return result
            }
        }

        /// Decimals and large round numbers probed to find categories integers 0…999 miss.
        static let probes: [String] = {
            var values: [String] = []
            for whole in [0, 1, 2, 3, 5, 11, 21, 100] {
                for fraction in ["0", "1", "2", "5", "00", "10"] { values.append("\(whole).\(fraction)") }
            }
            var power = "1000"
            for _ in 0..<13 {
                values.append(power)
                values.append("2" + power.dropFirst())
                power += "0"
            }
            return values
        }()

        /// How each category the language uses is reached.
        public func reach() -> [PluralCategory: PluralReach] {
            memo(\.reach) { computeReach() }
        }

        private func computeReach() -> [PluralCategory: PluralReach] {
            let integers = Set(integerSamples.keys)
            var others: Set<PluralCategory> = []
            for probe in Self.probes {
                if let category = try? select(decimal: probe) { others.insert(category) }
            }
            var result: [PluralCategory: PluralReach] = [:]
            for category in categories {
                if integers.contains(category) {
                    result[category] = .integers
                } else if others.contains(category) || !cldrSamples(for: category).isEmpty {
                    result[category] = .decimalsOrLarge
                } else {
                    result[category] = .never
                }
            }
            return result
        }

        /// Sample numbers for a message to users: "2, 3, 4, 22, 23…" — integers first, then
        /// decimals or large numbers when no small integer reaches the category.
        public func samples(for category: PluralCategory, limit: Int = 5) -> [String] {
            let integers = integerSamples[category] ?? []
            if !integers.isEmpty { return integers.prefix(limit).map(String.init) }
            var found: [String] = []
            for probe in Self.probes where found.count < limit {
                if (try? select(decimal: probe)) == category { found.append(probe) }
            }
            return found
        }
    }
}
