import TranslateICU

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
    public let fixHint = "keep braces and keywords exactly as in the English and translate only the text between them; write an apostrophe before '{' as ’ (U+2019) or ''"
    public var examples: [CheckExample] {
        [
            .passing("ru", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}"),
            .passing("fr", "Welcome to {school}!", "Bienvenue à l’{school}\u{202F}!"),
            .passing("ja", "Hello, {name}.", "{name}さん、こんにちは。"),
            .failing("pl", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# plik} few {# pliki} other {# plików}", "MessageFormat"),
            .failing("es", "Hello, {name}.", "Hola, {nombre.", "MessageFormat"),
            .failing("fr", "Welcome to {school}!", "Bienvenue à l'{school}\u{202F}!", "apostrophe"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        // A source that does not parse is reported once, on the template; its translations are not judged.
        guard ICU.MessageFormat.validate(unit.source).accepted else { return [] }
        var findings = Self.syntax(unit.translation, locale: context.locale, target: .translation)
        if findings.isEmpty { findings += Self.quotingApostrophes(unit.translation, source: unit.source) }
        return findings
    }

    public func checkSource(_ entry: CatalogEntry) -> [Finding] {
        Self.syntax(entry.source, locale: ICU.Locale(identifier: "en"), target: .source)
    }

    static func syntax(_ text: String, locale: ICU.Locale, target: Finding.Target) -> [Finding] {
        let verdict = ICU.MessageFormat.validate(text, locale: locale)
        guard !verdict.accepted else { return [] }
        let what = target == .source ? "the English" : "the translation"
        // ICU says only "syntax error" for braces; name the brace that is not matched.
        if let (offset, message) = unbalancedBrace(text) {
            return [Finding("\(what) is not valid ICU MessageFormat: \(message)", target: target, at: offset)]
        }
        let offset = verdict.errorOffset.map { scalarOffset(ofUTF16: $0, in: text) } ?? 0
        let reason = Self.reasons[verdict.errorName ?? ""] ?? (verdict.errorName ?? "syntax error")
        return [Finding("\(what) is not valid ICU MessageFormat: \(reason)", target: target, at: offset)]
    }

    /// The first brace without a partner, skipping quoted text ('{' … ').
    static func unbalancedBrace(_ text: String) -> (Int, String)? {
        let s = Array(text.unicodeScalars)
        var open: [Int] = []
        var quoting = false
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "'" {
                if i + 1 < s.count, s[i + 1] == "'" { i += 2; continue }
                if quoting { quoting = false } else if i + 1 < s.count, "{}#|".unicodeScalars.contains(s[i + 1]) { quoting = true }
            } else if !quoting {
                if c == "{" { open.append(i) }
                else if c == "}" {
                    if open.popLast() == nil { return (i, "'}' has no matching '{'") }
                }
            }
            i += 1
        }
        if let first = open.first { return (first, "this '{' is never closed (\(open.count) unclosed)") }
        return nil
    }

    /// `'{` quotes the brace: the placeholder prints as text. Flag it when the English has no such quote.
    static func quotingApostrophes(_ text: String, source: String) -> [Finding] {
        guard !source.contains("'{") else { return [] }
        let s = Array(text.unicodeScalars)
        for i in 0..<max(s.count - 1, 0) where s[i] == "'" && s[i + 1] == "{" && (i == 0 || s[i - 1] != "'") {
            return [Finding("the apostrophe before '{' quotes it, so the placeholder prints literally", at: i,
                            notes: ["write the apostrophe as ’ (U+2019), or double it: ''{"])]
        }
        return []
    }

    static func scalarOffset(ofUTF16 offset: Int, in text: String) -> Int {
        let utf16 = text.utf16
        guard let index = utf16.index(utf16.startIndex, offsetBy: offset, limitedBy: utf16.endIndex) else { return text.unicodeScalars.count }
        let scalarIndex = index.samePosition(in: text.unicodeScalars) ?? index
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: scalarIndex)
    }

    static let reasons: [String: String] = [
        "U_UNMATCHED_BRACES": "unbalanced braces { }",
        "U_PATTERN_SYNTAX_ERROR": "syntax error",
        "U_ILLEGAL_ARGUMENT_ERROR": "an argument is malformed",
        "U_ARGUMENT_TYPE_MISMATCH": "an argument's type does not fit",
        "U_DEFAULT_KEYWORD_MISSING": "a plural or select has no 'other' case",
        "U_DUPLICATE_KEYWORD": "a plural or select case appears twice",
        "U_UNDEFINED_KEYWORD": "an unknown plural category",
        "U_MESSAGE_PARSE_ERROR": "cannot parse the message",
        "U_ILLEGAL_CHARACTER": "an illegal character",
        "U_UNSUPPORTED_ERROR": "an unsupported construct",
    ]
}

/// A check that also judges the English source, once, on the template (messages.pot).
public protocol SourceCheck {
    var id: String { get }
    func checkSource(_ entry: CatalogEntry) -> [Finding]
}
