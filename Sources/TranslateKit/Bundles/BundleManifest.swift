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

    /// One language's bundle.
    public struct Entry: Codable, Equatable, Sendable {
        public var tag: String
        public var englishName: String
        public var endonym: String
        public var script: String
        /// "ltr" or "rtl".
        public var direction: String
        public var plurals: Plurals
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
}

/// Output/.build-state.json: input hashes per language, so unchanged languages are copied, not rebuilt.
struct BuildState: Codable, Equatable {
    struct LanguageState: Codable, Equatable {
        var inputs: String
        var entry: BundleManifest.Entry
    }
    var generatorVersion: String
    var languages: [String: LanguageState]
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
}
