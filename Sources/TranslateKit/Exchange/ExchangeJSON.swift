import Foundation

/// A flat JSON object, key → ICU message, for apps and scripts: export holds translated entries only, keys sorted;
/// import sets each message as translated.
public enum ExchangeJSON {
    /// The translated units as a JSON object with sorted keys, two-space indented, one member per line.
    public static func write(_ document: ExchangeDocument) -> String {
        let members = document.units.filter { $0.state == .translated && !$0.target.isEmpty }
            .sorted { Array($0.key.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.key.unicodeScalars.map(\.value)) }
        guard !members.isEmpty else { return "{}\n" }
        // JSONString also escapes U+2028/2029, which end a line in JavaScript, where these files are often loaded.
        return "{\n" + members.map { "  \(JSONString.literal($0.key)): \(JSONString.literal($0.target))" }.joined(separator: ",\n") + "\n}\n"
    }

    /// Reads a flat object of strings; anything else (nested objects, numbers) is an error with its position.
    public static func read(_ text: String, path: String) throws -> ExchangeDocument {
        let root = try JSONValue.parse(text, path: path)
        guard let members = root.members else {
            throw TranslateError(path: path, position: root.position, "expected an object of key → message, found \(root.value.kindName)")
        }
        var units: [ExchangeUnit] = []
        for member in members {
            guard let value = member.value.string else {
                throw TranslateError(
                    path: path, position: member.value.position, "the value of '\(member.key)' is \(member.value.value.kindName), not a string",
                    hint: "the file must be flat: \"key\": \"translated message\"")
            }
            units.append(ExchangeUnit(key: member.key, source: nil, target: value, state: .translated, position: member.keyPosition))
        }
        return ExchangeDocument(targetLanguage: nil, units: units)
    }
}
