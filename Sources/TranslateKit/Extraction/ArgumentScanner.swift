import Foundation

/// Finds URLs, e-mail addresses and phone numbers in text: they become arguments, never translated.
enum ArgumentScanner {
    enum Part: Equatable {
        case literal(String)
        /// kind is "url", "email" or "phone".
        case argument(kind: String, original: String)
    }

    static func scan(_ text: String) -> [Part] {
        let scalars = Array(text.unicodeScalars)
        var parts: [Part] = []
        var literal = ""
        var i = 0
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
        }
        func string(_ range: Range<Int>) -> String {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[range])
            return s
        }
        let atWordStart = { (index: Int) -> Bool in index == 0 || !isWordScalar(scalars[index - 1]) }
        while i < scalars.count {
            if atWordStart(i), let end = matchURL(scalars, i) {
                flush()
                parts.append(.argument(kind: "url", original: string(i..<end)))
                i = end
                continue
            }
            if atWordStart(i), let end = matchEmail(scalars, i) {
                flush()
                parts.append(.argument(kind: "email", original: string(i..<end)))
                i = end
                continue
            }
            if atWordStart(i), let end = matchPhone(scalars, i) {
                flush()
                parts.append(.argument(kind: "phone", original: string(i..<end)))
                i = end
                continue
            }
            literal.unicodeScalars.append(scalars[i])
            i += 1
        }
        flush()
        return parts
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_"
    }

    private static func isURLScalar(_ s: Unicode.Scalar) -> Bool {
        !s.properties.isWhitespace && !"<>\"'(){}[]".unicodeScalars.contains(s)
    }

    /// Trailing punctuation belongs to the sentence, not the URL.
    private static func trimTrailing(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, ".,;:!?".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        return end
    }

    static func matchURL(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let rest = String(String.UnicodeScalarView(s[i..<min(s.count, i + 8)])).lowercased()
        let prefixLength: Int
        if rest.hasPrefix("https://") {
            prefixLength = 8
        } else if rest.hasPrefix("http://") {
            prefixLength = 7
        } else if rest.hasPrefix("www.") {
            prefixLength = 4
        } else {
            return nil
        }
        var end = i + prefixLength
        while end < s.count, isURLScalar(s[end]) { end += 1 }
        end = trimTrailing(s, i, end)
        return end > i + prefixLength ? end : nil
    }

    static func matchEmail(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let local: (Unicode.Scalar) -> Bool = { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._%+-".unicodeScalars.contains($0)) }
        var at = i
        while at < s.count, local(s[at]) { at += 1 }
        guard at > i, at < s.count, s[at] == "@" else { return nil }
        let domain: (Unicode.Scalar) -> Bool = { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "-") }
        var end = at + 1
        while end < s.count, domain(s[end]) { end += 1 }
        end = trimTrailing(s, at + 1, end)
        let host = String(String.UnicodeScalarView(s[(at + 1)..<end]))
        guard host.contains("."), !host.hasSuffix("."), let last = host.split(separator: ".").last, last.count >= 2 else { return nil }
        return end
    }

    /// North American numbers as the district writes them: (860) 695-8000, 860-695-8000, +1 (860) 294-4955.
    static func matchPhone(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i
        if j < s.count, s[j] == "+" {
            j += 1
            guard j < s.count, s[j] == "1" else { return nil }
            j += 1
            guard j < s.count, s[j] == " " || s[j] == "-" else { return nil }
            j += 1
        }
        func digits(_ count: Int) -> Bool {
            for _ in 0..<count {
                guard j < s.count, ("0"..."9").contains(s[j]) else { return false }
                j += 1
            }
            return true
        }
        if j < s.count, s[j] == "(" {
            j += 1
            guard digits(3), j < s.count, s[j] == ")" else { return nil }
            j += 1
            if j < s.count, s[j] == " " { j += 1 }
        } else {
            guard digits(3), j < s.count, s[j] == "-" || s[j] == "." else { return nil }
            j += 1
        }
        guard digits(3), j < s.count, s[j] == "-" || s[j] == "." else { return nil }
        j += 1
        guard digits(4) else { return nil }
        if j < s.count, ("0"..."9").contains(s[j]) { return nil }
        return j
    }
}
