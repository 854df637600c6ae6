/// Ending punctuation that differs from the source, judged by the target script's own marks,
/// and French spacing before two-part punctuation.
public struct PunctuationCheck: Check {
    public init() {}
    public let id = "punctuation"
    public let name = "Punctuation"
    public let summary = "the ending punctuation differs from the source (script-aware), or French lacks a no-break space before ; : ! ?"
    public let rationale = """
        A question that ends with a full stop reads as a statement, and a sentence that loses its full stop \
        looks cut off. Scripts have their own marks — Arabic ؟ and ، , Chinese and Japanese 。！？, Hindi ।, \
        Armenian ։, Amharic ።, Greek ; for a question — so the check compares the kind of mark, not the character. \
        French typography puts a (narrow) no-break space before ; : ! and ? so the mark never wraps to a new line.
        """
    public let severity = Severity.warning
    public let fixHint = "end the translation with the same kind of mark as the English, written the way the language writes it"
    public var examples: [CheckExample] {
        [
            .passing("ar", "Are you coming?", "هل ستأتي؟"),
            .passing("ja", "The school is closed.", "学校は休校です。"),
            .passing("zh", "Welcome!", "欢迎！"),
            .passing("el", "Are you coming?", "Θα έρθεις;"),
            .passing("am", "The school is closed.", "ትምህርት ቤቱ ተዘግቷል።"),
            .passing("hi", "The school is closed.", "विद्यालय बंद है।"),
            .passing("fr", "Are you coming?", "Vous venez\u{202F}?"),
            .passing("es", "Are you coming?", "¿Vienes?"),
            .failing("ar", "Are you coming?", "هل ستأتي?", "'؟'"),
            .failing("ru", "Are you coming?", "Вы придёте.", "question"),
            .failing("pl", "Register now.", "Zarejestruj się teraz", "full stop"),
            .failing("ja", "The school is closed.", "学校は休校です.", "'。'"),
            .failing("fr", "Are you coming?", "Vous venez ?", "no-break space"),
            .failing("fr", "Note: bring a lunch.", "Remarque: apportez un repas.", "no-break space"),
            .failing("es", "Are you coming?", "Vienes?", "¿"),
            .failing("cy", "Welcome", "Croeso!", "the English has none"),
        ]
    }

    enum Kind: String { case fullStop = "full stop", question = "question mark", exclamation = "exclamation mark", colon, semicolon, ellipsis, comma }

    static func kind(of scalar: Unicode.Scalar) -> Kind? {
        switch scalar {
        case ".", "。", "．", "।", "॥", "։", "።", "۔", "။", "។", "།", "܂": return .fullStop
        case "?", "؟", "？", "\u{37E}", "፧", "՞", "⸮": return .question
        case "!", "！", "՜", "߹": return .exclamation
        case ":", "：", "፥", "፦": return .colon
        case ";", "；", "؛", "፤": return .semicolon
        case "…", "⋯": return .ellipsis
        case ",", "，", "、", "،", "፣", "՝": return .comma
        default: return nil
        }
    }

