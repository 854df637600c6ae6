import Foundation
import TranslateICU

/// Decides which message ships for each key of a language's bundle: its own translation when it may
/// ship, else the first language of its fallback chain that has one, else the English of the template;
/// with why each key fell back, and how complete the language is.
///
/// A translation may ship when it is reviewed (not fuzzy, not empty), of the template's current English,
/// not excluded for a check error, and valid ICU MessageFormat for its language.
final class TranslationResolver {
    /// One language's messages, resolved.
    struct Resolution {
        /// Key → ICU MessageFormat message, for every key of the template.
        var bundle: [String: String]
        /// Which keys fell back, to which language, and why.
        var metadata: BundleMetadata
        /// Percentage of the template's words the language's own catalog has translated (one decimal).
        var completeness: Double
        /// Reviewed translations left out because check reported errors on them.
        var excludedForErrors: Int
        /// The messages are translations resolved along the chain (not the source language, not a pseudo-locale).
        var isTranslation: Bool
    }

    /// The template's keys and English, in key order (the first entry of a key counts).
    let sources: [(key: String, source: String)]
    let sourceTag: String
    let registry: LanguageRegistry
    /// Language tag → keys whose translation must not ship (check errors).
    let excludedKeys: [String: Set<String>]
    private let catalogs: BuildCatalogs
    private let sourceByKey: [String: String]
    /// Key → translation that may ship, for the languages others fall back to.
    private var usable: [String: [String: String]] = [:]
    /// Template key, English and its word count (ICU word segments), counted once for every language's completeness.
    private var templateWords: [(key: String, source: String, words: Int)]?

    init(catalogs: BuildCatalogs, sourceTag: String, registry: LanguageRegistry, excludedKeys: [String: Set<String>]) {
        var sources: [(key: String, source: String)] = []
        var seen = Set<String>()
        for entry in catalogs.template.activeEntries where !entry.isHeader && seen.insert(entry.effectiveKey).inserted {
            sources.append((entry.effectiveKey, entry.source))
        }
        sources.sort { $0.key < $1.key }
        self.sources = sources
        sourceByKey = Dictionary(uniqueKeysWithValues: sources.map { ($0.key, $0.source) })
        self.catalogs = catalogs
        self.sourceTag = sourceTag
        self.registry = registry
        self.excludedKeys = excludedKeys
    }

    /// The messages of `language`: the English for the source language, pseudo-localized English for a
    /// pseudo-locale, else resolved along the fallback chain.
    func resolve(_ language: Language) throws -> Resolution {
        let tag = language.tag
        var resolution = Resolution(
            bundle: [:], metadata: BundleMetadata(tag: tag, fallbacks: [:], reasons: [:]),
            completeness: 100, excludedForErrors: 0, isTranslation: false)
        if let style = PseudoLocalizer.style(for: tag), language.isTestOnly {
            for (key, source) in sources { resolution.bundle[key] = PseudoLocalizer.pseudolocalize(source, style: style) }
            return resolution
        }
        if tag == sourceTag {
            for (key, source) in sources { resolution.bundle[key] = source }
            return resolution
        }
        resolution.isTranslation = true
        let ownCatalog = try catalogs.catalog(tag)
        let own = try translations(tag, in: ownCatalog)
        let ownEntries = ownCatalog?.entriesByKey ?? [:]
        let excluded = excludedKeys[tag] ?? []
        resolution.completeness = completeness(ownEntries)
        for (key, source) in sources {
            if let message = own[key] {
                resolution.bundle[key] = message
                continue
            }
            resolution.metadata.reasons[key] = Self.reason(ownEntries[key], source: source, excluded: excluded.contains(key))
            if excluded.contains(key), ownEntries[key]?.state == .translated { resolution.excludedForErrors += 1 }
            var found = false
            for chainTag in language.fallbackChain where chainTag != sourceTag {
                if let message = try translations(chainTag)[key] {
                    resolution.bundle[key] = message
                    resolution.metadata.fallbacks[key] = chainTag
                    found = true
                    break
                }
            }
            if !found {
                resolution.bundle[key] = source
                resolution.metadata.fallbacks[key] = sourceTag
            }
        }
        return resolution
    }

    /// Key → translation that may ship for `tag`: reviewed, of the current English, not excluded, valid ICU.
    /// `given` is the tag's catalog when the caller has it already.
    func translations(_ tag: String, in given: Catalog? = nil) throws -> [String: String] {
        if let known = usable[tag] { return known }
        var map: [String: String] = [:]
        if let catalog = try given ?? catalogs.catalog(tag) {
            let locale = registry.language(tag)?.icuLocale ?? ICU.Locale(identifier: tag)
            let excluded = excludedKeys[tag] ?? []
            for entry in catalog.activeEntries where !entry.isHeader && entry.state == .translated && !entry.translation.isEmpty {
                let key = entry.effectiveKey
                guard map[key] == nil, sourceByKey[key] == entry.source, !excluded.contains(key),
                    ICU.MessageFormat.validate(entry.translation, locale: locale).accepted
                else { continue }
                map[key] = entry.translation
            }
        }
        if catalogs.isFallback(tag) { usable[tag] = map }
        return map
    }

    /// Completeness counted against the template, so a catalog missing new messages is not reported complete.
    func completeness(_ ownEntries: [String: CatalogEntry]) -> Double {
        if templateWords == nil {
            templateWords = catalogs.template.activeEntries.filter { !$0.isHeader }.map {
                ($0.effectiveKey, $0.source, WordCount.of($0.source))
            }
        }
        var statistics = CatalogStatistics()
        for (key, source, words) in templateWords! {
            let found = ownEntries[key].flatMap { $0.source == source ? $0 : nil }
            switch found?.state ?? .untranslated {
            case .translated:
                statistics.translated.messages += 1
                statistics.translated.words += words
            case .fuzzy:
                statistics.fuzzy.messages += 1
                statistics.fuzzy.words += words
            case .untranslated:
                statistics.untranslated.messages += 1
                statistics.untranslated.words += words
            }
        }
        return (statistics.percentComplete * 10).rounded() / 10
    }

    /// Why a key's own translation did not ship, as Output/<tag>.meta.json says it.
    static func reason(_ entry: CatalogEntry?, source: String, excluded: Bool) -> String {
        guard let entry else { return "missing" }
        if entry.source != source { return "stale" }
        switch entry.state {
        case .untranslated: return "untranslated"
        case .fuzzy: return "fuzzy"
        case .translated: return excluded ? "check-error" : "invalid-icu"
        }
    }
}
