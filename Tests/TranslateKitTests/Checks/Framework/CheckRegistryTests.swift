import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// The registry's contract: ids are stable kebab-case and unique, and every example behaves as documented.
@Suite struct CheckRegistryTests {
    @Test func idsAreUniqueAndKebabCase() {
        let ids = CheckRegistry.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        for id in ids {
            let kebab =
                !id.isEmpty && id.first!.isLetter && !id.hasSuffix("-") && !id.contains("--")
                && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            #expect(kebab, "check id '\(id)' is not kebab-case")
        }
    }

    @Test func everyCheckDescribesItselfAndHasBothKindsOfExample() {
        for check in CheckRegistry.descriptions {
            #expect(!check.name.isEmpty && !check.summary.isEmpty && !check.rationale.isEmpty && !check.fixHint.isEmpty, "\(check.id)")
            #expect(!check.summary.contains("\n"), "\(check.id): summary must be one line")
            #expect(check.examples.contains { !$0.isFailing }, "\(check.id) has no passing example")
            if !["po-syntax", "oversize-entry"].contains(check.id) { #expect(check.examples.contains { $0.isFailing }, "\(check.id) has no failing example") }
        }
    }

    /// Runs one example through the same path the command uses and returns the messages of its check.
    static func messages(of id: String, for example: CheckExample, settings: CheckSettings = CheckSettings()) -> [String] {
        if CheckRegistry.description(of: id)?.scope == "source" {
            // Source checks read the English of every template message (not only critical ones) here.
            var all = settings
            all.sourceMessages = .all
            var only = CheckRunner(
                settings: all, checks: [], catalogChecks: [], glossary: Glossary.examples,
                sourceQualityChecks: CheckRegistry.sourceQualityChecks.filter { $0.id == id })
            // The idiom examples run against the list the repository ships (Glossary/idioms.csv).
            only.idioms = try? IdiomList.load(projectRoot: TranslateBinary.packageRoot)
            let template = Catalog(entries: [CatalogEntry(source: example.source, flags: example.flags)] + example.otherEntries)
            return only.runSource(template, path: "Locales/messages.pot").filter { $0.check == id }.map(\.message)
        }
        var entry = CatalogEntry(source: example.source, translation: example.translation, flags: example.flags)
        entry.location = nil
        var catalog = Catalog(entries: [entry] + example.otherEntries)
        for (name, value) in example.header.sorted(by: { $0.key < $1.key }) { catalog.setHeaderField(name, value) }
        if example.header.isEmpty { catalog.setHeaderField("Language", example.language) }
        let only = CheckRunner(
            settings: settings,
            checks: CheckRegistry.all.filter { $0.id == id },
            catalogChecks: CheckRegistry.catalogChecks.filter { $0.id == id }, glossary: Glossary.examples)
        let file = CatalogFile(path: example.fileName ?? "Locales/\(example.language).po", language: example.language, catalog: catalog)
        return only.run(file).filter { $0.check == id }.map(\.message)
    }

    @Test(arguments: CheckRegistry.descriptions.map(\.id))
    func examplesBehaveAsDocumented(id: String) {
        let check = CheckRegistry.description(of: id)!
        for example in check.examples {
            let messages = Self.messages(of: id, for: example)
            if let fragment = example.expected {
                #expect(
                    messages.contains { $0.contains(fragment) },
                    "\(id) [\(example.language)] \"\(example.translation)\": expected a finding containing '\(fragment)', got \(messages)")
            } else {
                #expect(messages.isEmpty, "\(id) [\(example.language)] \"\(example.translation)\": expected no finding, got \(messages)")
            }
        }
    }

    @Test func documentationIsCurrent() throws {
        let docs = TranslateBinary.packageRoot.appendingPathComponent("docs/checks.md")
        let current = try? String(contentsOf: docs, encoding: .utf8)
        let isCurrent = current == CheckRegistry.documentation()
        #expect(
            isCurrent,
            "docs/checks.md is not current; regenerate it with: \(CheckRegistry.documentationCommand)")
    }
}
