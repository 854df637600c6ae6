import Foundation
import Testing
import TranslateICU

@testable import TranslateKit

/// The manifest entry says what a language's bundle holds; manifest.json lists the languages in build
/// order and languages.json offers every language but the pseudo-locales.
@Suite("ManifestWriter") struct ManifestWriterTests {
    @Test func entryAndFiles() throws {
        let registry = LanguageRegistry.builtIn()
        let writer = ManifestWriter(registry: registry, generatorVersion: "9.9", sourceTag: "en")
        let arabic = try #require(registry.language("ar"))
        let pseudo = try #require(registry.language("ar-XB"))
        let english = try #require(registry.language("en"))
        let resolution = TranslationResolver.Resolution(
            bundle: ["a": "أ", "b": "B"], metadata: BundleMetadata(tag: "ar", fallbacks: ["b": "en"], reasons: ["b": "untranslated"]),
            completeness: 42.5, excludedForErrors: 0, isTranslation: true)
        let data = Data("{}\n".utf8)
        let rules = BundleManifest.PluralRules(cardinal: "", ordinal: "", source: "cldr", stockRuntime: true, exact: true)
        let entry = writer.entry(arabic, resolution: resolution, bundleData: data, pluralRules: rules)
        #expect(entry.file == "ar.json" && entry.metaFile == "ar.meta.json" && entry.sha256 == SHA256.hex(data))
        #expect(entry.messages == 2 && entry.fallbacks == 1 && entry.completeness == 42.5 && !entry.testOnly)
        #expect(entry.direction == "rtl" && entry.fallbackChain == arabic.fallbackChain && entry.pluralRules == rules)
        #expect(entry.plurals.cardinal == ["zero", "one", "two", "few", "many", "other"])

        let written = try writer.files(entries: [entry], languages: [english, arabic, pseudo])
        #expect(written.files.map(\.path) == ["manifest.json", "languages.json"])
        #expect(written.manifest.languages == [entry] && written.manifest.sourceLanguage == "en" && written.manifest.generator.version == "9.9")
        #expect(written.manifest.icuVersion == ICU.version)
        #expect(written.files[0].data == (try BuildJSON.encode(written.manifest)))
        let picker = try JSONDecoder().decode(LanguagePicker.File.self, from: written.files[1].data)
        #expect(Set(picker.languages.keys) == ["en", "ar"])
    }
}
