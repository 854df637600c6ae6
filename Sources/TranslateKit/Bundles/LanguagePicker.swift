import Foundation
import TranslateICU

/// Output/languages.json: what a language picker shows. Every language by its own name (endonym) with
/// its tag and direction, and for each UI language the order to list them in, by that language's collation.
public enum LanguagePicker {
    /// One language as the picker shows it.
    public struct Item: Codable, Equatable, Sendable {
        public var endonym: String
        /// "ltr" or "rtl", for the `dir` attribute of the option.
        public var dir: String
    }

    /// The file's content.
    public struct File: Codable, Equatable, Sendable {
        /// Tag → how to show it.
        public var languages: [String: Item]
        /// UI language tag → every tag, sorted by endonym in that UI language's collation.
        public var order: [String: [String]]
    }

    /// The picker data for `languages`, each also a UI language.
    public static func file(languages: [Language], registry: LanguageRegistry) -> File {
        var items: [String: Item] = [:]
        for language in languages { items[language.tag] = Item(endonym: language.endonym, dir: language.direction.rawValue) }
        var order: [String: [String]] = [:]
        for ui in languages {
            guard let collator = try? registry.collator(for: ui.tag) else { continue }
            // Keys once per list: comparing sort keys is faster than calling the collator n log n times.
            let keyed = languages.map { (tag: $0.tag, key: collator.sortKey($0.endonym)) }
            order[ui.tag] = keyed.sorted { a, b in
                a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.tag < b.tag
            }.map(\.tag)
        }
        return File(languages: items, order: order)
    }

    static func json(languages: [Language], registry: LanguageRegistry) throws -> Data {
        try BuildJSON.encode(file(languages: languages, registry: registry))
    }
}
