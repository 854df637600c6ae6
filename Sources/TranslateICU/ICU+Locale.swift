import CICU

extension ICU {
    /// A locale as ICU knows it, built from a BCP 47 language tag.
    public struct Locale: Hashable, Sendable, CustomStringConvertible {
        /// ICU's locale identifier, e.g. "sr_Cyrl_RS".
        public let identifier: String

        /// Why a language tag was rejected.
        public struct TagError: Error, CustomStringConvertible, Equatable, Sendable {
            public let tag: String
            public let reason: String
            public var description: String { "ill-formed language tag '\(tag)': \(reason)" }
        }

        /// Parses a BCP 47 tag strictly: the whole tag must be well formed.
        public init(tag: String) throws {
            guard !tag.isEmpty else { throw TagError(tag: tag, reason: "the tag is empty") }
            guard tag.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 }) else {
                throw TagError(tag: tag, reason: "a tag has ASCII letters, digits and hyphens only")
            }
            if tag.contains("_") {
                throw TagError(tag: tag, reason: "BCP 47 separates subtags with '-', not '_' (write '\(String(tag.map { $0 == "_" ? "-" : $0 }))')")
            }
            var parsed: Int32 = 0
            let id = try ICU.asciiBuffer("parse tag '\(tag)'") { cicu_locale_from_tag(tag, $0, $1, &parsed, $2) }
            if Int(parsed) != tag.utf8.count {
                let rest = String(decoding: tag.utf8.dropFirst(Int(parsed)), as: UTF8.self)
                let place = parsed == 0 ? "at the start" : "after '\(String(tag.prefix(Int(parsed))))'"
                throw TagError(tag: tag, reason: "cannot read '\(rest)' \(place)")
            }
            if id.isEmpty { throw TagError(tag: tag, reason: "no language subtag") }
            self.identifier = id
        }

        /// Wraps an ICU locale identifier as is (e.g. "fr_HT", "root").
        public init(identifier: String) { self.identifier = identifier }

        public var description: String { identifier }

        /// The canonical BCP 47 form ("EN-us" → "en-US", "iw" → "he").
        public var languageTag: String {
            let canonical = (try? ICU.asciiBuffer("canonicalize") { cicu_locale_canonicalize(identifier, $0, $1, $2) }) ?? identifier
            return (try? ICU.asciiBuffer("to tag") { cicu_locale_to_tag(canonical, 0, $0, $1, $2) }) ?? identifier
        }

        /// Language, script and region filled in from CLDR's likely subtags ("sr" → "sr-Cyrl-RS").
        public func addingLikelySubtags() -> Locale {
            Locale(identifier: (try? ICU.asciiBuffer("likely subtags") { cicu_locale_add_likely_subtags(identifier, $0, $1, $2) }) ?? identifier)
        }

        /// The shortest tag with the same likely subtags ("sr-Cyrl-RS" → "sr").
        public func minimizingSubtags() -> Locale {
            Locale(identifier: (try? ICU.asciiBuffer("minimize") { cicu_locale_minimize_subtags(identifier, $0, $1, $2) }) ?? identifier)
        }

        /// The language subtag ("pt" for pt-BR).
        public var language: String {
            (try? ICU.asciiBuffer("language") { cicu_locale_language(identifier, $0, $1, $2) }) ?? ""
        }

        /// The explicit script subtag, or "" when the tag has none.
        public var explicitScript: String {
            (try? ICU.asciiBuffer("script") { cicu_locale_script(identifier, $0, $1, $2) }) ?? ""
        }

        /// The region subtag, or "".
        public var region: String {
            (try? ICU.asciiBuffer("region") { cicu_locale_region(identifier, $0, $1, $2) }) ?? ""
        }

        /// The script: explicit, else CLDR's likely script, else nil when CLDR does not know.
        public var script: String? {
            if !explicitScript.isEmpty { return explicitScript }
            let likely = addingLikelySubtags().explicitScript
            return likely.isEmpty ? nil : likely
        }

        /// The name of this locale in `displayLocale` ("Arabic" in English, "العربية" in Arabic).
        public func displayName(in displayLocale: Locale) -> String {
            (try? ICU.utf16Buffer("display name") { cicu_locale_display_name(identifier, displayLocale.identifier, $0, $1, $2) }) ?? identifier
        }

        /// The name of the language alone, without script or region.
        public func displayLanguage(in displayLocale: Locale) -> String {
            (try? ICU.utf16Buffer("display language") { cicu_locale_display_language(identifier, displayLocale.identifier, $0, $1, $2) }) ?? identifier
        }

        /// English display name.
        public var englishName: String { displayName(in: Locale(identifier: "en")) }

        /// The name of the locale in its own language (ICU's; equals the code when ICU has no data).
        public var endonym: String { displayName(in: self) }

        /// ICU's locale orientation. For a language without data ICU answers for its default
        /// locale, so prefer `ICU.Script.isRightToLeft` on the script.
        public var icuSaysRightToLeft: Bool { cicu_locale_is_rtl(identifier) != 0 }

        /// Which locale ICU's resource data actually resolve to ("ht" → "fr_HT"), or "root".
        public var dataLocale: String {
            let actual = (try? ICU.asciiBuffer("data locale") { cicu_locale_actual_data_locale(identifier, $0, $1, $2) }) ?? ""
            return actual.isEmpty ? "root" : actual
        }

        /// Whether ICU ships locale data for this locale's own language (not an alias to another
        /// language and not root).
        public var hasOwnData: Bool {
            let actual = Locale(identifier: dataLocale)
            return actual.identifier != "root" && actual.language == language
        }

        /// Every locale identifier ICU ships data for.
        public static var available: [String] {
            (0..<cicu_available_locale_count()).compactMap { index in
                cicu_available_locale(index).map { String(cString: $0) }
            }
        }
    }
}
