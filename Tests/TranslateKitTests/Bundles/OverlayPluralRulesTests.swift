import Foundation
import Testing
import TranslateICU
import TranslateTestSupport

@testable import TranslateKit

/// Overlay languages whose registry rules no runtime has: spelled out when finite, delegated with 'like',
/// reported by check and build when neither is possible.
@Suite("Overlay plural rules") struct OverlayPluralRulesTests {
    /// The built-in registry with Dinka's rule changed to one that lists no exact numbers (i = 1: 1, 1.5, 1.25…).
    static func registry(dinka rule: String) -> LanguageRegistry {
        LanguageRegistry(
            languages: LanguageRegistry.builtIn().languages.map { language in
                var changed = language
                if language.tag == "din" { changed.cardinal = .rules(rule) }
                return changed
            })
    }

    static func checkMessages(_ registry: LanguageRegistry, _ translation: String) -> [String] {
        let settings = CheckSettings(config: ProjectConfig(), registry: registry)
        let entry = CatalogEntry(key: "k", source: "{count, plural, one {# file} other {# files}}", translation: translation)
        var catalog = Catalog(entries: [entry])
        catalog.setHeaderField("Language", "din")
        let runner = CheckRunner(
            settings: settings, registry: registry, checks: CheckRegistry.all.filter { $0.id == "plural-categories" }, catalogChecks: [], glossary: nil)
        return runner.run(CatalogFile(path: "Locales/din.po", language: "din", catalog: catalog)).map(\.message)
    }

    @Test func checkWarnsWhenARegistryRuleCannotBeSpelled() {
        let loose = Self.checkMessages(Self.registry(dinka: "one: i = 1"), "{count, plural, one {# wël} other {# wël}}")
        #expect(
            loose.contains { $0.contains("'one' follows the registry's rule 'one: i = 1'") && $0.contains("ICU shows 'other' for every number") }, "\(loose)")
        // The registry's own 'one: n = 1' lists its number: no note.
        #expect(Self.checkMessages(LanguageRegistry.builtIn(), "{count, plural, one {# wël} other {# wël}}").isEmpty)
    }

    @Test func buildWarnsAndManifestSaysInexact() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let tags = BuildTestProject.tags.union(["din", "rhg", "bn", "lir"])
        let registry = LanguageRegistry(languages: Self.registry(dinka: "one: i = 1").languages.filter { tags.contains($0.tag) })
        let project = Project(paths: ProjectPaths(root: root), config: ProjectConfig(), registry: registry)
        let result = try BundleBuilder(project: project, generatorVersion: "test").build()
        #expect(
            result.warnings.map(\.message) == [
                "cardinal plural rules 'one: i = 1' of 'din' select numbers no '=N' branches can list, "
                    + "and no CLDR locale has them: a stock runtime formatting 'din' shows 'other' for every number"
            ])
        #expect(result.warnings.first?.formatted.hasPrefix("Locales/languages.tsv: warning: ") == true)
        let rules = Dictionary(uniqueKeysWithValues: result.manifest.languages.map { ($0.tag, $0.pluralRules) })
        #expect(rules["din"] == BundleManifest.PluralRules(cardinal: "one: i = 1", ordinal: "", source: "overlay", stockRuntime: false, exact: false))
        // rhg borrows Bengali's rules: not spelled (0.5 is 'one'), but exact through pluralLocales.
        #expect(rules["rhg"]?.cardinal == "one: i = 0 or n = 1", "\(rules["rhg"]?.cardinal ?? "")")
        #expect(rules["rhg"]?.exact == true && rules["rhg"]?.stockRuntime == false && rules["rhg"]?.source == "overlay")
        #expect(rules["pl"]?.source == "cldr" && rules["pl"]?.stockRuntime == true && rules["pl"]?.exact == true)
        #expect(rules["ja"]?.cardinal == "" && rules["en"]?.cardinal == "one: i = 1 and v = 0", "\(rules["en"]?.cardinal ?? "")")
        // English ordinals fall back into Japanese with English's rules named; the cardinal is spelled out.
        let meta = try BundleBuilderTests.json(result.files["ja.meta.json"])
        #expect(meta["pluralLocales"] as? [String: String] == [:])  // ja translates 'place' and 'students.count' itself
        let ptBR = try #require(try BundleBuilderTests.json(result.files["pt-BR.json"]) as? [String: String])
        #expect(ptBR["students.count"] == "{count, plural, =1 {# student} other {# students}}")
        #expect(ptBR["place"] == "You finished {place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}!")
        #expect((try BundleBuilderTests.json(result.files["pt-BR.meta.json"])["pluralLocales"] as? [String: String])?["place"] == "en")
        // Spanish's own 'many' stays: es is a CLDR language and the runtime has its rules.
        #expect((try BundleBuilderTests.json(result.files["es.json"]) as? [String: String])?["students.count"]?.contains("many {") == true)
    }
}
