import Foundation
import Testing
import TranslateICU

@testable import TranslateBenchKit
@testable import TranslateKit

@Suite("SyntheticDistrict")
struct SyntheticDistrictTests {
    static let seed: UInt64 = 20261123
    static let small = SyntheticDistrict(seed: seed, pages: 5, messages: 120)

    @Test("same seed, same bytes; another seed, other bytes")
    func deterministic() {
        print("SyntheticDistrict seed \(Self.seed)")
        let again = SyntheticDistrict(seed: Self.seed, pages: 5, messages: 120)
        let other = SyntheticDistrict(seed: Self.seed + 1, pages: 5, messages: 120)
        for index in 0..<5 {
            #expect(Self.small.page(index) == again.page(index))
            #expect(Self.small.page(index) != other.page(index))
        }
        #expect(POWriter.write(Self.small.template()) == POWriter.write(again.template()))
        #expect(POWriter.write(Self.small.template()) != POWriter.write(other.template()))
        for tag in ["pl", "ar", "zh-Hans"] {
            #expect(POWriter.write(Self.small.catalog(for: tag)) == POWriter.write(again.catalog(for: tag)))
            #expect(Self.small.memoryTMX(for: tag) == again.memoryTMX(for: tag))
        }
        // A language's catalog does not depend on which other languages are generated.
        let subset = SyntheticDistrict(seed: Self.seed, pages: 5, messages: 120, languageLimit: 3)
        #expect(subset.languages.first == "es")
        #expect(POWriter.write(subset.catalog(for: "es")) == POWriter.write(Self.small.catalog(for: "es")))
    }

