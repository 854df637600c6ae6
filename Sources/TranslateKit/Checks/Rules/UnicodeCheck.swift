import TranslateICU

/// Text that is not what it looks like: not NFC, invisible or bidi controls, mojibake, letters
/// of a script the language does not use.
public struct UnicodeCheck: Check {
    public init() {}
    public let id = "unicode"
    public let name = "Unicode"
    public let summary = "not NFC, stray invisible or bidi control characters, mojibake (Â©, â€™, Ã©), or letters in a script the language does not use"
    public let rationale = """
        These problems are invisible in an editor and visible to families: mojibake ("NiÃ±os") means a file \
        went through the wrong encoding; a stray right-to-left override reorders a phone number; a Cyrillic 'о' \
        in a Polish word breaks search and screen readers; a Latin-only Arabic translation is probably pasted \
        from the wrong column; text not in NFC compares unequal to the same text typed elsewhere.
        """
    public let severity = Severity.warning
    public let fixHint = "retype the marked characters, or re-save the file from a tool set to UTF-8; remove invisible characters the English does not have"
    public var examples: [CheckExample] {
        [
            .passing("pl", "Children", "Dzieci"),
            .passing("ar", "Visit PowerSchool", "زوروا PowerSchool"),
            .passing("fa", "Parent portal", "درگاه\u{200C}والدین"),
            .passing("ja", "Lunch menu", "給食のメニュー"),
            .passing("ru", "Bus {number}", "Автобус {number}"),
            .failing("es", "Children", "NiÃ±os", "mojibake"),
            .failing("fr", "Don’t forget", "N’oubliez pas lâ€™heure", "mojibake"),
            .failing("pl", "Children", "Dzieсi", "Cyrillic"),
            .failing("ar", "School is closed", "School is closed today", "no letters in Arabic"),
            .failing("es", "Phone", "Tele\u{301}fono", "not in NFC"),
            .failing("ru", "Call 860-695-8000", "Звоните \u{202E}860-695-8000", "bidi"),
            .failing("zh", "Welcome", "欢\u{200B}迎", "invisible"),
            .failing("am", "Welcome", "እንኳን ደህና መጡ\u{FFFD}", "replacement character"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        let text = LiteralText(unit.translation)
        let s = text.scalars
        guard !s.isEmpty else { return [] }
        let sourceScalars = Set(unit.source.unicodeScalars)
        var findings: [Finding] = []

        if !ICU.Normalizer.isNormalized(unit.translation) {
            let (offset, character) = firstUnnormalized(unit.translation)
            let codes = character.map { $0.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }.joined(separator: " ") }
            let shown = character.map { "'\($0)' (\(codes!)) " } ?? ""
            findings.append(
                Finding(
                    "\(shown)is not in NFC (composed) form: the same word typed elsewhere will not match it",
                    at: offset, notes: ["re-save the file from an editor that normalizes to NFC, or retype the accented letter"]))
        }
        findings += controls(s, sourceScalars: sourceScalars, context: context)
        if let mojibake = MojibakeDetector.firstInTranslation(s), !unit.source.contains(mojibake.text) {
            findings.append(
                Finding(
                    "mojibake \"\(mojibake.text)\": text was decoded with the wrong encoding (UTF-8 read as Windows-1252)",
                    severity: .error, at: mojibake.offset, length: mojibake.text.unicodeScalars.count,
                    notes: ["retype the word, or re-export the file as UTF-8"]))
        }
        if let index = s.firstIndex(of: "\u{FFFD}"), !sourceScalars.contains("\u{FFFD}") {
            findings.append(Finding("replacement character U+FFFD: a character was lost when the file was converted", severity: .error, at: index))
        }
        findings += scripts(text, source: unit.source, context: context)
        return findings
    }

    /// The scalar offset of the first character whose NFC form differs, and that character.
    private func firstUnnormalized(_ text: String) -> (Int, Character?) {
        var offset = 0
        for character in text {
            let piece = String(character)
            if !ICU.Normalizer.isNormalized(piece) { return (offset, character) }
            offset += piece.unicodeScalars.count
        }
        return (0, nil)
    }

    private static let bidiPush: Set<UInt32> = [0x202A, 0x202B, 0x202D, 0x202E]
    private static let isolatePush: Set<UInt32> = [0x2066, 0x2067, 0x2068]
    /// Invisible characters that have no business in a message unless the English has them.
    private static let invisible: Set<UInt32> = [0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x2061, 0x2062, 0x2063, 0x2064, 0x115F, 0x1160, 0x3164]

    private func controls(_ s: [Unicode.Scalar], sourceScalars: Set<Unicode.Scalar>, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var embeddings: [Int] = []
        var isolates: [Int] = []
        var reported: Set<Unicode.Scalar> = []
        for (i, c) in s.enumerated() {
            let v = c.value
            if Self.bidiPush.contains(v) {
                embeddings.append(i)
            } else if v == 0x202C {
                if embeddings.popLast() == nil {
                    findings.append(
                        Finding("unbalanced bidi control: U+202C POP DIRECTIONAL FORMATTING without an embedding to close", severity: .error, at: i))
                }
            } else if Self.isolatePush.contains(v) {
                isolates.append(i)
            } else if v == 0x2069 {
                if isolates.popLast() == nil {
                    findings.append(Finding("unbalanced bidi isolate: U+2069 POP DIRECTIONAL ISOLATE without an isolate to close", severity: .error, at: i))
                }
            }

            guard !sourceScalars.contains(c), !reported.contains(c) else { continue }
            if v == 0x202D || v == 0x202E {
                reported.insert(c)
                findings.append(Finding("bidi override \(describe(c)) reorders the characters after it", severity: .error, at: i))
            } else if (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) {
                reported.insert(c)
                findings.append(Finding("control character \(describe(c))", severity: .error, at: i))
            } else if Self.invisible.contains(v) {
                reported.insert(c)
                findings.append(Finding("invisible character \(describe(c)) that the English does not have", at: i))
            } else if (v == 0x200E || v == 0x200F || v == 0x061C) && !context.isRightToLeft {
                // Marks are how right-to-left text keeps numbers and Latin words in place; elsewhere they are strays.
                reported.insert(c)
                findings.append(Finding("invisible bidi mark \(describe(c)) in a left-to-right language", at: i))
            }
        }
        if let open = embeddings.first {
            findings.append(Finding("unbalanced bidi control: \(describe(s[open])) is never closed with U+202C", severity: .error, at: open))
        }
        if let open = isolates.first {
            findings.append(Finding("unbalanced bidi isolate: \(describe(s[open])) is never closed with U+2069", severity: .error, at: open))
        }
        return findings
    }

    /// Letters in a script the language does not use, and translations with none of the language's letters.
    private func scripts(_ text: LiteralText, source: String, context: CheckContext) -> [Finding] {
        let allowed = context.letterScripts
        guard !allowed.isEmpty else { return [] }
        let sourceScripts = Set(source.unicodeScalars.filter(\.isLetter).map { ICU.Script(of: $0).shortName })
        var findings: [Finding] = []
        var ownLetters = 0
        var otherLetters = 0
        var reportedScripts: Set<String> = []
        // Script lookups are per letter: work with ICU's numeric codes, and name a script only once.
        let allowedCodes = Set(allowed.compactMap { ICU.Script($0)?.code })
        let latin = ICU.Script("Latn")?.code ?? -1
        var names: [Int32: String] = [:]
        for (i, c) in text.scalars.enumerated() where text.literal[i] {
            let code: Int32
            if c.isASCII {
                guard c.properties.isAlphabetic else { continue }
                code = latin
            } else {
                guard c.isLetter else { continue }
                let script = ICU.Script(of: c)
                if script.isShared { continue }
                code = script.code
            }
            if allowedCodes.contains(code) {
                ownLetters += 1
                continue
            }
            otherLetters += 1
            if code == latin { continue }
            let name: String
            if let known = names[code] {
                name = known
            } else {
                name = ICU.Script(of: c).shortName
                names[code] = name
            }
            // Latin is everywhere (brand names, URLs); other foreign scripts are only right when the English has them.
            if sourceScripts.contains(name) || reportedScripts.contains(name) { continue }
            reportedScripts.insert(name)
            let scriptName = Self.scriptNames[name] ?? name
            let own = allowed.sorted().map { Self.scriptNames[$0] ?? $0 }.joined(separator: " or ")
            findings.append(Finding("\(describe(c)) is a \(scriptName) letter; \(context.languageTag) is written in \(own)", at: i))
        }
        if ownLetters == 0 && otherLetters > 0 && !allowed.contains("Latn") && text.literalText != LiteralText(source).literalText {
            let own = allowed.sorted().map { Self.scriptNames[$0] ?? $0 }.joined(separator: " or ")
            findings.append(Finding("the translation has no letters in \(own); is it in the right language?", at: 0))
        }
        return findings
    }

    static let scriptNames: [String: String] = [
        "Latn": "Latin", "Cyrl": "Cyrillic", "Arab": "Arabic", "Hebr": "Hebrew", "Grek": "Greek", "Hani": "Han",
        "Hira": "Hiragana", "Kana": "Katakana", "Hang": "Hangul", "Deva": "Devanagari", "Beng": "Bengali", "Ethi": "Ethiopic",
        "Armn": "Armenian", "Geor": "Georgian", "Thai": "Thai", "Khmr": "Khmer", "Mymr": "Myanmar", "Laoo": "Lao",
        "Tibt": "Tibetan", "Guru": "Gurmukhi", "Gujr": "Gujarati", "Taml": "Tamil", "Telu": "Telugu", "Knda": "Kannada",
        "Mlym": "Malayalam", "Sinh": "Sinhala", "Thaa": "Thaana", "Syrc": "Syriac", "Bopo": "Bopomofo", "Rohg": "Hanifi Rohingya",
        "Adlm": "Adlam", "Nkoo": "N'Ko", "Vaii": "Vai", "Tfng": "Tifinagh", "Cher": "Cherokee", "Cans": "Canadian Syllabics",
    ]
}
