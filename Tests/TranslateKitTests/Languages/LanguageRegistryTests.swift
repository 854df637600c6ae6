import Foundation
import Testing
import TranslateICU

@testable import TranslateKit

/// The repository's registry file, read from the source tree.
enum RegistryFile {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Locales/languages.tsv").standardizedFileURL
    static let registry: LanguageRegistry = try! LanguageRegistry.load(from: url, displayPath: "Locales/languages.tsv")
}

@Suite struct LanguageRegistryTests {
    let registry = RegistryFile.registry

    @Test func registryFileLoadsWithZeroErrors() throws {
        let result = LanguageRegistry.parse(try TextFile.read(RegistryFile.url), path: "Locales/languages.tsv")
        #expect(result.errors.map(\.description) == [])
        #expect(result.warnings.map(\.formatted) == [])
        #expect(registry.languages.count == 94)
        #expect(registry.languages.filter { !$0.isTestOnly && $0.tier != .source && $0.tier != .fallback }.count == 89)
    }

    @Test func builtInCopyMatchesTheFile() throws {
        // Regenerate Sources/TranslateKit/Languages/BuiltInLanguages.swift when this fails.
        let file = try String(contentsOf: RegistryFile.url, encoding: .utf8)
        #expect(BuiltInLanguages.text + "\n" == file)
        #expect(LanguageRegistry.builtIn().tags == registry.tags)
    }

    @Test func arabicHasSixCardinalCategories() throws {
        #expect(try registry.pluralRules(for: "ar").categories == [.zero, .one, .two, .few, .many, .other])
        #expect(registry["ar"]?.coverage == .cldr)
        #expect(registry["ar"]?.direction == .rtl)
    }

    @Test func japaneseHasOneCategory() throws {
        #expect(try registry.pluralRules(for: "ja").categories == [.other])
    }

    @Test func polishOneFewManyOther() throws {
        let rules = try registry.pluralRules(for: "pl")
        #expect(rules.categories == [.one, .few, .many, .other])
        #expect(rules.select(22) == .few)
        #expect(rules.select(25) == .many)
    }

    @Test func rohingyaAndAssyrianAreRightToLeftFromTheirScript() throws {
        for tag in ["rhg", "aii"] {
            let language = try #require(registry[tag])
            #expect(language.direction == .rtl, "\(tag)")
            #expect(ICU.Script(language.script)?.isRightToLeft == true)
            #expect(language.icuLocale.hasOwnData == false)
        }
        // ICU's locale orientation says LTR for Assyrian (no data, no likely script): the reason
        // the registry takes direction from the script and never from the locale.
        #expect(try ICU.Locale(tag: "aii").icuSaysRightToLeft == false)
        #expect(try ICU.Locale(tag: "aii").script == nil)
        #expect(registry["rhg"]?.script == "Rohg")
        #expect(registry["aii"]?.script == "Syrc")
    }

    @Test func haitianCreoleIsNotGivenFrenchRulesSilently() throws {
        let locale = try ICU.Locale(tag: "ht")
        #expect(locale.dataLocale == "fr_HT")
        #expect(locale.hasOwnData == false)
        // What ICU alone answers: a French name, and root's rules by accident, not by statement.
        #expect(locale.endonym == "créole haïtien")
        #expect(try ICU.PluralRules(locale: locale).categories == [.other])
        #expect(try registry.pluralRules(for: "fr").categories == [.one, .many, .other])
        #expect(registry["ht"]?.endonym == "Kreyòl ayisyen")
        let language = try #require(registry["ht"])
        #expect(language.coverage == .overlay)
        #expect(language.cardinal == .otherOnly)
        #expect(language.pluralReason.contains("NOT French"))
        #expect(try registry.pluralRules(for: "ht").categories == [.other])
        #expect(language.pluralProvenance(.cardinal).hasPrefix("district overlay"))
    }

