import Foundation
import Testing
import TranslateICU

@testable import TranslateBenchKit
@testable import TranslateKit

/// Every message of every bundle, read by the FormatJS reference parser (react-intl, i18next-icu) and by ICU4C.
@Suite("Bundles for FormatJS")
struct FormatJSBundleTests {
    struct Verdict {
        var messages = 0
        var rejected: [String] = []
        /// Messages without plural/select compared with ICU4C's rendering, and those that differ.
        var compared = 0
        var differing: [String] = []
    }

    /// Arguments shown as `{name}`, as FormatJSGrammar.render shows them; nil when the message has an argument
    /// ICU4C cannot format with a string (plural, select, number, date).
    static func namedArguments(_ message: String) -> [String: ICU.MessageFormat.Argument]? {
        guard let parsed = MessageFormatParser.parse(message).message else { return nil }
        var arguments: [String: ICU.MessageFormat.Argument] = [:]
        for argument in parsed.arguments {
            guard argument.type == .plain else { return nil }
            arguments[argument.name] = .string("{\(argument.name)}")
        }
        return arguments
    }

    static func verdict(_ files: [String: Data]) throws -> Verdict {
        var verdict = Verdict()
        for path in files.keys.sorted()
        where path.hasSuffix(".json") && !path.contains("/") && !path.hasSuffix(".meta.json")
            && !["manifest.json", "languages.json"].contains(path) && !path.hasPrefix(".")
        {
            let bundle = try #require(JSONSerialization.jsonObject(with: files[path]!) as? [String: String], "\(path)")
            let locale = ICU.Locale(identifier: String(path.dropLast(5)))
            for key in bundle.keys.sorted() {
                let message = bundle[key]!
                verdict.messages += 1
                guard case .success(let elements) = FormatJSGrammar.parse(message) else {
                    verdict.rejected.append("\(path) \(key): \(message)")
                    continue
                }
                guard let arguments = namedArguments(message) else { continue }
                verdict.compared += 1
                let icu = try ICU.MessageFormat.format(message, locale: locale, arguments: arguments)
                if FormatJSGrammar.render(elements) != icu { verdict.differing.append("\(path) \(key): \(message)") }
            }
        }
        return verdict
    }

