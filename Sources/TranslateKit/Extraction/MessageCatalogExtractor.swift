import Foundation
import TranslateICU

/// Reads a web app's JSON message catalog: keys to ICU MessageFormat strings. Nested objects are
/// flattened with dots (`{"nav": {"home": …}}` → `nav.home`); the key is the entry's key.
public enum MessageCatalogExtractor {
    /// Messages of a JSON catalog, and problems (malformed JSON, invalid ICU, non-string values).
    public static func extract(_ text: String, path: String) -> (units: [ExtractedUnit], diagnostics: [Diagnostic]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        } catch {
            // Foundation says "around character 2561"; our own JSON reader gives the line and column.
            do { _ = try JSONValue.parse(text, path: path) } catch let positioned as TranslateError {
                return (
                    [],
                    [
                        Diagnostic(
                            severity: .error, path: path, position: positioned.position, check: "extract",
                            message: "malformed JSON: \(positioned.message)", notes: positioned.hint.map { [$0] } ?? [])
                    ]
                )
            } catch {}
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error.localizedDescription)"
            return ([], [Diagnostic(severity: .error, path: path, check: "extract", message: "malformed JSON: \(detail)")])
        }
        guard let root = object as? [String: Any] else {
            return ([], [Diagnostic(severity: .error, path: path, check: "extract", message: "a message catalog must be a JSON object of keys to messages")])
        }
        var units: [ExtractedUnit] = []
        var diagnostics: [Diagnostic] = []
        func walk(_ value: Any, key: String) {
            if let object = value as? [String: Any] {
                for name in object.keys.sorted() { walk(object[name]!, key: key.isEmpty ? name : key + "." + name) }
            } else if let message = value as? String {
                let verdict = ICU.MessageFormat.validate(message)
                if !verdict.accepted {
                    diagnostics.append(
                        Diagnostic(
                            severity: .error, path: path, check: "extract", key: key,
                            message:
                                "'\(key)' is not a valid ICU message (\(verdict.errorName ?? "error")\(verdict.errorOffset.map { " at offset \($0)" } ?? ""))",
                            notes: ["quote literal braces as '{' and '}', and double apostrophes"]))
                    return
                }
                let words = WordCount.of(message)
                units.append(ExtractedUnit(key: key, source: message, references: [path], notes: ["app message"], wordCount: words))
            } else {
                diagnostics.append(
                    Diagnostic(
                        severity: .warning, path: path, check: "extract", key: key,
                        message: "'\(key)' is not a string; skipped"))
            }
        }
        walk(root, key: "")
        return (units, diagnostics)
    }
}