    @Test func everyLanguageICULacksStatesItsRules() throws {
        let lacking = registry.languages.filter { !$0.icuLocale.hasOwnData }.map(\.tag)
        #expect(Set(lacking) == ["ksw", "ht", "jam", "ymm", "lir", "kri", "acf", "din", "lua", "aii", "rhg", "cnh", "ctd", "kyu", "hmn", "quc", "mam"])
        for tag in lacking {
            let language = try #require(registry[tag])
            #expect(language.coverage == .overlay, "\(tag)")
            #expect(language.cardinal != .cldr && language.ordinal != .cldr, "\(tag)")
            #expect(language.collation != .cldr, "\(tag)")
            #expect(!language.pluralReason.isEmpty, "\(tag)")
            #expect(!language.endonymSource.isEmpty && language.endonym != tag, "\(tag)")
        }
    }

    @Test func overlaysBorrowTheRulesTheyName() throws {
        #expect(try registry.pluralRules(for: "ksw").categories == [.other])
        #expect(try registry.pluralRules(for: "ymm").categories == [.one, .other])
        let dinka = try registry.pluralRules(for: "din")
        #expect(dinka.select(1) == .one)
        #expect(dinka.select(2) == .other)
        #expect(try registry.pluralRules(for: "lir", type: .ordinal).categories == [.one, .two, .few, .other])
        #expect(try registry.collator(for: "ksw").actualLocale == "my")
        #expect(try registry.collator(for: "ht").actualLocale == "root")
        // Languages ICU has data for but CLDR 42 gives no cardinal rules: stated too.
        #expect(registry["qu"]?.cardinal == .otherOnly)
        #expect(try registry.pluralRules(for: "rw").categories == [.one, .other])
    }

    @Test func everyLanguageHasEndonymKnownScriptAndFallbackEndingInEnglish() throws {
        for language in registry.languages {
            #expect(!language.endonym.isEmpty, "\(language.tag)")
            let script = try #require(ICU.Script(language.script), "\(language.tag)")
            #expect(language.direction == (script.isRightToLeft ? .rtl : .ltr), "\(language.tag)")
            if language.tag == "en" {
                #expect(language.fallbackChain.isEmpty)
            } else {
                #expect(language.fallbackChain.last == "en", "\(language.tag)")
                for target in language.fallbackChain { #expect(registry[target] != nil, "\(language.tag) → \(target)") }
            }
        }
        #expect(registry["pt-BR"]?.fallbackChain == ["pt", "en"])
        #expect(registry["es-US"]?.fallbackChain == ["es", "en"])
    }

    @Test func endonymsAreWrittenInTheirScript() throws {
        for language in registry.languages where !language.isTestOnly {
            let scripts = Set(language.endonym.unicodeScalars.map { ICU.Script(of: $0) }.filter { !$0.isShared }.map(\.shortName))
            for found in scripts {
                #expect(
                    found == language.script || LanguageRegistryReader.scriptsAgree(found, language.script),
                    "\(language.tag): endonym '\(language.endonym)' has \(found) letters, registry says \(language.script)")
            }
        }
    }

    @Test func pseudoLocalesAreTestOnly() throws {
        #expect(registry.languages.filter(\.isTestOnly).map(\.tag) == ["en-XA", "ar-XB"])
        #expect(registry["ar-XB"]?.direction == .rtl)
        #expect(registry["en"]?.tier == .source)
        #expect(registry["es-US"]?.tier == .core)
    }

    @Test func lookupIgnoresCaseAndUsesICUCanonicalAndLikelyForms() throws {
        #expect(registry["ES-us"]?.tag == "es-US")
        #expect(registry["iw"]?.tag == "he")
        #expect(registry["pa"]?.tag == "pa-Guru")
        #expect(registry["zh-TW"]?.tag == "zh-Hant")
        #expect(registry["sr"]?.tag == "sr-Cyrl")
        #expect(registry["es-MX"] == nil)
    }

    @Test func resolveFallsBackToICUWithAWarning() throws {
        let mexican = try registry.resolve(tag: "es-MX")
        #expect(!mexican.isRegistered)
        #expect(mexican.coverage == .cldr)
        #expect(mexican.warning?.contains("did you mean 'es'") == true)
        let welsh = try registry.resolve(tag: "cy")
        #expect(try registry.pluralRules(for: "cy").categories == [.zero, .one, .two, .few, .many, .other])
        #expect(welsh.warning != nil)
        let unknown = try registry.resolve(tag: "tvl")
        #expect(unknown.coverage == .unknown)
        #expect(try registry.pluralRules(for: "tvl").categories == [.other])
        #expect(throws: TranslateError.self) { try registry.resolve(tag: "es_US") }
    }
}

