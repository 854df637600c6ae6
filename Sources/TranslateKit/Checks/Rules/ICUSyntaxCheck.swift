/// Sources and translations must be valid ICU MessageFormat.
public struct ICUSyntaxCheck: Check, SourceCheck {
    public init() {}
    public let id = "icu-syntax"
    public let name = "ICU MessageFormat syntax"
    public let summary = "the source or the translation is not valid ICU MessageFormat (unbalanced braces, bad plural syntax, a quoting apostrophe)"
    public let rationale = """
        A message that does not parse is shown to families as raw code ("{count, plural, one {…") or not at all. \
        An apostrophe right before '{' starts a quotation in MessageFormat, so the placeholder after it prints \
        literally — a common trap in French and Italian (l'{school}).
        """
    public let severity = Severity.error
    public let fixHint =
        "keep braces and keywords exactly as in the English and translate only the text between them; write an apostrophe before '{' as ’ (U+2019) or ''"
    public var examples: [CheckExample] {
        [
            .passing("ru", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}"),
            .passing("fr", "Welcome to {school}!", "Bienvenue à l’{school}\u{202F}!"),
            .passing("ja", "Hello, {name}.", "{name}さん、こんにちは。"),
            .failing("pl", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# plik} few {# pliki} other {# plików}", "MessageFormat"),
            .failing("es", "Hello, {name}.", "Hola, {nombre.", "MessageFormat"),
            .failing("fr", "Welcome to {school}!", "Bienvenue à l'{school}\u{202F}!", "apostrophe"),
            .failing(
                "es", "{count, plural, one {# file} other {# files}}", "{count, plural, uno {# archivo} other {# archivos}}", "'uno' is not a plural category"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        // A source that does not parse is reported once, on the template; its translations are not judged.
        guard unit.source.contains("{") || unit.translation.contains("{") || unit.translation.contains("}") || unit.translation.contains("'") else { return [] }
        guard unit.parsed(.source).isValid else { return [] }
        var findings = Self.syntax(unit.translation, unit.parsed(.translation), target: .translation)
        if !findings.contains(where: { $0.severity != .warning }) { findings += Self.quotingApostrophes(unit.translation, source: unit.source) }
        return findings
    }

    public func checkSource(_ entry: CatalogEntry) -> [Finding] {
        Self.syntax(entry.source, MessageFormatParser.parse(entry.source), target: .source)
    }

    /// The parser's first error (ICU stops at one), or its warnings (cases ICU accepts that will not work as meant).
    static func syntax(_ text: String, _ result: MessageParseResult, target: Finding.Target) -> [Finding] {
        let what = target == .source ? "the English" : "the translation"
        if let error = result.errors.first {
            // A plural or select without 'other' belongs to plural-categories and select-other, which name the argument.
            if target == .translation, !MessageOutline.branchesMissingOther(text).isEmpty, result.errors.allSatisfy({ $0.message.contains("'other'") }) {
                return []
            }
            // The parser names the problem at its column; for braces its wording counts columns inside the
            // message, which reads wrongly next to a file position, so say it plainly.
            if error.icuErrorName == "U_UNMATCHED_BRACES", let (offset, message) = unbalancedBrace(text) {
                return [Finding("\(what) is not valid ICU MessageFormat: \(message)", target: target, at: offset)]
            }
            return [Finding("\(what) is not valid ICU MessageFormat: \(error.message)", target: target, at: error.offset)]
        }
        return result.warnings.map { Finding("\(what): \($0.message)", severity: .warning, target: target, at: $0.offset) }
    }

    /// The first brace without a partner, skipping quoted text ('{' … ').
    static func unbalancedBrace(_ text: String) -> (Int, String)? {
        var open: [Int] = []
        var stray: Int?
        MessageFormatBraces.forEachUnquoted(in: Array(text.unicodeScalars)) { i, brace in
            if brace == "{" {
                open.append(i)
            } else if open.popLast() == nil {
                stray = i
                return false
            }
            return true
        }
        if let stray { return (stray, "'}' has no matching '{'") }
        if let first = open.first { return (first, "this '{' is never closed (\(open.count) unclosed)") }
        return nil
    }

    /// `'{` quotes the brace: the placeholder prints as text. Flag it when the English has no such quote.
    static func quotingApostrophes(_ text: String, source: String) -> [Finding] {
        guard !source.contains("'{") else { return [] }
        let s = Array(text.unicodeScalars)
        for i in 0..<max(s.count - 1, 0) where s[i] == "'" && s[i + 1] == "{" && (i == 0 || s[i - 1] != "'") {
            return [
                Finding(
                    "the apostrophe before '{' quotes it, so the placeholder prints literally", at: i,
                    notes: ["write the apostrophe as ’ (U+2019), or double it: ''{"])
            ]
        }
        return []
    }
}
