import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateBenchKit
@testable import TranslateKit

/// The sample project (a scratch copy of the repository's Content/, Locales/, Glossary/ and translate.json)
/// built in memory once, for the tests that read its pages.
enum SamplePagesBuild {
    static let built: Result<(files: [String: Data], registry: LanguageRegistry), Error> = Result {
        let root = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = try Project.open(root: root)
        return (try BundleBuilder(project: project, generatorVersion: "test").build().files, project.registry)
    }

    static func files() throws -> (files: [String: Data], registry: LanguageRegistry) { try built.get() }
}

@Suite("PageDirectionMeasurement")
struct PageDirectionMeasurementTests {
    @Test("sample project: every page's dir is the registry's, no opposite-direction element left un-isolated")
    func samplePages() throws {
        let (files, registry) = try SamplePagesBuild.files()
        let audit = PageDirectionAudit.audit(files, registry: registry)
        print("sample pages: \(audit.summary)")
        #expect(audit.problems.isEmpty, "\(audit.problems.prefix(20))")
        // Every registry language but English gets its pages, and the eleven right-to-left ones are among them.
        let tags = Set(files.keys.filter { $0.hasPrefix("pages/") }.map { $0.split(separator: "/")[1] })
        #expect(tags.count == registry.languages.count - 1)
        #expect(tags.contains("aii") && tags.contains("rhg"))
        #expect(audit.rightToLeftPages == 6 * registry.languages.filter { $0.isRightToLeft }.count)
        // The audit finds what it looks for: the English fallback the sample leaves in Arabic pages.
        #expect(audit.englishInRightToLeft > 500)
        let arabic = try #require(files["pages/ar/Content/strategic-plan.html"].map { String(decoding: $0, as: UTF8.self) })
        var stripped = PageDirectionAudit()
        stripped.audit(arabic.replacingOccurrences(of: " dir=\"ltr\"", with: ""), path: "strategic-plan.html", language: PageLanguage(tag: "ar"))
        #expect(stripped.problems.count == stripped.foreignElements && stripped.foreignElements > 10)
        var ltr = PageDirectionAudit()
        ltr.audit(
            arabic.replacingOccurrences(of: "<html lang=\"ar\" dir=\"rtl\">", with: "<html lang=\"ar\" dir=\"ltr\">"),
            path: "strategic-plan.html", language: PageLanguage(tag: "ar"))
        #expect(ltr.problems.count == 1)
    }

    @Test("generated 90-language district: every page's dir is the registry's, no opposite-direction element left un-isolated")
    func syntheticDistrict() throws {
        let district = SyntheticDistrict(seed: 20261123, pages: 5, messages: 40)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("district-pages-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try district.write(to: root)
        // The generated catalogs translate app messages, not page text: translate every other sentence of
        // the pages in three right-to-left languages and in Spanish, so pages mix translated and English runs.
        let units = ContentExtractor.extract(files: ContentExtractor.files(root: root, sources: ["Content"])).units
        let locales = root.appendingPathComponent("Locales")
        var template = try POReader.read(locales.appendingPathComponent("messages.pot"), displayPath: "messages.pot").catalog
        template.entries += units.map { CatalogEntry(key: $0.key, source: $0.source, references: $0.references) }
        try AtomicFile.write(POWriter.write(template), to: locales.appendingPathComponent("messages.pot"))
        for (tag, prefix) in [("ar", "ترجمة: "), ("aii", "ܬܘܪܓܡܐ: "), ("he", "תרגום: "), ("es", "Traducción: ")] {
            let url = locales.appendingPathComponent("\(tag).po")
            var catalog = try POReader.read(url, displayPath: "\(tag).po").catalog
            for (index, unit) in units.enumerated() {
                var entry = CatalogEntry(key: unit.key, source: unit.source, references: unit.references)
                if index % 2 == 0 { entry.translation = prefix + unit.source }
                catalog.entries.append(entry)
            }
            try AtomicFile.write(POWriter.write(catalog), to: url)
        }
        let project = try Project.open(root: root)
        let files = try BundleBuilder(project: project, generatorVersion: "test").build().files
        let audit = PageDirectionAudit.audit(files, registry: project.registry)
        print("synthetic district pages: \(audit.summary)")
        #expect(audit.problems.isEmpty, "\(audit.problems.prefix(20))")
        #expect(district.languages.count >= 90)
        #expect(audit.pages == 5 * (project.targetLanguages.count + 2))
        #expect(audit.rightToLeftPages >= 5 * 11 && audit.englishInRightToLeft > 0)
        // Both kinds of isolation occur: English blocks and English runs inside translated blocks.
        let arabic = files.filter { $0.key.hasPrefix("pages/ar/") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(arabic.contains("ترجمة: "))
        #expect(arabic.contains("<span lang=\"en\" dir=\"ltr\">") && arabic.contains("<p lang=\"en\" dir=\"ltr\">"))
    }
}