@Suite struct LanguageRegistryErrorTests {
    static let header = LanguageRegistry.columns.joined(separator: "\t")

    /// A registry line from named cells.
    static func row(_ cells: [String: String]) -> String {
        LanguageRegistry.columns.map { cells[$0] ?? "" }.joined(separator: "\t")
    }

    static let english = row(["tag": "en", "english_name": "English", "endonym": "English", "script": "Latn", "direction": "ltr", "tier": "source"])
    static func spanish(_ changes: [String: String] = [:]) -> String {
        var cells = [
            "tag": "es", "english_name": "Spanish", "endonym": "español", "script": "Latn", "direction": "ltr", "fallback": "en", "tier": "on-request",
        ]
        cells.merge(changes) { $1 }
        return row(cells)
    }

    /// Column (1-based, in scalars) where a named cell starts in a line built by `row`.
    static func column(of name: String, in line: String) -> Int {
        let index = LanguageRegistry.columns.firstIndex(of: name)!
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
        return cells.prefix(index).reduce(1) { $0 + $1.unicodeScalars.count + 1 }
    }

    func errors(_ lines: [String]) -> [TranslateError] {
        LanguageRegistry.parse((["# comment", Self.header] + lines).joined(separator: "\n"), path: "bad.tsv").errors
    }

    @Test func validMinimalFileLoads() {
        let result = LanguageRegistry.parse([Self.header, Self.english, Self.spanish()].joined(separator: "\n"), path: "ok.tsv")
        #expect(result.errors.isEmpty)
        #expect(result.registry?.tags == ["en", "es"])
    }

    @Test func unknownColumnIsReportedWithSuggestion() {
        let text = "tag\tenglish_nam\tendonym\n"
        let error = LanguageRegistry.parse(text, path: "bad.tsv").errors.first
        #expect(error?.position == TextPosition(line: 1, column: 5))
        #expect(error?.message == "unknown column 'english_nam'")
        #expect(error?.hint?.hasPrefix("did you mean 'english_name'?") == true)
    }

    @Test func illFormedTagGivesICUsReason() {
        let line = Self.spanish(["tag": "es_US"])
        let error = errors([Self.english, line]).first
        #expect(error?.position == TextPosition(line: 4, column: 1))
        #expect(error?.message.contains("'-', not '_'") == true)
        #expect(error?.description.hasPrefix("bad.tsv:4:1: error: ill-formed language tag 'es_US'") == true)
    }

    @Test func nonCanonicalTagIsRejected() {
        let error = errors([Self.english, Self.spanish(["tag": "iw"])]).first
        #expect(error?.message == "write the tag 'iw' as 'he' (ICU's canonical form)")
    }

    @Test func duplicateTagNamesTheFirstLine() {
        let error = errors([Self.english, Self.spanish(), Self.spanish()]).first
        #expect(error?.position == TextPosition(line: 5, column: 1))
        #expect(error?.message == "'es' is listed twice (first on line 4)")
    }

    @Test func unknownScript() {
        let line = Self.spanish(["script": "Latx"])
        let error = errors([Self.english, line]).first
        #expect(error?.position == TextPosition(line: 4, column: Self.column(of: "script", in: line)))
        #expect(error?.message == "unknown script 'Latx'")
    }

    @Test func fallbackToUnknownTag() {
        let line = Self.spanish(["tag": "pt-BR", "english_name": "Portuguese", "endonym": "português", "fallback": "pt en"])
        let error = errors([Self.english, line]).first
        #expect(error?.position == TextPosition(line: 4, column: Self.column(of: "fallback", in: line)))
        #expect(error?.message == "'pt-BR' falls back to 'pt', which is not in the registry")
    }

    @Test func fallbackMustEndInEnglish() {
        let error = errors([Self.english, Self.spanish(["fallback": ""])]).first
        #expect(error?.message == "the fallback chain of 'es' must end with 'en'")
    }

