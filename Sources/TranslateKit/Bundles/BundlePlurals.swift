import Foundation
import TranslateICU

/// The plural side of a build: which rules a bundle message was written for, and what it becomes so a stock
/// runtime (ICU, FormatJS) formatting it for the bundle's tag selects what those rules select. Fallbacks
/// were written for the language they came from; an overlay language's own translations for rules no
/// stock runtime has for its tag.
final class BundlePlurals {
    /// One language's rules of one type, as the build needs them.
    struct TypeRules {
        /// CLDR rule text ("one: i = 1 and v = 0"), the registry's overlay applied; empty for 'other' only.
        var text: String
        var syntax: PluralRuleSyntax?
        /// A CLDR locale whose stock rules these are (the tag itself, or the language borrowed with 'like').
        var locale: String?
        /// A stock runtime has these rules for the tag itself (CLDR's, not the registry's).
        var stock: Bool
        /// Every category but 'other' selects a finite set: messages can be spelled with `=N` alone.
        var finite: Bool
    }

    let registry: LanguageRegistry
    /// Where warnings point when the registry is the built-in one (the project's Locales/languages.tsv, relative to the root).
    let registryPath: String
    private var rules: [String: TypeRules] = [:]
    private var compiled: [String: PluralCompiler.Compiled] = [:]

    init(registry: LanguageRegistry, registryPath: String) {
        self.registry = registry
        self.registryPath = registryPath
    }

    func rules(_ language: Language, _ type: ICU.PluralType) -> TypeRules {
        let key = "\(language.tag)|\(type.rawValue)"
        if let known = rules[key] { return known }
        let text = ruleText(language, type, depth: 0)
        let syntax = PluralRuleSyntax(text)
        let finite = syntax.map { syntax in ICU.PluralCategory.allCases.allSatisfy { $0 == .other || syntax.finiteValues(of: $0) != nil } } ?? false
        let found = TypeRules(
            text: text, syntax: syntax, locale: cldrLocale(language, type, depth: 0),
            stock: language.ruleSource(type) == .cldr && language.coverage != .unknown, finite: finite)
        rules[key] = found
        return found
    }

    /// The rules as CLDR writes them, without the 'other' rule: ICU's text for CLDR rules, the registry's own string
    /// for stated ones (ICU would respell "one: i = 1" as "one: i  in 1..1").
    private func ruleText(_ language: Language, _ type: ICU.PluralType, depth: Int) -> String {
        switch language.ruleSource(type) {
        case .cldr:
            return PluralRuleSyntax.cldrText((try? registry.pluralRules(for: language.tag, type: type).ruleText) ?? "")
        case .like(let other):
            guard depth < 8, let borrowed = registry.language(other) else { return "" }
            return ruleText(borrowed, type, depth: depth + 1)
        case .otherOnly: return ""
        case .rules(let text): return text
        }
    }

    private func cldrLocale(_ language: Language, _ type: ICU.PluralType, depth: Int) -> String? {
        switch language.ruleSource(type) {
        case .cldr: return language.coverage == .unknown ? nil : language.tag
        case .like(let other):
            guard depth < 8, let borrowed = registry.language(other) else { return nil }
            return cldrLocale(borrowed, type, depth: depth + 1)
        case .otherOnly, .rules: return nil
        }
    }

    /// A message that fell back from `sourceTag` to `language`'s bundle.
    func fallback(_ message: String, from sourceTag: String, to language: Language) -> PluralCompiler.Compiled {
        guard let source = registry.language(sourceTag) else { return PluralCompiler.Compiled(message: message, pluralLocale: nil, exact: true) }
        func typeRules(_ type: ICU.PluralType) -> PluralCompiler.Rules {
            let from = rules(source, type)
            let to = rules(language, type)
            return PluralCompiler.Rules(syntax: from.syntax, locale: from.locale, runtimeAgrees: to.stock && to.text == from.text)
        }
        let texts = rules(source, .cardinal).text + "|" + rules(source, .ordinal).text
        return compile(message, cardinal: typeRules(.cardinal), ordinal: typeRules(.ordinal), texts: texts)
    }

