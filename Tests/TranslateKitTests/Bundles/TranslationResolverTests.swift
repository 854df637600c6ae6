import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Which translation ships for each key: the language's own when it may ship, else along the chain
/// es-MX → es → en, with the reason recorded; completeness against the template.
@Suite("TranslationResolver") struct TranslationResolverTests {
    static let template: [(key: String, source: String, translation: String, flags: String)] = [
        ("own", "Schools are open.", "", ""),
        ("fuzzy", "Buses run late.", "", ""),
        ("nowhere", "Lunch is free.", "", ""),
        ("critical.closure", "Schools are closed today.", "", "critical"),
        ("excluded", "Call the office.", "", ""),
        ("stale", "Report cards are ready.", "", ""),
        ("broken", "Welcome, {name}!", "", ""),
    ]

    /// A project with es and es-MX (es-MX falls back to es, then English) and the resolver over it.
    static func resolver(excluded: [String: Set<String>] = [:]) throws -> (TranslationResolver, [String: Language], URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("resolver-\(UUID().uuidString)", isDirectory: true)
        let locales = root.appendingPathComponent("Locales", isDirectory: true)
        try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
        try BuildTestProject.po("", template).write(to: locales.appendingPathComponent("messages.pot"), atomically: true, encoding: .utf8)
        try BuildTestProject.po(
            "es",
            [
                ("own", "Schools are open.", "Las escuelas están abiertas.", ""),
                ("fuzzy", "Buses run late.", "Los autobuses llegan tarde.", ""),
                ("nowhere", "Lunch is free.", "El almuerzo es gratis.", "fuzzy"),
                ("excluded", "Call the office.", "Llame a la oficina.", ""),
                ("stale", "Report cards are ready.", "Las libretas están listas.", ""),
                ("broken", "Welcome, {name}!", "¡Bienvenido, {name}!", ""),
            ]
        ).write(to: locales.appendingPathComponent("es.po"), atomically: true, encoding: .utf8)
        try BuildTestProject.po(
            "es-MX",
            [
                ("own", "Schools are open.", "Las escuelas ya abrieron.", ""),
                ("fuzzy", "Buses run late.", "Los camiones llegan tarde.", "fuzzy"),
                ("nowhere", "Lunch is free.", "", ""),
                ("excluded", "Call the office.", "Háblele a la oficina.", ""),
                ("stale", "Report cards were ready.", "Las boletas estaban listas.", ""),
                ("broken", "Welcome, {name}!", "¡Bienvenido, {name!", ""),
            ]
        ).write(to: locales.appendingPathComponent("es-MX.po"), atomically: true, encoding: .utf8)
        let builtIn = LanguageRegistry.builtIn()
        var mexico = try #require(builtIn.language("es-US"))
        mexico.tag = "es-MX"
        mexico.fallbackChain = ["es", "en"]
        let languages = [
            try #require(builtIn.language("en")), try #require(builtIn.language("es")), mexico,
            try #require(builtIn.language("en-XA")),
        ]
        let registry = LanguageRegistry(languages: languages)
        let catalogs = try BuildCatalogs(paths: ProjectPaths(root: root), snapshot: CatalogSnapshot(), fallbackTags: ["es", "en"])
        let resolver = TranslationResolver(catalogs: catalogs, sourceTag: "en", registry: registry, excludedKeys: excluded)
        return (resolver, Dictionary(uniqueKeysWithValues: languages.map { ($0.tag, $0) }), root)
    }

