import Foundation
import TranslateICU

/// The header's Language field must name the language of the file name.
public struct LanguageHeaderCheck: CatalogCheck {
    public init() {}
    public let id = "language-header"
    public let name = "Language header"
    public let summary = "the header's Language: field is missing or names another language than the file name"
    public let rationale = """
    Tools that compile PO files (msgfmt, Weblate, Poedit) take plural rules and the language from the header; \
    a file named pl.po with 'Language: ru' was probably copied without being edited.
    """
    public let severity = Severity.error
    public let fixHint = "set the header line to \"Language: <tag>\\n\" with the tag of the file name"
    public var examples: [CheckExample] {
        [
            CheckExample("pl", source: "Home", translation: "Strona główna", header: ["Language": "pl"]),
            CheckExample("pt-BR", source: "Home", translation: "Início", header: ["Language": "pt_BR"]),
            CheckExample("zh-Hans", source: "Home", translation: "首页", header: ["Language": "zh_CN"]),
            CheckExample("sr-Latn", source: "Home", translation: "Početna", header: ["Language": "sr@latin"]),
            CheckExample("sr", source: "Home", translation: "Почетна", expected: "says 'sr@latin'", header: ["Language": "sr@latin"]),
            CheckExample("pl", source: "Home", translation: "Strona główna", expected: "says 'ru'", header: ["Language": "ru"]),
            CheckExample("cy", source: "Home", translation: "Hafan", expected: "no Language", header: ["Project-Id-Version": "district"]),
        ]
    }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        let position = file.catalog.header?.location?.start ?? TextPosition(line: 1, column: 1)
        guard let value = file.catalog.headerField("Language"), !value.isEmpty else {
            return [CatalogFinding("the header has no Language field", severity: .warning, position: position)]
        }
        // gettext writes sr@latin and zh_CN; compare with likely subtags added (zh-CN and zh-Hans are both zh-Hans-CN).
        let normalized = value.replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: "@latin", with: "-Latn").replacingOccurrences(of: "@cyrillic", with: "-Cyrl")
        let canonical = { (tag: String) -> String in
            guard let locale = try? ICU.Locale(tag: tag) else { return tag.lowercased() }
            let full = locale.addingLikelySubtags()
            return "\(full.language)-\(full.explicitScript)".lowercased()
        }
        if canonical(normalized) != canonical(file.language) {
            var where_ = position
            if let header = file.catalog.header, let range = header.translation.range(of: "Language:"),
               let mapped = header.location?.translationMap?.position(ofScalarOffset: header.translation.unicodeScalars.distance(from: header.translation.unicodeScalars.startIndex, to: range.lowerBound)) {
                where_ = mapped
            }
            return [CatalogFinding("the header says '\(value)' but the file is named for '\(file.language)'", position: where_)]
        }
        return []
    }
}
