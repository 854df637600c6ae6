/// Links, e-mail addresses, phone numbers and numbers of the source must reappear in the translation.
public struct ProtectedCheck: Check {
    public init() {}
    public let id = "protected"
    public let name = "Protected text"
    public let summary = "a URL, e-mail address, phone number or number of the source is missing from the translation"
    public let rationale = """
        A family who gets the wrong phone number, a broken link or the wrong date cannot act on the message. \
        Numbers may be written with the language's own digits (Arabic-Indic ٠١٢٣, Persian ۰۱۲۳, Devanagari ०१२३) \
        and grouped its own way (1.000, 1 000, ١٬٠٠٠); those count as the same number.
        """
    public let severity = Severity.error
    public let fixHint = "copy links, e-mail addresses and phone numbers from the English exactly; keep every number"
    public var examples: [CheckExample] {
        [
            .passing("es", "Call (860) 695-8000.", "Llame al (860) 695-8000."),
            .passing("ar", "Call 860-695-8000 by May 5.", "اتصلوا بالرقم ٨٦٠-٦٩٥-٨٠٠٠ قبل ٥ مايو."),
            .passing("hi", "Room 12", "कमरा १२"),
            .passing("pl", "Fees: $1,000", "Opłata: 1.000 USD"),
            .passing("ru", "{count, plural, =0 {No files} other {# files}}", "{count, plural, =0 {Нет файлов} other {# файлов}}"),
            .passing("ja", "Visit https://www.hartfordschools.org.", "https://www.hartfordschools.org をご覧ください。"),
            .failing("es", "Call (860) 695-8000.", "Llame al (860) 695-8001.", "phone number (860) 695-8000"),
            .failing("pl", "Write to help@hartfordschools.org", "Napisz do pomoc@hartfordschools.org", "help@hartfordschools.org"),
            .failing("ar", "Visit https://www.hartfordschools.org/enroll", "زوروا موقعنا", "https://www.hartfordschools.org/enroll"),
            .failing("cy", "School starts on August 28.", "Mae'r ysgol yn dechrau ar Awst 27.", "number 28"),
            .failing("zh", "Visit hartfordschools.org", "访问 https://example.com", "not in the English"),
        ]
    }

    struct Tokens {
        var urls: [String] = []
        var emails: [String] = []
        var phones: [(text: String, digits: String)] = []
        var numbers: [(text: String, digits: String)] = []
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        let source = Self.tokens(in: Array(LiteralText(unit.source).literalText.unicodeScalars))
        let translationScalars = Array(LiteralText(unit.translation).literalText.unicodeScalars).map(Self.asciiDigit)
        let translationText = String(String.UnicodeScalarView(translationScalars))
        let translation = Self.tokens(in: translationScalars)
        var findings: [Finding] = []
        for url in source.urls where !translationText.contains(url) {
            findings.append(Finding("the link \(url) is missing or changed"))
        }
        let lowered = translationText.lowercased()
        for email in source.emails where !lowered.contains(email.lowercased()) {
            findings.append(Finding("the e-mail address \(email) is missing or changed"))
        }
        let allDigits = String(translationScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        for phone in source.phones where !allDigits.contains(phone.digits) {
            findings.append(Finding("the phone number \(phone.text) is missing or changed"))
        }
        let translationNumbers = Set(translation.numbers.map(\.digits) + translation.phones.map(\.digits))
        var reported: Set<String> = []
        for number in source.numbers where !translationNumbers.contains(number.digits) && !reported.contains(number.digits) {
            reported.insert(number.digits)
            findings.append(Finding("the number \(number.text) is missing or changed", severity: .warning))
        }
        let sourceURLs = Set(source.urls)
        for url in translation.urls where !sourceURLs.contains(url) && !source.urls.contains(where: { url.hasPrefix($0) || $0.contains(url) }) {
            findings.append(Finding("the link \(url) is not in the English", severity: .warning))
        }
        return findings
    }

    /// Any decimal digit (٣, ۳, ३, ３) as its ASCII digit.
    static func asciiDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value >= 0x80, let value = scalar.decimalDigitValue else { return scalar }
        return Unicode.Scalar(UInt8(48 + value))
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    private static let urlStops: Set<Unicode.Scalar> = ["<", ">", "\"", "{", "}", "'", "«", "»", "“", "”", "　", "、", "。", "，"]