    /// The mark a language writes for a kind, when it differs from the Latin one.
    static func preferred(_ kind: Kind, language: String, script: String?) -> [Unicode.Scalar]? {
        switch (kind, language, script) {
        case (.question, _, "Arab"): return ["؟"]
        case (.comma, _, "Arab"): return ["،"]
        case (.semicolon, _, "Arab"): return ["؛"]
        case (.fullStop, "ur", _): return ["۔", "."]
        case (.fullStop, "ja", _), (.fullStop, "zh", _): return ["。"]
        case (.question, "ja", _): return ["？", "?", "。"]
        case (.question, "zh", _): return ["？", "?"]
        case (.exclamation, "ja", _), (.exclamation, "zh", _): return ["！", "!"]
        case (.fullStop, "hi", _), (.fullStop, "ne", _), (.fullStop, "bn", _): return ["।"]
        case (.fullStop, "hy", _): return ["։"]
        case (.fullStop, "am", _), (.fullStop, "ti", _): return ["።"]
        case (.question, "am", _), (.question, "ti", _): return ["፧", "?"]
        case (.fullStop, "my", _): return ["။"]
        case (.fullStop, "km", _): return ["។"]
        case (.fullStop, "bo", _): return ["།"]
        case (.question, "el", _): return [";", "\u{37E}"]
        default: return nil
        }
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", "」", "』", ")", "）", "]", "›", "\u{2069}", "\u{200F}", "\u{200E}"]

    /// The ending mark and its offset, looking past white space and closing quotes or brackets.
    static func ending(_ s: [Unicode.Scalar]) -> (kind: Kind?, scalar: Unicode.Scalar?, offset: Int) {
        var i = s.count - 1
        while i >= 0, s[i].isSpaceLike || closers.contains(s[i]) { i -= 1 }
        guard i >= 0 else { return (nil, nil, 0) }
        if s[i] == ".", i >= 2, s[i - 1] == ".", s[i - 2] == "." { return (.ellipsis, "…", i - 2) }
        // Chinese writes the ellipsis as two '…' or six '。'-height dots; one '…' is enough to tell.
        return (kind(of: s[i]), s[i], i)
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        let source = Array(unit.source.unicodeScalars)
        let translation = Array(unit.translation.unicodeScalars)
        guard !translation.isEmpty else { return [] }
        var findings: [Finding] = []
        let language = context.language
        let script = context.script
        let sourceEnd = Self.ending(source)
        var translationEnd = Self.ending(translation)
        // Greek writes the question mark as ';' (or U+037E, which NFC turns into ';').
        if language == "el", translationEnd.scalar == ";" { translationEnd.kind = .question }
        // MessageFormat arguments and markup at the end decide nothing.
        let endsInSyntax = source.last == "}" || source.last == ">"

        if !endsInSyntax {
            switch (sourceEnd.kind, translationEnd.kind) {
            case let (wanted?, got?) where wanted != got:
                // Japanese often ends a polite question with か。; Thai and Lao write no full stop at all.
                let tolerated = (wanted == .question && language == "ja" && got == .fullStop)
                if !tolerated {
                    findings.append(
                        Finding(
                            "ends with \(article(got.rawValue)) \(describe(translationEnd.scalar!)) but the English ends with \(article(wanted.rawValue)) \(describe(sourceEnd.scalar!))",
                            at: translationEnd.offset))
                }
            case let (wanted?, nil):
                if !(wanted == .fullStop && ["th", "lo"].contains(language)) {
                    let mark = Self.preferred(wanted, language: language, script: script)?.first ?? sourceEnd.scalar!
                    findings.append(
                        Finding(
                            "the English ends with \(article(wanted.rawValue)) but the translation does not; add \(describe(mark))",
                            at: max(translationEnd.offset, 0)))
                }
            case let (nil, got?) where got != .ellipsis:
                if !(language == "es" && got == .question && translation.contains("¿")) {
                    findings.append(
                        Finding(
                            "ends with \(article(got.rawValue)) \(describe(translationEnd.scalar!)) but the English has none",
                            at: translationEnd.offset))
                }
            default: break
            }
            // The right kind, written with another script's mark (Arabic '?' instead of '؟').
            if let wanted = sourceEnd.kind, translationEnd.kind == wanted, let got = translationEnd.scalar,
                let marks = Self.preferred(wanted, language: language, script: script), !marks.contains(got)
            {
                findings.append(
                    Finding(
                        "write the \(wanted.rawValue) as \(marks.map(describe).joined(separator: " or ")), not \(describe(got))",
                        at: translationEnd.offset))
            }
            if language == "es", sourceEnd.kind == .question, translationEnd.kind == .question, !translation.contains("¿") {
                findings.append(Finding("a Spanish question opens with '¿'", at: 0))
            }
            if language == "es", sourceEnd.kind == .exclamation, translationEnd.kind == .exclamation, !translation.contains("¡") {
                findings.append(Finding("a Spanish exclamation opens with '¡'", at: 0))
            }
        }
        if language == "fr" { findings += frenchSpacing(translation) }
        return findings
    }

    private func article(_ noun: String) -> String {
        ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun
    }

    /// French: a no-break space (U+00A0) or narrow no-break space (U+202F) before ; : ! ? .
    private func frenchSpacing(_ s: [Unicode.Scalar]) -> [Finding] {
        let literal = LiteralText.literalMask(s)
        var findings: [Finding] = []
        for (i, c) in s.enumerated() where literal[i] && (c == ";" || c == ":" || c == "!" || c == "?") && i > 0 {
            let before = s[i - 1]
            let after: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            // URLs (https://), times (10:30), queries (?id=) and doubled marks (?!) are not prose punctuation.
            if let after, !(after.isSpaceLike || Self.closers.contains(after) || after == "\"" || after == "»") { continue }
            if before == "\u{A0}" || before == "\u{202F}" || [";", ":", "!", "?"].contains(before) { continue }
            if before == " " {
                findings.append(Finding("replace the space before '\(Character(c))' with a no-break space (U+202F or U+00A0)", at: i - 1))
            } else if before.isLetter || before == "»" || before.properties.numericType != nil || before == ")" {
                findings.append(Finding("French puts a no-break space (U+202F or U+00A0) before '\(Character(c))'", at: i))
            }
            if findings.count >= 5 { break }
        }
        return findings
    }
}
