import Foundation

/// Output/manifest.json: what was built, for sites and CI to pick files and check their integrity.
public struct BundleManifest: Codable, Equatable, Sendable {
    /// The tool that wrote the files.
    public struct Generator: Codable, Equatable, Sendable {
        public var name: String
        public var version: String
    }

    /// Plural categories a language's messages may use.
    public struct Plurals: Codable, Equatable, Sendable {
        public var cardinal: [String]
        public var ordinal: [String]
    }

    /// A language's plural rules in CLDR syntax and whether a stock runtime has them for its tag.
    public struct PluralRules: Codable, Equatable, Sendable {
        /// CLDR rule text ("one: i = 1 and v = 0"); empty when every number is 'other'.
        public var cardinal: String
        public var ordinal: String
        /// "cldr": CLDR's rules for the tag; "overlay": the registry states or borrows them.
        public var source: String
        /// ICU and Intl.PluralRules know these rules for the tag itself.
        public var stockRuntime: Bool
        /// Every message of the bundle renders by these rules on a stock runtime (its `=N` branches and the
        /// meta file's `pluralLocales` see to it); false when the registry states rules no runtime has.
        public var exact: Bool
    }

    /// One language's bundle.
    public struct Entry: Codable, Equatable, Sendable {
        public var tag: String
        public var englishName: String
        public var endonym: String
        public var script: String
        /// "ltr" or "rtl".
        public var direction: String
        public var plurals: Plurals
        public var pluralRules: PluralRules
        /// Percent of English source words translated and reviewed (CatalogStatistics), one decimal.
        public var completeness: Double
        public var fallbackChain: [String]
        /// The bundle, relative to Output/.
        public var file: String
        /// SHA-256 of the bundle file, hex.
        public var sha256: String
        /// The sibling file saying which keys fell back and to which language.
        public var metaFile: String
        public var messages: Int
        /// Keys shown from another language of the chain (or the English source).
        public var fallbacks: Int
        /// Pseudo-locales for testing: never offer these to families.
        public var testOnly: Bool
    }

    public var generator: Generator
    public var icuVersion: String
    public var cldrVersion: String
    public var sourceLanguage: String
    public var languages: [Entry]
}

/// Output/<tag>.meta.json: how a bundle was put together, kept out of the bundle so the bundle stays a flat
/// key → message object that FormatJS and i18next load as-is.
public struct BundleMetadata: Codable, Equatable, Sendable {
    public var tag: String
    /// Key → the language its message came from, for keys not shown in `tag` itself.
    public var fallbacks: [String: String]
    /// Key → why the language's own translation was not used (fuzzy, untranslated, check error, …).
    public var reasons: [String: String]
    /// Key → the locale whose plural rules a runtime must format the message with, for messages whose plural
    /// categories could not be spelled as `=N` branches (English ordinals, Portuguese 'one', borrowed rules).
    public var pluralLocales: [String: String] = [:]
}

/// JSON as every build file is written: sorted keys, two-space indent, no escaped slashes, final newline.
enum BuildJSON {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// A flat key → string object, byte for byte what `encode` writes for `[String: String]`, written
    /// straight into one buffer: JSONEncoder builds a tree of boxed values first, which for a bundle of a
    /// million messages costs gigabytes and a third of the build.
    static func object(_ members: [String: String]) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(members.count * 64)
        appendObject(members, indent: 0, to: &out)
        out.append(0x0A)
        return Data(out)
    }

    /// A bundle's metadata, as `encode(metadata)` writes it.
    static func metadata(_ metadata: BundleMetadata) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity((metadata.fallbacks.count + metadata.reasons.count + metadata.pluralLocales.count) * 48)
        out += Array("{\n  \"fallbacks\" : ".utf8)
        appendObject(metadata.fallbacks, indent: 2, to: &out)
        out += Array(",\n  \"pluralLocales\" : ".utf8)
        appendObject(metadata.pluralLocales, indent: 2, to: &out)
        out += Array(",\n  \"reasons\" : ".utf8)
        appendObject(metadata.reasons, indent: 2, to: &out)
        out += Array(",\n  \"tag\" : ".utf8)
        appendString(metadata.tag, to: &out)
        out += Array("\n}\n".utf8)
        return Data(out)
    }

    /// JSONEncoder's layout: two spaces per level, `"key" : value`, keys in UTF-8 byte order, `{\n\n}` when empty.
    private static func appendObject(_ members: [String: String], indent: Int, to out: inout [UInt8]) {
        out += [0x7B, 0x0A]
        let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (index, key) in keys.enumerated() {
            if index > 0 { out += [0x2C, 0x0A] }
            out += repeatElement(0x20, count: indent + 2)
            appendString(key, to: &out)
            out += [0x20, 0x3A, 0x20]
            appendString(members[key]!, to: &out)
        }
        out.append(0x0A)
        out += repeatElement(0x20, count: indent)
        out.append(0x7D)
    }

    /// JSONEncoder's escapes: quote, backslash, \b \f \n \r \t, other controls as \u00xx; slashes and all else as UTF-8.
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20:
                let digits = Array("0123456789abcdef".utf8)
                out += [0x5C, 0x75, 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