    static func tokens(in s: [Unicode.Scalar]) -> Tokens {
        var tokens = Tokens()
        var consumed = [Bool](repeating: false, count: s.count)
        func starts(_ prefix: String, at i: Int) -> Bool {
            let p = Array(prefix.unicodeScalars)
            guard i + p.count <= s.count else { return false }
            for k in 0..<p.count where Character(s[i + k]).lowercased() != Character(p[k]).lowercased() { return false }
            return true
        }
        // Links.
        var i = 0
        while i < s.count {
            let first = s[i]
            if first == "h" || first == "H" || first == "w" || first == "W",
                (starts("http://", at: i) || starts("https://", at: i) || starts("www.", at: i)) && (i == 0 || !s[i - 1].isLetter)
            {
                var end = i
                while end < s.count, !s[end].isSpaceLike, !urlStops.contains(s[end]) { end += 1 }
                while end > i, ".,;:!?)’”".unicodeScalars.contains(s[end - 1]) { end -= 1 }
                tokens.urls.append(String(String.UnicodeScalarView(s[i..<end])))
                for k in i..<end { consumed[k] = true }
                i = end
            } else {
                i += 1
            }
        }
        // E-mail addresses.
        func isLocal(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || isDigit(c) || "._%+-".unicodeScalars.contains(c)) }
        func isDomain(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || isDigit(c) || ".-".unicodeScalars.contains(c)) }
        for at in s.indices where s[at] == "@" && !consumed[at] {
            var start = at
            while start > 0, isLocal(s[start - 1]), !consumed[start - 1] { start -= 1 }
            var end = at + 1
            while end < s.count, isDomain(s[end]) { end += 1 }
            while end > at + 1, s[end - 1] == "." || s[end - 1] == "-" { end -= 1 }
            guard start < at, end > at + 1, s[(at + 1)..<end].contains(".") else { continue }
            tokens.emails.append(String(String.UnicodeScalarView(s[start..<end])))
            for k in start..<end { consumed[k] = true }
        }
        // US phone numbers: (860) 695-8000, 860-695-8000, 860.695.8000, 1-860-695-8000, +1 860 695 8000.
        i = 0
        while i < s.count {
            if !consumed[i], isDigit(s[i]) || s[i] == "(" || s[i] == "+", i == 0 || !isDigit(s[i - 1]), let end = phoneEnd(s, from: i) {
                let text = String(String.UnicodeScalarView(s[i..<end]))
                tokens.phones.append((text, String(text.unicodeScalars.filter(isDigit).map(Character.init))))
                for k in i..<end { consumed[k] = true }
                i = end
            } else {
                i += 1
            }
        }
        // Numbers: digits with group or decimal separators between them.
        i = 0
        let separators: Set<Unicode.Scalar> = [",", ".", "٫", "٬", "'", "\u{A0}", "\u{202F}", "\u{2009}"]
        while i < s.count {
            guard !consumed[i], isDigit(s[i]) else {
                i += 1
                continue
            }
            var end = i
            while end < s.count, !consumed[end] {
                if isDigit(s[end]) { end += 1 } else if separators.contains(s[end]), end + 1 < s.count, isDigit(s[end + 1]) { end += 1 } else { break }
            }
            let text = String(String.UnicodeScalarView(s[i..<end]))
            tokens.numbers.append((text, String(text.unicodeScalars.filter(isDigit).map(Character.init))))
            i = end
        }
        return tokens
    }

    /// The end of a US-style phone number starting at `i`, or nil.
    static func phoneEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        func digits(_ n: Int) -> Bool {
            guard i + n <= s.count else { return false }
            for k in 0..<n where !isDigit(s[i + k]) { return false }
            i += n
            return true
        }
        func separator(_ allowed: String) -> Bool {
            if i < s.count, allowed.unicodeScalars.contains(s[i]) {
                i += 1
                return true
            }
            return false
        }
        if i < s.count, s[i] == "+" {
            i += 1
            guard digits(1) else { return nil }
            guard separator(" -.") else { return nil }
        } else if i + 1 < s.count, s[i] == "1", s[i + 1] == "-" || s[i + 1] == "." {
            i += 2
        }
        if i < s.count, s[i] == "(" {
            i += 1
            guard digits(3), i < s.count, s[i] == ")" else { return nil }
            i += 1
            _ = separator(" \u{A0}")
        } else {
            guard digits(3), separator("-. ") else { return nil }
        }
        guard digits(3), separator("-. "), digits(4) else { return nil }
        if i < s.count, isDigit(s[i]) { return nil }
        return i
    }
}
