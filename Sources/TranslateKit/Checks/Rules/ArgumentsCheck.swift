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
            .passing(
                "pl", "{count, plural, one {# form} other {{count, number} forms}}",
                "{count, plural, one {# formularz} few {{count, number} formularze} many {{count, number} formularzy} other {{count, number} formularza}}"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.source.contains("{") || unit.translation.contains("{"),
            let source = unit.outline(.source), let translation = unit.outline(.translation)
        else { return [] }
        var findings: [Finding] = []
        // An argument may be used with several types in one message ({count, plural, …} as the
        // selector and {count, number} inside a branch): every type the English uses is allowed.
        var sourceTypes: [String: [String]] = [:]
        for argument in source.arguments {
            let type = argument.type ?? "text"
            if !(sourceTypes[argument.name]?.contains(type) ?? false) { sourceTypes[argument.name, default: []].append(type) }
        }
        var seen: Set<String> = []
        for argument in translation.arguments {
            let type = argument.type ?? "text"
            guard let expected = sourceTypes[argument.name] else {
                if seen.insert(argument.name).inserted {
                    let suggestion = sourceTypes.keys.filter { name in !translation.arguments.contains { $0.name == name } }.sorted()
                    findings.append(
                        Finding(
                            "{\(argument.name)} is not in the English" + (suggestion.isEmpty ? "" : "; did you mean {\(suggestion[0])}?"),
                            at: argument.nameOffset, length: argument.name.unicodeScalars.count))
                }
                continue
            }
            if !expected.contains(type), seen.insert("type:" + argument.name).inserted {
                let english = expected.map { "'\($0)'" }.joined(separator: " or ")
                findings.append(
                    Finding(
                        "{\(argument.name)} has type '\(type)' here but \(english) in the English",
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
