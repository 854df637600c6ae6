import Foundation
import TranslateICU

/// Writes what describes a build rather than one language: each language's manifest entry as its
/// bundle is made, then Output/manifest.json and the language picker, Output/languages.json.
struct ManifestWriter {
    let registry: LanguageRegistry
    /// Version written to the manifest (the tool's version).
    let generatorVersion: String
    let sourceTag: String

    /// Output/<tag>.json, relative to Output/.
    static func bundleFile(_ tag: String) -> String { "\(tag).json" }
    /// Output/<tag>.meta.json, relative to Output/.
    static func metaFile(_ tag: String) -> String { "\(tag).meta.json" }

    /// The manifest entry of a language whose bundle (`bundleData`, holding `resolution.bundle`) was just made.
    func entry(
        _ language: Language, resolution: TranslationResolver.Resolution, bundleData: Data,
        pluralRules: BundleManifest.PluralRules
    ) -> BundleManifest.Entry {
        BundleManifest.Entry(
            tag: language.tag, englishName: language.englishName, endonym: language.endonym, script: language.script,
            direction: language.direction.rawValue,
            plurals: BundleManifest.Plurals(cardinal: categories(language.tag, .cardinal), ordinal: categories(language.tag, .ordinal)),
            pluralRules: pluralRules,
            completeness: resolution.completeness, fallbackChain: language.fallbackChain, file: Self.bundleFile(language.tag),
            sha256: SHA256.hex(bundleData), metaFile: Self.metaFile(language.tag), messages: resolution.bundle.count,
            fallbacks: resolution.metadata.fallbacks.count, testOnly: language.isTestOnly)
    }

    /// manifest.json for the languages built (in build order), and languages.json for those families may pick
    /// (every one but the pseudo-locales), as path relative to Output/ → bytes.
    func files(entries: [BundleManifest.Entry], languages: [Language]) throws -> (manifest: BundleManifest, files: [(path: String, data: Data)]) {
        let manifest = BundleManifest(
            generator: .init(name: "translate", version: generatorVersion), icuVersion: ICU.version,
            cldrVersion: ICU.cldrVersion, sourceLanguage: sourceTag, languages: entries)
        let picker = try LanguagePicker.json(languages: languages.filter { !$0.isTestOnly }, registry: registry)
        return (manifest, [("manifest.json", try BuildJSON.encode(manifest)), ("languages.json", picker)])
    }

    /// The plural categories of a language's rules of one type, sorted; just "other" when the registry has none.
    func categories(_ tag: String, _ type: ICU.PluralType) -> [String] {
        let found = (try? registry.pluralRules(for: tag, type: type).categories) ?? [.other]
        return found.sorted().map(\.rawValue)
    }
}
