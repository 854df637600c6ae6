/// The language a localized page is written in, with its direction from the language registry, and
/// the direction of every other language text on the page may be in (the English it falls back to,
/// a language of its fallback chain, a `lang` the source page sets), so that text is isolated.
///
/// Directions come from the registry, not from ICU's locale: ICU's likely script for Assyrian (`aii`)
/// is Cyrillic, the registry's is Syriac.
public struct PageLanguage: Sendable {
    /// BCP 47 tag written in `<html lang>`.
    public let tag: String
    public let direction: Language.Direction
    /// The language untranslated text is shown in (the project's source language).
    public let sourceTag: String
    private let registry: LanguageRegistry

    /// The page language for a registry language; `registry` answers for the other languages on the page.
    public init(_ language: Language, registry: LanguageRegistry, sourceTag: String = "en") {
        tag = language.tag
        direction = language.direction
        self.sourceTag = sourceTag
        self.registry = registry
    }

    /// The page language for a tag, as the registry has it (the built-in one unless given); a tag the
    /// registry lacks runs the way its likely script does.
    public init(tag: String, registry: LanguageRegistry = .builtIn(), sourceTag: String = "en") {
        let language = registry.language(tag)
        self.tag = tag
        direction = language?.direction ?? Self.scriptDirection(tag)
        self.sourceTag = sourceTag
        self.registry = registry
    }

    public var isRightToLeft: Bool { direction == .rtl }

    /// Which way text in another language runs: the registry's direction, else its likely script's.
    public func direction(of other: String) -> Language.Direction {
        if other.caseInsensitiveCompare(tag) == .orderedSame { return direction }
        return registry.language(other)?.direction ?? Self.scriptDirection(other)
    }

    /// The `dir` an element holding text in `other` needs on this page: nil when it runs the page's way.
    public func isolation(for other: String) -> Language.Direction? {
        let found = direction(of: other)
        return found == direction ? nil : found
    }

    static func scriptDirection(_ tag: String) -> Language.Direction {
        PageRenderer.isRightToLeft(tag) ? .rtl : .ltr
    }
}