    @Test func directionContradictingScript() {
        let line = Self.spanish([
            "tag": "aii", "english_name": "Assyrian", "endonym": "ܣܘܪܝܬ", "endonym_source": "Wikipedia", "script": "Syrc", "direction": "ltr",
            "cardinal": "one: n = 1", "ordinal": "other", "plural_reason": "nouns have plurals", "collation": "root",
        ])
        let error = errors([Self.english, line]).first
        #expect(error?.position == TextPosition(line: 4, column: Self.column(of: "direction", in: line)))
        #expect(error?.message == "direction 'ltr' contradicts script Syrc, which is written right to left")
    }

    @Test func languageWithoutICUDataMustStateItsRules() {
        let line = Self.spanish([
            "tag": "ksw", "english_name": "S'gaw Karen", "endonym": "ကညီကျိာ်", "endonym_source": "Wikipedia", "script": "Mymr", "collation": "like my",
            "ordinal": "other", "plural_reason": "x",
        ])
        let error = errors([Self.english, line]).first
        #expect(error?.position == TextPosition(line: 4, column: Self.column(of: "cardinal", in: line)))
        #expect(error?.message.contains("has no data for 'ksw'") == true)
    }

    @Test func haitianWithoutOverlayIsCaught() {
        let line = Self.spanish(["tag": "ht", "english_name": "Haitian Creole", "endonym": "Kreyòl ayisyen", "endonym_source": "Wikipedia"])
        let messages = errors([Self.english, line]).map(\.message)
        #expect(messages.contains { $0.contains("silently serves 'fr_HT' data") && $0.contains("cardinal") })
        #expect(messages.contains { $0.contains("collation") || $0.contains("sort order") })
    }

    @Test func badPluralRuleText() {
        let line = Self.spanish(["cardinal": "one: n = = 1", "plural_reason": "test"])
        let error = errors([Self.english, line]).first
        #expect(error?.position == TextPosition(line: 4, column: Self.column(of: "cardinal", in: line)))
        #expect(error?.message.hasPrefix("ICU cannot read the plural rules") == true)
    }

    @Test func scriptOtherThanCLDRsLikelyOneIsAWarningUnlessReviewed() {
        let tedim = [
            "tag": "ctd", "english_name": "Tedim Chin", "endonym": "Zolai", "endonym_source": "Wikipedia", "cardinal": "like my",
            "ordinal": "other", "plural_reason": "no plural on counted nouns", "collation": "root",
        ]
        let line = Self.spanish(tedim)
        let result = LanguageRegistry.parse([Self.header, Self.english, line].joined(separator: "\n"), path: "w.tsv")
        #expect(result.errors.isEmpty)
        #expect(
            result.warnings.map(\.formatted) == [
                "w.tsv:3:\(Self.column(of: "script", in: line)): warning: [language-registry] 'ctd' is written in Latn here, but CLDR's likely script for it is Pauc"
            ])
        let reviewed = Self.spanish(tedim.merging(["flags": "script-reviewed"]) { $1 })
        #expect(LanguageRegistry.parse([Self.header, Self.english, reviewed].joined(separator: "\n"), path: "w.tsv").warnings.isEmpty)
    }

    @Test func tooManyCells() {
        let error = errors([Self.english + "\textra"]).first
        #expect(error?.message == "this line has \(LanguageRegistry.columns.count + 1) cells but the header has \(LanguageRegistry.columns.count) columns")
    }

    @Test func loadThrowsFirstErrorWithPathLineColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("languages.tsv")
        try ([Self.header, Self.english, Self.spanish(["script": "Latx"]), Self.spanish(["tag": "fr", "tier": "sometimes"])].joined(separator: "\n")).write(
            to: url, atomically: true, encoding: .utf8)
        do {
            _ = try LanguageRegistry.load(from: url, displayPath: "Locales/languages.tsv")
            Issue.record("expected an error")
        } catch let error as TranslateError {
            #expect(error.description.hasPrefix("Locales/languages.tsv:3:\(Self.column(of: "script", in: Self.spanish())): error: unknown script 'Latx'"))
            #expect(error.hint?.contains("1 more problem in this file") == true)
        }
    }
}