    @Test func ownTranslationShipsElseTheChainElseEnglish() throws {
        let (resolver, languages, root) = try Self.resolver(excluded: ["es-MX": ["excluded"]])
        defer { try? FileManager.default.removeItem(at: root) }
        let mexico = try resolver.resolve(try #require(languages["es-MX"]))
        #expect(mexico.isTranslation)
        #expect(mexico.bundle["own"] == "Las escuelas ya abrieron.")
        #expect(mexico.metadata.fallbacks["own"] == nil && mexico.metadata.reasons["own"] == nil)
        // Fuzzy is never shipped: es has it reviewed.
        #expect(mexico.bundle["fuzzy"] == "Los autobuses llegan tarde.")
        #expect(mexico.metadata.fallbacks["fuzzy"] == "es" && mexico.metadata.reasons["fuzzy"] == "fuzzy")
        // Untranslated here and fuzzy in es: English.
        #expect(mexico.bundle["nowhere"] == "Lunch is free.")
        #expect(mexico.metadata.fallbacks["nowhere"] == "en" && mexico.metadata.reasons["nowhere"] == "untranslated")
        // A critical message missing from every catalog still ships, in English.
        #expect(mexico.bundle["critical.closure"] == "Schools are closed today.")
        #expect(mexico.metadata.fallbacks["critical.closure"] == "en" && mexico.metadata.reasons["critical.closure"] == "missing")
        // A check error keeps the language's own translation out; es's ships instead.
        #expect(mexico.bundle["excluded"] == "Llame a la oficina.")
        #expect(mexico.metadata.reasons["excluded"] == "check-error" && mexico.excludedForErrors == 1)
        // A translation of older English is stale.
        #expect(mexico.bundle["stale"] == "Las libretas están listas.")
        #expect(mexico.metadata.reasons["stale"] == "stale" && mexico.metadata.fallbacks["stale"] == "es")
        // Broken ICU never ships.
        #expect(mexico.bundle["broken"] == "¡Bienvenido, {name}!")
        #expect(mexico.metadata.reasons["broken"] == "invalid-icu")
        #expect(Set(mexico.bundle.keys) == Set(Self.template.map(\.key)))
    }

    @Test func completenessCountsReviewedWordsOfTheCurrentTemplate() throws {
        let (resolver, languages, root) = try Self.resolver()
        defer { try? FileManager.default.removeItem(at: root) }
        let words = Dictionary(uniqueKeysWithValues: Self.template.map { ($0.key, WordCount.of($0.source)) })
        let total = words.values.reduce(0, +)
        // es-MX: own, excluded (not excluded here) and broken are translated; stale is of other English.
        let mexico = try resolver.resolve(try #require(languages["es-MX"]))
        let translated = words["own"]! + words["excluded"]! + words["broken"]!
        #expect(mexico.completeness == (100 * Double(translated) / Double(total) * 10).rounded() / 10)
        #expect(mexico.excludedForErrors == 0 && mexico.metadata.reasons["excluded"] == nil)
    }

    @Test func sourceAndPseudoLocalesAreNotResolved() throws {
        let (resolver, languages, root) = try Self.resolver()
        defer { try? FileManager.default.removeItem(at: root) }
        let english = try resolver.resolve(try #require(languages["en"]))
        #expect(!english.isTranslation && english.completeness == 100 && english.metadata.fallbacks.isEmpty)
        #expect(english.bundle == Dictionary(uniqueKeysWithValues: Self.template.map { ($0.key, $0.source) }))
        let pseudo = try resolver.resolve(try #require(languages["en-XA"]))
        #expect(!pseudo.isTranslation && pseudo.bundle["own"] != "Schools are open." && pseudo.bundle.count == Self.template.count)
    }

    @Test func usableTranslationsAreReviewedCurrentAndValid() throws {
        let (resolver, _, root) = try Self.resolver(excluded: ["es": ["own"]])
        defer { try? FileManager.default.removeItem(at: root) }
        let spanish = try resolver.translations("es")
        #expect(spanish["own"] == nil)  // excluded
        #expect(spanish["nowhere"] == nil)  // fuzzy
        #expect(spanish["fuzzy"] == "Los autobuses llegan tarde.")
        let mexico = try resolver.translations("es-MX")
        #expect(mexico["stale"] == nil && mexico["broken"] == nil && mexico["fuzzy"] == nil && mexico["nowhere"] == nil)
        #expect(try resolver.translations("fr").isEmpty)  // no catalog
    }

    @Test func reasons() {
        let entry = CatalogEntry(key: "k", source: "Hello", translation: "Hola")
        #expect(TranslationResolver.reason(nil, source: "Hello", excluded: false) == "missing")
        #expect(TranslationResolver.reason(entry, source: "Hello!", excluded: false) == "stale")
        #expect(TranslationResolver.reason(entry, source: "Hello", excluded: true) == "check-error")
        #expect(TranslationResolver.reason(entry, source: "Hello", excluded: false) == "invalid-icu")
    }
}