    @Test("the sample project's bundles: FormatJS rejects none, and shows what ICU4C shows")
    func sampleProject() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("formatjs-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["Content", "Locales", "Glossary", "translate.json"] {
            let source = SampleContent.root.appendingPathComponent(item)
            if FileManager.default.fileExists(atPath: source.path) { try FileManager.default.copyItem(at: source, to: root.appendingPathComponent(item)) }
        }
        let project = try Project.open(root: root)
        let report = try ProjectChecker.check(
            root: root, settings: CheckSettings(config: project.config, registry: project.registry),
            registry: project.registry)
        var builder = BundleBuilder(project: project, generatorVersion: "test", excludedKeys: BundleBuilder.excludedKeys(from: report))
        builder.renderPages = false
        let files = try builder.build().files
        let verdict = try Self.verdict(files)
        print("FormatJS over the sample bundles: \(verdict.messages) messages, \(verdict.rejected.count) rejected, \(verdict.compared) compared with ICU4C")
        #expect(verdict.messages > 10_000)
        #expect(verdict.rejected.isEmpty, "\(verdict.rejected.prefix(5))")
        #expect(verdict.compared > verdict.messages / 2)
        #expect(verdict.differing.isEmpty, "\(verdict.differing.prefix(5))")
        // The bundles carry the tags, and what the bundles needed re-spelled.
        let spanishData = try #require(files["es-US.json"])
        let spanish = try #require(JSONSerialization.jsonObject(with: spanishData) as? [String: String])
        #expect(spanish.values.contains { $0.contains("<x1>") })
        #expect(!spanish.values.contains { $0.range(of: #"</?\d+/?>"#, options: .regularExpression) != nil })
    }

    @Test("the checker sees the problem: the pre-migration catalogs' bundles, as written before, fail in FormatJS")
    func legacyBundlesFail() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("formatjs-legacy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["Content", "Locales", "translate.json"] {
            try FileManager.default.copyItem(at: SampleContent.root.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        let legacy = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("legacy-tags")
        for name in ["messages.pot", "ar.po", "es-US.po", "pl.po", "zh-Hans.po"] {
            let target = root.appendingPathComponent("Locales/\(name)")
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: legacy.appendingPathComponent(name), to: target)
        }
        var builder = BundleBuilder(project: try Project.open(root: root), generatorVersion: "test")
        builder.renderPages = false
        let files = try builder.build().files
        // Bundles as they were written before RuntimeMessage: without its word joiners (the sample has none of its own).
        let unspelled = files.mapValues { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "<\u{2060}", with: "<").utf8) }
        let before = try Self.verdict(unspelled)
        let after = try Self.verdict(files)
        print(
            "FormatJS over the pre-migration bundles: \(before.rejected.count) of \(before.messages) rejected; "
                + "with RuntimeMessage: \(after.rejected.count)")
        #expect(before.rejected.count > 1_000)
        #expect(before.rejected.allSatisfy { $0.contains("</1>") || $0.contains("</2>") })
        // RuntimeMessage alone keeps even old-style messages readable (their `</1>` is shown as text, as ICU4C shows it).
        #expect(after.rejected.isEmpty && after.differing.isEmpty)
    }

    @Test("every sample message formats in ICU4C exactly as its bundle spelling does, but for word joiners after '<'")
    func icuUnchanged() throws {
        let catalogs = try ["ar", "es-US", "pl", "zh-Hans"].map { tag in
            (tag, try POReader.read(SampleContent.root.appendingPathComponent("Locales/\(tag).po"), displayPath: "\(tag).po").catalog)
        }
        var messages: [(String, String)] = []
        for (tag, catalog) in catalogs {
            for entry in catalog.entries where !entry.isHeader && !entry.isObsolete {
                messages.append(("en", entry.source))
                if !entry.translation.isEmpty { messages.append((tag, entry.translation)) }
            }
        }
        var respelled = 0
        var joiners = 0
        for (tag, message) in messages {
            guard let parsed = MessageFormatParser.parse(message).message else { continue }
            var arguments: [String: ICU.MessageFormat.Argument] = [:]
            for argument in parsed.arguments {
                switch argument.type {
                case .plural, .selectordinal, .number, .spellout, .ordinal, .duration, .choice: arguments[argument.name] = .number(3)
                case .date, .time: arguments[argument.name] = .date(0)
                case .select, .plain: arguments[argument.name] = .string("other")
                }
            }
            let bundle = RuntimeMessage.forBundle(message)
            if bundle != message { respelled += 1 }
            let locale = ICU.Locale(identifier: tag)
            let original = try ICU.MessageFormat.format(message, locale: locale, arguments: arguments)
            let shipped = try ICU.MessageFormat.format(bundle, locale: locale, arguments: arguments)
            joiners += shipped.components(separatedBy: "<\u{2060}").count - original.components(separatedBy: "<\u{2060}").count
            #expect(
                shipped.replacingOccurrences(of: "<\u{2060}", with: "<") == original.replacingOccurrences(of: "<\u{2060}", with: "<"),
                "\(message)")
            #expect(
                shipped.unicodeScalars.filter { $0 == "\u{2060}" }.count - original.unicodeScalars.filter { $0 == "\u{2060}" }.count
                    == shipped.components(separatedBy: "<\u{2060}").count - original.components(separatedBy: "<\u{2060}").count)
        }
        print("RuntimeMessage over \(messages.count) sample messages: \(respelled) re-spelled, \(joiners) word joiners inserted")
        #expect(messages.count > 300)
    }

    @Test("a generated 91-language district: FormatJS rejects none of its bundle messages")
    func syntheticDistrict() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("formatjs-district-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let district = SyntheticDistrict(seed: 20_241_204, pages: 2, messages: 60, memoryLanguageCount: 0)
        _ = try district.write(to: root)
        let project = try Project.open(root: root)
        var builder = BundleBuilder(project: project, generatorVersion: "test")
        builder.renderPages = false
        let files = try builder.build().files
        let verdict = try Self.verdict(files)
        print("FormatJS over a synthetic district: \(verdict.messages) messages in \(files.keys.filter { $0.hasSuffix(".meta.json") }.count) bundles")
        #expect(files.keys.filter { $0.hasSuffix(".meta.json") }.count >= 90)
        #expect(verdict.rejected.isEmpty, "\(verdict.rejected.prefix(5))")
        #expect(verdict.compared > 0)
        #expect(verdict.differing.isEmpty, "\(verdict.differing.prefix(5))")
        #expect(files.values.contains { String(decoding: $0, as: UTF8.self).contains("<x1>") })
    }
}