    @Test("sizes as requested: pages, template entries, every target language or a spread subset")
    func sizes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-district-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let district = SyntheticDistrict(seed: Self.seed, pages: 5, messages: 30, languageLimit: 4, memoryLanguageCount: 2)
        try district.write(to: root)
        let pages = ContentExtractor.files(root: root, sources: ["Content"])
        #expect(pages.count == 5)
        #expect(pages.filter { $0.path.hasSuffix(".md") }.count == 1)
        let template = try POReader.read(root.appendingPathComponent("Locales/messages.pot"), displayPath: "messages.pot").catalog
        #expect(template.entries.count == 30)
        let catalogs = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Locales").path).filter { $0.hasSuffix(".po") }
        #expect(catalogs.count == 4)
        let memories = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Locales/memory").path)
        #expect(memories.count == 2)
        // The project registers only the languages it translates (with their fallbacks, the critical
        // languages, English and the pseudo-locales), so build makes bundles for those alone.
        let project = try Project.open(root: root)
        #expect(project.registry.path == "Locales/languages.tsv")
        let targets = Set(project.targetLanguages.map(\.tag))
        #expect(Set(district.languages).isSubset(of: targets))
        let chains = Set(district.languages.flatMap { project.registry.language($0)?.fallbackChain ?? [] })
        #expect(targets.subtracting(district.languages).isSubset(of: chains.union(ProjectConfig().criticalLanguages)), "\(targets)")
        #expect(targets.count < 12)
        for language in project.targetLanguages {
            #expect(language.fallbackChain.allSatisfy { project.registry.language($0) != nil }, "\(language.tag)")
        }
        #expect(BundleBuilder(project: project, generatorVersion: "test").bundleLanguages.map(\.tag).filter { $0.contains("-X") } == ["en-XA", "ar-XB"])
        #expect(Self.small.registryText() == nil)
        let registryTargets = LanguageRegistry.builtIn().languages.filter { $0.tag != "en" && !$0.isTestOnly }.count
        #expect(Self.small.languages.count == registryTargets)
        #expect(registryTargets > 80)
        #expect(SyntheticDistrict.Size.district.messages == 5_000 && SyntheticDistrict.Size.district.pages == 200)
    }

    @Test("catalogs parse with POReader without diagnostics; every translation is valid ICU MessageFormat")
    func catalogsParse() {
        for tag in ["es", "ar", "pl", "ru", "zh-Hans", "ja", "he", "my", "am", "vi"] {
            let text = POWriter.write(Self.small.catalog(for: tag))
            let parsed = POReader.parse(text, path: "\(tag).po")
            #expect(parsed.diagnostics.isEmpty, "\(tag): \(parsed.diagnostics.map(\.message))")
            #expect(parsed.catalog.headerField("Language") == tag)
            for entry in parsed.catalog.entries where !entry.translation.isEmpty {
                let verdict = ICU.MessageFormat.validate(entry.translation, locale: ICU.Locale(identifier: tag))
                #expect(verdict.accepted, "\(tag) \(entry.key ?? ""): \(entry.translation) — \(verdict.errorName ?? "")")
            }
        }
        let template = POReader.parse(POWriter.write(Self.small.template()), path: "messages.pot")
        #expect(template.diagnostics.isEmpty)
    }

    @Test("plurals use the target language's CLDR categories: Polish one/few/many/other, Arabic six, Japanese other")
    func pluralCategories() {
        let district = SyntheticDistrict(seed: Self.seed, pages: 1, messages: 400)
        let expected = [
            "pl": ["one", "few", "many", "other"], "ar": ["zero", "one", "two", "few", "many", "other"],
            "ja": ["other"], "ru": ["one", "few", "many", "other"], "es": ["one", "many", "other"],
        ]
        for (tag, categories) in expected {
            #expect(district.pluralCategories(of: tag) == categories)
            let plurals = district.catalog(for: tag).entries.map(\.translation).filter { $0.contains(", plural,") }
            #expect(!plurals.isEmpty, "\(tag) has no plural translations")
            for translation in plurals {
                let found = ["zero", "one", "two", "few", "many", "other"].filter { translation.contains(" \($0) {") }
                #expect(found == categories, "\(tag): \(translation)")
            }
        }
    }

    @Test("check finds few errors in a generated catalog (Polish, Arabic)")
    func checkFindsFewErrors() {
        let template = Self.small.template()
        for tag in ["pl", "ar"] {
            let diagnostics = CheckRunner(registry: .builtIn()).run(
                text: POWriter.write(Self.small.catalog(for: tag)), path: "\(tag).po",
                language: tag, template: template)
            let errors = diagnostics.filter { $0.severity == .error }
            #expect(errors.count * 20 < 120, "\(tag): \(errors.map { "\($0.check ?? ""): \($0.message)" })")
        }
    }

    @Test("message mix near the requested proportions: 8% plural, 3% select, 15% markup, RTL and CJK text")
    func proportions() {
        let district = SyntheticDistrict(seed: Self.seed, pages: 1, messages: 3_000)
        let sources = district.template().entries.map(\.source)
        let share = { (test: (String) -> Bool) in Double(sources.filter(test).count) / Double(sources.count) }
        #expect((0.06...0.10).contains(share { $0.contains(", plural,") }))
        #expect((0.02...0.04).contains(share { $0.contains(", select,") }))
        #expect((0.12...0.18).contains(share { $0.contains("<x1>") }))
        #expect((0.30...0.50).contains(share { $0.contains("{") }))
        let arabic = district.catalog(for: "ar").entries.first { !$0.translation.isEmpty }!.translation
        #expect(arabic.unicodeScalars.contains { ICU.Script(of: $0).shortName == "Arab" })
        // Coverage is drawn per language; the first CJK language with translations stands for them.
        let tag = ["zh-Hans", "zh-Hant", "yue", "ja"].first { district.coverage(of: $0) > 0 }!
        let chinese = district.catalog(for: tag).entries.first { !$0.translation.isEmpty }!.translation
        #expect(chinese.unicodeScalars.contains { ICU.Script(of: $0).shortName == "Hani" } && !chinese.contains(" "), "\(tag): \(chinese)")
    }

    @Test("generated pages extract with the real extractors: HTML and Markdown, no diagnostics")
    func pagesExtract() {
        let html = ContentExtractor.extract(text: Self.small.page(0), path: Self.small.pagePath(0), format: .html)
        #expect(html.diagnostics.isEmpty, "\(html.diagnostics.map(\.message))")
        #expect(html.units.count > 10)
        #expect(html.units.contains { $0.source.contains("960 Main Street") })
        let markdown = ContentExtractor.extract(text: Self.small.page(4), path: Self.small.pagePath(4), format: .markdown)
        #expect(Self.small.pagePath(4).hasSuffix(".md"))
        #expect(markdown.units.count > 5)
    }
}