    /// A language's own translation: spelled out where its rules come from the registry, as is where they are CLDR's.
    func own(_ message: String, of language: Language) -> PluralCompiler.Compiled {
        func typeRules(_ type: ICU.PluralType) -> PluralCompiler.Rules {
            let own = rules(language, type)
            return PluralCompiler.Rules(syntax: own.syntax, locale: own.stock ? language.tag : own.locale, runtimeAgrees: own.stock)
        }
        let cardinal = typeRules(.cardinal)
        let ordinal = typeRules(.ordinal)
        if cardinal.runtimeAgrees && ordinal.runtimeAgrees { return PluralCompiler.Compiled(message: message, pluralLocale: nil, exact: true) }
        return compile(message, cardinal: cardinal, ordinal: ordinal, texts: rules(language, .cardinal).text + "|" + rules(language, .ordinal).text)
    }

    /// `texts`: the rule texts behind `cardinal` and `ordinal`, which with their locales and agreement decide the result.
    private func compile(_ message: String, cardinal: PluralCompiler.Rules, ordinal: PluralCompiler.Rules, texts: String) -> PluralCompiler.Compiled {
        // Most messages have no plural; the rest repeat across the languages sharing a rule pair.
        guard PluralCompiler.mayContainPlural(message) else { return PluralCompiler.Compiled(message: message, pluralLocale: nil, exact: true) }
        func signature(_ rules: PluralCompiler.Rules) -> String { "\(rules.locale ?? "-")|\(rules.runtimeAgrees)" }
        let key = texts + "|" + signature(cardinal) + "|" + signature(ordinal) + "\u{0}" + message
        if let known = compiled[key] { return known }
        let result = PluralCompiler.compile(message, cardinal: cardinal, ordinal: ordinal)
        compiled[key] = result
        return result
    }

    /// Registry rules of `language` that are literal and not finite: no build can make a stock runtime follow them.
    func warnings(for language: Language) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for type in [ICU.PluralType.cardinal, .ordinal] {
            let found = rules(language, type)
            guard !found.stock, !found.finite, found.locale == nil else { continue }
            let kind = type == .cardinal ? "cardinal" : "ordinal"
            warnings.append(
                Diagnostic(
                    severity: .warning, path: registry.path.isEmpty ? registryPath : registry.path, locale: language.tag,
                    message: "\(kind) plural rules '\(found.text)' of '\(language.tag)' select numbers no '=N' branches can list, and no CLDR locale has them: "
                        + "a stock runtime formatting '\(language.tag)' shows 'other' for every number",
                    notes: ["state 'like TAG' for a language with the same rules, or rules whose categories other than 'other' list exact numbers (n = 1)"]))
        }
        return warnings
    }

    /// Compiles every message of `language`'s bundle: fallbacks for the rules of the language they came from,
    /// own translations for the registry's rules; keys that need another locale's rules go to the metadata.
    func compile(_ bundle: inout [String: String], _ metadata: inout BundleMetadata, language: Language) {
        for (key, message) in bundle where PluralCompiler.mayContainPlural(message) {
            let result = metadata.fallbacks[key].map { fallback(message, from: $0, to: language) } ?? own(message, of: language)
            if result.message != message { bundle[key] = result.message }
            if let locale = result.pluralLocale { metadata.pluralLocales[key] = locale }
        }
    }

    /// The rules as manifest.json states them.
    func manifestRules(_ language: Language) -> BundleManifest.PluralRules {
        let cardinal = rules(language, .cardinal)
        let ordinal = rules(language, .ordinal)
        let stock = cardinal.stock && ordinal.stock
        let exact = [cardinal, ordinal].allSatisfy { $0.stock || $0.finite || $0.locale != nil }
        return BundleManifest.PluralRules(
            cardinal: cardinal.text, ordinal: ordinal.text, source: stock ? "cldr" : "overlay",
            stockRuntime: stock, exact: exact)
    }
}
