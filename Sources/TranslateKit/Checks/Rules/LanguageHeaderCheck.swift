import Foundation
import TranslateICU

/// The header's Language field must name the language of the file name; a header msgfmt -c
/// refuses (none at all, an invalid Plural-Forms, msgid_plural without Plural-Forms) is an error.
public struct LanguageHeaderCheck: CatalogCheck {
    public init() {}
    public let id = "language-header"
    public let name = "Language header"
    public let summary =
        "the header is missing, its Language: field is missing or names another language than the file name, or its Plural-Forms is one msgfmt -c refuses"
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
            CheckExample(
                "pl", source: "Home", translation: "Strona główna",
                header: ["Language": "pl", "Plural-Forms": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"]),
            CheckExample(
                "fr", source: "Home", translation: "Accueil", expected: "Plural-Forms",
                header: ["Language": "fr", "Plural-Forms": "nplurals=2; plural=n>1 ? 0;"]),
        ]
    }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        let position = file.catalog.header?.location?.start ?? TextPosition(line: 1, column: 1)
        guard file.catalog.header != nil else {
            return [
                CatalogFinding(
                    "the catalog has no header entry (msgid \"\"); msgfmt -c refuses to compile it", position: position,
                    notes: ["start the file with: msgid \"\" msgstr \"Language: \(file.language)\\nContent-Type: text/plain; charset=UTF-8\\n\""])
            ]
        }
        if let forms = file.catalog.headerField("Plural-Forms") {
            if !PluralFormsHeader.isValid(forms) {
                return [
                    CatalogFinding(
                        "the header's Plural-Forms '\(forms)' is not a valid gettext plural expression; msgfmt -c refuses to compile the catalog",
                        position: position)
                ]
            }
        } else if file.catalog.entries.contains(where: { !$0.isObsolete && $0.sourcePlural != nil }) {
            return [
                CatalogFinding("the catalog has msgid_plural entries but the header has no Plural-Forms; msgfmt -c refuses to compile it", position: position)
            ]
        }
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
            var place = position
            if let header = file.catalog.header, let range = header.translation.range(of: "Language:"),
                let mapped = header.location?.translationMap?.position(
                    ofScalarOffset: header.translation.unicodeScalars.distance(from: header.translation.unicodeScalars.startIndex, to: range.lowerBound))
            {
                place = mapped
            }
            return [CatalogFinding("the header says '\(value)' but the file is named for '\(file.language)'", position: place)]
        }
        return []
    }
}
