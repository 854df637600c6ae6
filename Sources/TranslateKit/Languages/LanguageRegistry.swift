import Foundation
import TranslateICU

/// The district's languages, read from Locales/languages.tsv and checked against ICU:
/// lookup by tag, plural rules and collation with the registry's overlays applied.
public final class LanguageRegistry: @unchecked Sendable {
    // @unchecked: `languages` and the indexes never change after init; the rule caches are
    // guarded by `lock`.

    /// The languages in file order.
    public let languages: [Language]
    /// The file the registry was read from, as shown in messages.
    public let path: String
    /// Doubts that do not stop loading (e.g. a script that differs from ICU's likely script).
    public let warnings: [Diagnostic]

    private let byLowercasedTag: [String: Int]
    private let byCanonicalTag: [String: Int]
    private let byMaximizedTag: [String: Int]
    private let lock = NSLock()
    private var pluralCache: [String: ICU.PluralRules] = [:]

    /// The columns a registry file may have, in the order `translate init` writes them.
    public static let columns = [
        "tag", "english_name", "endonym", "endonym_source", "script", "direction", "fallback",
        "tier", "families", "cardinal", "ordinal", "plural_reason", "collation", "flags",
        "evidence", "notes",
    ]
    static let requiredColumns = ["tag", "english_name", "endonym", "script", "direction", "fallback", "tier"]

    /// The file name inside the project's Locales folder.
    public static let fileName = "languages.tsv"

    public init(languages: [Language], path: String = "", warnings: [Diagnostic] = []) {
        self.languages = languages
        self.path = path
        self.warnings = warnings
        var lower: [String: Int] = [:]
        var canonical: [String: Int] = [:]
        var maximized: [String: Int] = [:]
        for (index, language) in languages.enumerated() {
            lower[language.tag.lowercased()] = lower[language.tag.lowercased()] ?? index
            let locale = language.icuLocale
            canonical[locale.languageTag.lowercased()] = canonical[locale.languageTag.lowercased()] ?? index
            let max = locale.addingLikelySubtags().languageTag.lowercased()
            maximized[max] = maximized[max] ?? index
        }
        byLowercasedTag = lower
        byCanonicalTag = canonical
        byMaximizedTag = maximized
    }

    // MARK: Loading

    /// Reads and checks a registry file; the first problem is thrown with its path:line:column.
    public static func load(from url: URL, displayPath: String? = nil) throws -> LanguageRegistry {
        let shown = displayPath ?? url.path
        let text = try TextFile.read(url, displayPath: shown)
        let result = parse(text, path: shown)
        if let first = result.errors.first {
            var error = first
            if result.errors.count > 1 {
                let more = "\(result.errors.count - 1) more problem\(result.errors.count == 2 ? "" : "s") in this file"
                error.hint = error.hint.map { "\($0); \(more)" } ?? more
            }
            throw error
        }
        return result.registry!
    }

    /// The registry built into the tool (a copy of the repository's Locales/languages.tsv).
    public static func builtIn() -> LanguageRegistry { builtInRegistry }

    /// The built-in registry's file text, line for line: public for TranslateBenchKit, whose synthetic
    /// districts write a cut-down copy of it (with its comments) as their project's languages.tsv.
    public static var builtInText: String { BuiltInLanguages.text }

    private static let builtInRegistry: LanguageRegistry = {
        let result = parse(BuiltInLanguages.text, path: "(built-in)/\(ProjectPaths.localesName)/\(fileName)")
        precondition(result.errors.isEmpty, "the built-in language registry is invalid: \(result.errors[0])")
        return result.registry!
    }()

    /// The project's registry when it has one (Locales/languages.tsv under `root`), else the built-in one.
    public static func forProject(root: URL) throws -> LanguageRegistry {
        let url = try ProjectPaths(root: root).permitted(ProjectPaths(root: root).languageRegistry)
        guard FileManager.default.fileExists(atPath: url.path) else { return builtIn() }
        return try load(from: url, displayPath: "\(ProjectPaths.localesName)/\(fileName)")
    }

    /// The outcome of reading a registry text: every problem, not only the first.
    public struct ParseResult {
        /// Nil when there were errors.
        public var registry: LanguageRegistry?
        public var errors: [TranslateError]
        public var warnings: [Diagnostic]
    }

    /// Reads a registry text and reports every problem with its position.
    public static func parse(_ text: String, path: String) -> ParseResult {
        var reader = LanguageRegistryReader(text: text, path: path)
        return reader.run()
    }

    // MARK: Lookup

