import Foundation
import TranslateKit

extension FuzzTarget {
    /// languages.tsv: reading never crashes, every warning has a position, and every language read can be
    /// looked up by its tag.
    static let languages = FuzzTarget(name: "languages", maximumLength: 16_384) { data in
        guard let (text, _) = decodedText(data, path: "languages.tsv") else { return }
        let result = LanguageRegistry.parse(text, path: "Locales/languages.tsv")
        for warning in result.warnings {
            invariant(isValid(warning.position), "languages.tsv warning without a position: \(warning.formatted)")
        }
        for language in result.registry?.languages ?? [] {
            invariant(result.registry?.language(language.tag) != nil, "language \(language.tag) read but not found by its tag")
        }
    }
}
