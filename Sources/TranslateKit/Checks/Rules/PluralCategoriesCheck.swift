import TranslateICU

/// Plural and selectordinal cases must match the target language's CLDR plural categories.
public struct PluralCategoriesCheck: Check {
    public init() {}
    public let id = "plural-categories"
    public let name = "Plural categories"
    public let summary = "a plural or selectordinal lacks a case the target language needs, or has one it never uses"
    public let rationale = """
        Languages group numbers differently: Polish says 1 plik, 2 pliki, 5 plików; Arabic has six forms; Japanese one. \
        A translation that keeps only English's 'one' and 'other' shows the wrong form for most numbers. A missing \
        category that every count reaches (integers 0–999) is an error; one reached only by decimals or large round \
        numbers (French 'many' at 1,000,000) is a warning; a category the language never uses is dead text. Where the \
        registry states rules of its own that no list of exact numbers spells (not 'one: n = 1'), the build cannot turn \
        'one' into '=1' and no stock runtime has the rules: the check warns what the family will see instead.
        """
    public let severity = Severity.error
    public let fixHint = "give the plural one case per category the language uses (see the numbers in the message); remove cases it never uses"
    public var examples: [CheckExample] {
        [
            .passing(
                "ar", "{count, plural, one {# file} other {# files}}",
                "{count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}"),
            .passing("ja", "{count, plural, one {# file} other {# files}}", "{count, plural, other {#個のファイル}}"),
            .passing("ru", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}"),
            .passing("zh", "{count, plural, =0 {No files} one {# file} other {# files}}", "{count, plural, =0 {没有文件} other {# 个文件}}"),
            .passing("es", "{place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", "{place, selectordinal, other {#.º}}"),
            .failing(
                "pl", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# plik} other {# plików}}",
                "missing 'few' (used for 2, 3, 4, 22, 23"),
            .failing("cy", "{count, plural, one {# child} other {# children}}", "{count, plural, one {# plentyn} other {# plant}}", "missing 'zero'"),
            .failing("fr", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# fichier} other {# fichiers}}", "missing 'many'"),
            .failing(
                "es", "{count, plural, one {# file} other {# files}}",
                "{count, plural, one {# archivo} few {# archivos} many {# de archivos} other {# archivos}}", "never uses 'few'"),
            .failing("ru", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# файл} few {# файла} many {# файлов}}", "missing 'other'"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.translation.contains("{") else { return [] }
        guard let outline = unit.outline(.translation) else {
            return MessageOutline.branchesMissingOther(unit.translation).filter { $0.type != "select" }.map {
                Finding("missing 'other' in the \($0.type) {\($0.name)}: every plural needs it", at: $0.offset, length: $0.name.unicodeScalars.count)
            }
        }
        var findings: [Finding] = []
        for argument in outline.arguments where argument.type == "plural" || argument.type == "selectordinal" {
            let ordinal = argument.type == "selectordinal"
            guard let rules = ordinal ? context.ordinalRules : context.cardinalRules else { continue }
            let source = provenance(context, ordinal ? .ordinal : .cardinal)
            let categories = rules.categories
            let reach = rules.reach()
            let keys = Set(argument.keys.map(\.key))
            let explicit = Set(argument.keys.compactMap { $0.key.hasPrefix("=") ? Int($0.key.dropFirst()) : nil })
            let kind = ordinal ? "selectordinal" : "plural"
            if !keys.contains("other") {
                findings.append(
                    Finding(
                        "missing 'other' in the \(kind) {\(argument.name)}: every plural needs it", severity: .error, at: argument.nameOffset,
                        length: argument.name.unicodeScalars.count))
            }
            for category in categories where category != .other && !keys.contains(category.rawValue) {
                let integers = rules.integerSamples[category] ?? []
                // '=0' can stand in for Arabic or Welsh 'zero' when it covers every number the category gets.
                if !integers.isEmpty && integers.allSatisfy(explicit.contains) { continue }
                let samples = rules.samples(for: category)
                let list = samples.joined(separator: ", ") + (samples.count >= 5 ? "…" : "")
                switch reach[category] ?? .never {
                case .integers:
                    findings.append(
                        Finding(
                            "missing '\(category.rawValue)' (used for \(list); \(source)) in the \(kind) {\(argument.name)}",
                            severity: .error, at: argument.nameOffset, length: argument.name.unicodeScalars.count))
                case .decimalsOrLarge:
                    findings.append(
                        Finding(
                            "missing '\(category.rawValue)' (used only for decimals or large numbers: \(list); \(source)) in the \(kind) {\(argument.name)}",
                            severity: .warning, at: argument.nameOffset, length: argument.name.unicodeScalars.count))
                case .never:
                    break
                }
            }
            if let note = unspellableNote(argument.keys.map(\.key), context, ordinal ? .ordinal : .cardinal) {
                findings.append(
                    Finding(
                        "\(note) in the \(kind) {\(argument.name)}", severity: .warning, at: argument.nameOffset, length: argument.name.unicodeScalars.count))
            }
            let used = Set(categories.map(\.rawValue))
            // Names that are no category at all ('uno') are icu-syntax's warning.
            for (key, offset) in argument.keys where !key.hasPrefix("=") && !used.contains(key) && ICU.PluralCategory(rawValue: key) != nil {
                findings.append(
                    Finding(
                        "\(context.languageTag) never uses '\(key)' in a \(kind) (its categories: \(categories.map(\.rawValue).joined(separator: ", ")); \(source))",
                        severity: .warning, at: offset, length: key.unicodeScalars.count))
            }
        }
        return findings
    }

    /// What a stock runtime shows when the registry states rules of its own (no 'like') that no list of `=N`
    /// branches spells: the build cannot compile the plural, and ICU knows no rules for the tag.
    private func unspellableNote(_ keys: [String], _ context: CheckContext, _ type: ICU.PluralType) -> String? {
        guard let language = context.registered, case .rules(let text) = language.ruleSource(type),
            let syntax = PluralRuleSyntax(text)
        else { return nil }
        let loose = keys.compactMap(ICU.PluralCategory.init(rawValue:)).filter { $0 != .other && syntax.finiteValues(of: $0) == nil }
        guard let first = loose.first else { return nil }
        return "'\(first.rawValue)' follows the registry's rule '\(text)', which no stock runtime has for '\(language.tag)' "
            + "and no '=N' branches can spell: ICU shows 'other' for every number, FormatJS its default locale's choice"
    }

    private func provenance(_ context: CheckContext, _ type: ICU.PluralType) -> String {
        if let language = context.registered, case .cldr = language.ruleSource(type) {
        } else if context.registered != nil {
            return "the language registry's rules"
        }
        return "CLDR \(ICU.cldrVersion.split(separator: ".").first ?? "")"
    }
}