    /// The registered language for a tag: exact (any case), then ICU's canonical form ("iw" → "he"),
    /// then the same likely subtags ("pa" → "pa-Guru").
    public func language(_ tag: String) -> Language? {
        if let index = byLowercasedTag[tag.lowercased()] { return languages[index] }
        guard let locale = try? ICU.Locale(tag: tag) else { return nil }
        if let index = byCanonicalTag[locale.languageTag.lowercased()] { return languages[index] }
        if let index = byMaximizedTag[locale.addingLikelySubtags().languageTag.lowercased()] { return languages[index] }
        return nil
    }

    public subscript(tag: String) -> Language? { language(tag) }

    /// Registered tags, in file order.
    public var tags: [String] { languages.map(\.tag) }

    /// A language for any well-formed tag: the registered one, or one built from ICU's data with
    /// `isRegistered == false` and a `warning` saying why its data are not vouched for.
    public func resolve(tag: String) throws -> Language {
        if let language = language(tag) { return language }
        let locale: ICU.Locale
        do {
            locale = try ICU.Locale(tag: tag)
        } catch let error as ICU.Locale.TagError {
            throw TranslateError("ill-formed language tag '\(tag)': \(error.reason)", hint: "write a BCP 47 tag such as 'es-US' or 'pt-BR'")
        }
        // ICU canonicalizes some unknown tags oddly; keep the user's spelling then.
        let canonical = locale.languageTag.lowercased().hasPrefix(locale.language.lowercased()) && !locale.language.isEmpty ? locale.languageTag : tag
        let script = locale.script ?? "Zzzz"
        let rtl = ICU.Script(script)?.isRightToLeft ?? false
        let hasData = locale.hasOwnData
        let near = nearestRegistered(to: locale)
        var warning = "'\(canonical)' is not in the language registry"
        if hasData {
            warning += "; using ICU's CLDR data as they are"
        } else {
            warning += "; ICU has no data for it either (only root's: 'other' plural form, root sort order)"
        }
        if let near { warning += "; did you mean '\(near)'?" }
        return Language(
            tag: canonical, englishName: locale.englishName, endonym: locale.endonym,
            endonymSource: "ICU \(ICU.version)", script: script, direction: rtl ? .rtl : .ltr,
            fallbackChain: canonical.lowercased() == "en" ? [] : ["en"], tier: .onRequest,
            coverage: hasData ? .cldr : .unknown, isRegistered: false, warning: warning)
    }

    private func nearestRegistered(to locale: ICU.Locale) -> String? {
        let language = locale.language.lowercased()
        return languages.first { $0.icuLocale.language.lowercased() == language }?.tag
    }

    // MARK: Locale data with overlays

    /// The plural rules to check translations against: CLDR's for CLDR languages, the registry's
    /// stated or borrowed rules for overlay languages, ICU's data (root when it has none) for unknown tags.
    public func pluralRules(for tag: String, type: ICU.PluralType = .cardinal) throws -> ICU.PluralRules {
        let language = try resolve(tag: tag)
        let key = "\(language.tag)|\(type.rawValue)"
        lock.lock()
        if let cached = pluralCache[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let rules = try pluralRules(of: language, type: type, depth: 0)
        lock.lock()
        pluralCache[key] = rules
        lock.unlock()
        return rules
    }

    private func pluralRules(of language: Language, type: ICU.PluralType, depth: Int) throws -> ICU.PluralRules {
        guard depth < 8 else {
            throw TranslateError(
                path: path, "plural rules of '\(language.tag)' borrow in a circle", hint: "make one 'like' point to a language with CLDR rules")
        }
        do {
            switch language.ruleSource(type) {
            case .cldr:
                return try ICU.PluralRules(locale: language.icuLocale, type: type)
            case .like(let other):
                return try pluralRules(of: try resolve(tag: other), type: type, depth: depth + 1)
            case .otherOnly:
                return try ICU.PluralRules(description: LanguageRegistryReader.otherOnlyRule, type: type)
            case .rules(let text):
                return try ICU.PluralRules(description: text, type: type)
            }
        } catch let error as ICUError {
            throw TranslateError(path: path, "cannot open plural rules for '\(language.tag)': \(error)")
        }
    }

    /// The collator for a language: ICU's, root's, or a borrowed language's as the registry says.
    public func collator(for tag: String, strength: ICU.Collator.Strength? = nil) throws -> ICU.Collator {
        var language = try resolve(tag: tag)
        for _ in 0..<8 {
            do {
                switch language.collation {
                case .cldr: return try ICU.Collator(locale: language.icuLocale, strength: strength)
                case .root: return try ICU.Collator(locale: ICU.Locale(identifier: "root"), strength: strength)
                case .like(let other): language = try resolve(tag: other)
                }
            } catch let error as ICUError {
                throw TranslateError(path: path, "cannot open a collator for '\(tag)': \(error)")
            }
        }
        throw TranslateError(path: path, "collation of '\(tag)' borrows in a circle")
    }
}
