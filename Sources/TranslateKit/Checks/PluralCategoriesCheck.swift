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
    numbers (French 'many' at 1,000,000) is a warning; a category the language never uses is dead text.
    """
    public let severity = Severity.error
    public let fixHint = "give the plural one case per category the language uses (see the numbers in the message); remove cases it never uses"
    public var examples: [CheckExample] {
        [
            .passing("ar", "{count, plural, one {# file} other {# files}}",
                     "{count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}"),
            .passing("ja", "{count, plural, one {# file} other {# files}}", "{count, plural, other {#個のファイル}}"),
            .passing("ru", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}"),
            .passing("zh", "{count, plural, =0 {No files} one {# file} other {# files}}", "{count, plural, =0 {没有文件} other {# 个文件}}"),
            .passing("es", "{place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", "{place, selectordinal, other {#.º}}"),
            .failing("pl", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# plik} other {# plików}}", "missing 'few' (used for 2, 3, 4, 22, 23"),
            .failing("cy", "{count, plural, one {# child} other {# children}}", "{count, plural, one {# plentyn} other {# plant}}", "missing 'zero'"),
            .failing("fr", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# fichier} other {# fichiers}}", "missing 'many'"),
            .failing("es", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# archivo} few {# archivos} many {# de archivos} other {# archivos}}", "never uses 'few'"),
            .failing("ru", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# файл} few {# файла} many {# файлов}}", "missing 'other'"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.translation.contains("{") else { return [] }
        guard let outline = MessageOutline.parse(unit.translation) else {
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
                findings.append(Finding("missing 'other' in the \(kind) {\(argument.name)}: every plural needs it", severity: .error, at: argument.nameOffset, length: argument.name.unicodeScalars.count))
            }
            for category in categories where category != .other && !keys.contains(category.rawValue) {
                let integers = rules.integerSamples[category] ?? []
                // '=0' can stand in for Arabic or Welsh 'zero' when it covers every number the category gets.
                if !integers.isEmpty && integers.allSatisfy(explicit.contains) { continue }
                let samples = rules.samples(for: category)
                let list = samples.joined(separator: ", ") + (samples.count >= 5 ? "…" : "")
                switch reach[category] ?? .never {
                case .integers:
                    findings.append(Finding("missing '\(category.rawValue)' (used for \(list); \(source)) in the \(kind) {\(argument.name)}",
                                            severity: .error, at: argument.nameOffset, length: argument.name.unicodeScalars.count))
                case .decimalsOrLarge:
                    findings.append(Finding("missing '\(category.rawValue)' (used only for decimals or large numbers: \(list); \(source)) in the \(kind) {\(argument.name)}",
                                            severity: .warning, at: argument.nameOffset, length: argument.name.unicodeScalars.count))
                case .never:
                    break
                }
            }
            let used = Set(categories.map(\.rawValue))
            for (key, offset) in argument.keys where !key.hasPrefix("=") && !used.contains(key) {
                let known = ICU.PluralCategory(rawValue: key) != nil
                let what = known ? "\(context.languageTag) never uses '\(key)'" : "'\(key)' is not a plural category"
                findings.append(Finding("\(what) in a \(kind) (its categories: \(categories.map(\.rawValue).joined(separator: ", ")); \(source))",
                                        severity: .warning, at: offset, length: key.unicodeScalars.count))
            }
        }
        return findings
    }

    private func provenance(_ context: CheckContext, _ type: ICU.PluralType) -> String {
        if let language = context.registered, case .cldr = language.ruleSource(type) {} else if context.registered != nil {
            return "the language registry's rules"
        }
        return "CLDR \(ICU.cldrVersion.split(separator: ".").first ?? "")"
    }
}

/// Every select needs an 'other' case.
public struct SelectOtherCheck: Check {
    public init() {}
    public let id = "select-other"
    public let name = "Select without other"
    public let summary = "a select has no 'other' case"
    public let rationale = """
    A select picks text by a value (a gender, a role, a school level). Without 'other', any value the \
    translation does not list shows nothing — or the raw message — to the family.
    """
    public let severity = Severity.error
    public let fixHint = "add an 'other' case, usually a copy of the most neutral case"
    public var examples: [CheckExample] {
        [
            .passing("es", "{role, select, parent {Parent} other {Guardian}}", "{role, select, parent {Madre o padre} other {Tutor}}"),
            .failing("es", "{role, select, parent {Parent} other {Guardian}}", "{role, select, parent {Madre o padre} guardian {Tutor}}", "no 'other'"),
            .failing("ar", "{role, select, parent {Parent} other {Guardian}}", "{role, select, parent {ولي الأمر}}", "no 'other'"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.translation.contains("{") else { return [] }
        // The parser rejects a select without 'other', so the scan that tolerates it decides.
        return MessageOutline.branchesMissingOther(unit.translation).filter { $0.type == "select" }.map {
            Finding("the select {\($0.name)} has no 'other' case", at: $0.offset, length: $0.name.unicodeScalars.count)
        }
    }
}

/// The translation uses the same arguments as the source, with the same types.
public struct ArgumentsCheck: Check {
    public init() {}
    public let id = "arguments"
    public let name = "Arguments"
    public let summary = "a placeholder of the source is missing from the translation, renamed, invented, or used with another type"
    public let rationale = """
    Placeholders are filled by the program: {name} becomes the student's name. A translated placeholder \
    ({nombre}) is never filled and prints as is; a lost one drops the date or the amount from the message.
    """
    public let severity = Severity.error
    public let fixHint = "copy each {placeholder} from the English unchanged; translate only the words around it"
    public var examples: [CheckExample] {
        [
            .passing("es", "Hello, {name}.", "Hola, {name}."),
            .passing("ja", "{name} has {count, plural, one {# message} other {# messages}}.", "{name}さんには{count, plural, other {#件のメッセージ}}があります。"),
            .passing("ar", "Due {date, date, long}", "الموعد {date, date, long}"),
            .failing("es", "Hello, {name}.", "Hola, {nombre}.", "{nombre} is not in the English"),
            .failing("pl", "Pick up {student} at {time}.", "Odbierz {student}.", "{time} is missing"),
            .failing("ru", "Total: {amount, number, currency}", "Итого: {amount}", "type"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.source.contains("{") || unit.translation.contains("{"),
              let source = MessageOutline.parse(unit.source), let translation = MessageOutline.parse(unit.translation) else { return [] }
        var findings: [Finding] = []
        var sourceTypes: [String: String] = [:]
        for argument in source.arguments where sourceTypes[argument.name] == nil { sourceTypes[argument.name] = argument.type ?? "text" }
        var seen: Set<String> = []
        for argument in translation.arguments {
            let type = argument.type ?? "text"
            guard let expected = sourceTypes[argument.name] else {
                if seen.insert(argument.name).inserted {
                    let suggestion = sourceTypes.keys.filter { name in !translation.arguments.contains { $0.name == name } }.sorted()
                    findings.append(Finding("{\(argument.name)} is not in the English" + (suggestion.isEmpty ? "" : "; did you mean {\(suggestion[0])}?"),
                                            at: argument.nameOffset, length: argument.name.unicodeScalars.count))
                }
                continue
            }
            if expected != type, seen.insert("type:" + argument.name).inserted {
                findings.append(Finding("{\(argument.name)} has type '\(type)' here but '\(expected)' in the English",
                                        at: argument.nameOffset, length: argument.name.unicodeScalars.count))
            }
        }
        let translated = Set(translation.arguments.map(\.name))
        for name in source.arguments.map(\.name) where !translated.contains(name) && seen.insert("missing:" + name).inserted {
            findings.append(Finding("{\(name)} is missing from the translation"))
        }
        return findings
    }
}

/// Numbered markup tags (<1>…</1>, <2/>) match the source and nest properly.
public struct MarkupCheck: Check {
    public init() {}
    public let id = "markup"
    public let name = "Markup tags"
    public let summary = "numbered tags <1>…</1>, <2/> differ from the source, or are unbalanced or badly nested"
    public let rationale = """
    Numbered tags stand for links and bold text in the page. A lost <1> loses the link to the form; an \
    unclosed or crossed tag breaks the page around the message.
    """
    public let severity = Severity.error
    public let fixHint = "keep every numbered tag of the English, each opened and closed around the words it marks, inner tags closed first"
    public var examples: [CheckExample] {
        [
            .passing("es", "Read the <1>guide</1>.", "Lea la <1>guía</1>."),
            .passing("ja", "<1>Sign in</1> to see <2>grades</2>.", "<2>成績</2>を見るには<1>ログイン</1>してください。"),
            .passing("ar", "Line one<1/>Line two", "السطر الأول<1/>السطر الثاني"),
            .failing("pl", "Read the <1>guide</1>.", "Przeczytaj przewodnik.", "<1> is missing"),
            .failing("ru", "Read the <1>guide</1>.", "Прочитайте <1>руководство.", "never closed"),
            .failing("cy", "<1>Read <2>this</2></1>", "<1>Darllenwch <2>hwn</1></2>", "closes"),
            .failing("zh", "Read the <1>guide</1>.", "阅读<1>指南</1><3/>。", "<3/> is not in the English"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.source.contains("<") || unit.translation.contains("<"),
              let source = MessageOutline.parse(unit.source), let translation = MessageOutline.parse(unit.translation) else { return [] }
        var findings: [Finding] = []
        var stack: [MessageOutline.Tag] = []
        for tag in translation.tags {
            switch tag.kind {
            case .open: stack.append(tag)
            case .selfClosing: break
            case .close:
                if let top = stack.last, top.number == tag.number { stack.removeLast() }
                else if let top = stack.last {
                    findings.append(Finding("</\(tag.number)> closes <\(top.number)>: close inner tags first", at: tag.offset))
                    if let index = stack.lastIndex(where: { $0.number == tag.number }) { stack.remove(at: index) }
                } else {
                    findings.append(Finding("</\(tag.number)> has no opening <\(tag.number)>", at: tag.offset))
                }
            }
        }
        for open in stack { findings.append(Finding("<\(open.number)> is never closed", at: open.offset)) }
        func shape(_ tags: [MessageOutline.Tag]) -> Set<String> {
            Set(tags.map { $0.kind == .selfClosing ? "<\($0.number)/>" : "<\($0.number)>" })
        }
        let wanted = shape(source.tags), got = shape(translation.tags)
        for tag in wanted.subtracting(got).sorted() { findings.append(Finding("\(tag) is missing from the translation")) }
        for tag in got.subtracting(wanted).sorted() {
            let offset = translation.tags.first { ($0.kind == .selfClosing ? "<\($0.number)/>" : "<\($0.number)>") == tag }?.offset ?? 0
            findings.append(Finding("\(tag) is not in the English", at: offset))
        }
        return findings
    }
}
