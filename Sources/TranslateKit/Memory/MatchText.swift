/// A recognised span of a segment that fuzzy matching treats as a unit and carries over:
/// placeholders and tags, numbers, dates, times.
public struct MatchSpan: Hashable, Sendable {
    public enum Kind: UInt32, Sendable { case placeholder = 0xE000, number = 0xE001, date = 0xE002, time = 0xE003 }
    public var kind: Kind
    public var text: String
}

/// A segment prepared for fuzzy matching: case folded, spaces collapsed, and every
/// placeholder, number, date and time replaced by one stand-in character of its kind, so
/// "closed on Monday 1/5" and "closed on Monday 2/3" differ by nothing.
public struct MatchText: Hashable, Sendable {
    public let original: String
    public let scalars: [UInt32]
    public let spans: [MatchSpan]

    public init(_ text: String) {
        original = text
        let s = Array(text.unicodeScalars)
        var codes: [Int: Int] = [:]
        for range in MessageSegment.codeRanges(text) { codes[range.lowerBound] = range.upperBound }
        var out: [UInt32] = []
        out.reserveCapacity(s.count)
        var spans: [MatchSpan] = []
        var i = 0
        var pendingSpace = false
        func emit(_ value: UInt32) {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(value)
        }
        while i < s.count {
            if let end = codes[i] {
                spans.append(MatchSpan(kind: .placeholder, text: String(String.UnicodeScalarView(s[i..<end]))))
                emit(MatchSpan.Kind.placeholder.rawValue)
                i = end
                continue
            }
            let c = s[i]
            if Self.isDigit(c) && (i == 0 || !Self.isDigit(s[i - 1])) {
                let (end, kind) = Self.numeric(s, from: i)
                spans.append(MatchSpan(kind: kind, text: String(String.UnicodeScalarView(s[i..<end]))))
                emit(kind.rawValue)
                i = end
                continue
            }
            if c.properties.isWhitespace {
                pendingSpace = true
                i += 1
                continue
            }
            for lower in c.properties.lowercaseMapping.unicodeScalars { emit(lower.value) }
            i += 1
        }
        scalars = out
        self.spans = spans
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }

    static func digits(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, isDigit(s[j]) { j += 1 }
        return j - i
    }

    /// Scans a time (9:30, 14:05:00, 3:15 pm), a date (1/5, 2024-09-03, 3.9.2024) or a number (1,250.5).
    static func numeric(_ s: [Unicode.Scalar], from start: Int) -> (Int, MatchSpan.Kind) {
        let first = digits(s, start)
        var i = start + first
        // Time: h:mm[:ss][ am/pm]
        if first <= 2, i + 2 < s.count, s[i] == ":", digits(s, i + 1) == 2 {
            i += 3
            if i + 2 < s.count, s[i] == ":", digits(s, i + 1) == 2 { i += 3 }
            var k = i
            if k < s.count, s[k] == " " { k += 1 }
            let rest = String(String.UnicodeScalarView(s[k..<min(s.count, k + 4)])).lowercased()
            for suffix in ["a.m.", "p.m.", "am", "pm"] where rest.hasPrefix(suffix) {
                let after = k + suffix.unicodeScalars.count
                if after >= s.count || !s[after].properties.isAlphabetic { return (after, .time) }
            }
            return (i, .time)
        }
        // Date: d/m[/y], y-m-d, d.m.y (two dots: a decimal number has only one)
        if i < s.count, s[i] == "/" || s[i] == "-" || s[i] == ".", first <= 4 {
            let separator = s[i]
            let second = digits(s, i + 1)
            if second >= 1 && second <= 2 || (second == 4 && first <= 2 && separator != ".") {
                var j = i + 1 + second
                var parts = 2
                if j < s.count, s[j] == separator, digits(s, j + 1) >= 2, digits(s, j + 1) <= 4 {
                    j += 1 + digits(s, j + 1)
                    parts = 3
                }
                if separator != "." || parts == 3 {
                    if separator != "-" || parts == 3 { return (j, .date) }
                }
            }
        }
        // Number with grouping and decimals.
        while i + 1 < s.count, s[i] == "," || s[i] == "." || s[i] == "\u{A0}" || s[i] == "\u{202F}", isDigit(s[i + 1]) {
            i += 1 + digits(s, i + 1)
        }
        return (i, .number)
    }

    /// The leading digits and separators of a span ("3:30" of "3:30 pm").
    static func numericCore(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix { isDigit($0) || ":/.-,".unicodeScalars.contains($0) }))
    }

    /// Replaces the recognised spans of `target` that appear in `matchSource` with the ones
    /// in this (the query's) text, kind by kind and in order: TM "Tuesday 2/3" → "martes 2/3",
    /// query "Monday 1/5" gives "martes 1/5". Unchanged when the spans do not line up.
    public func carryOver(from matchSource: MatchText, into target: String) -> String {
        var replacements: [String: String] = [:]
        for kind in [MatchSpan.Kind.placeholder, .number, .date, .time] {
            let mine = spans.filter { $0.kind == kind }
            let theirs = matchSource.spans.filter { $0.kind == kind }
            guard mine.count == theirs.count else { continue }
            for (new, old) in zip(mine, theirs) where new.text != old.text {
                if let existing = replacements[old.text], existing != new.text { return target }
                replacements[old.text] = new.text
                // Translations often write a time without the English "pm": map the digits too.
                let oldCore = Self.numericCore(old.text)
                let newCore = Self.numericCore(new.text)
                if kind != .placeholder, oldCore != old.text, !oldCore.isEmpty, !newCore.isEmpty, replacements[oldCore] == nil {
                    replacements[oldCore] = newCore
                }
            }
        }
        if replacements.isEmpty { return target }
        let targetText = MatchText(target)
        guard !targetText.spans.isEmpty else { return target }
        // Walk the target again, rebuilding it with replaced spans.
        var result = ""
        var remaining = Substring(target)
        for span in targetText.spans {
            guard let range = remaining.range(of: span.text) else { return target }
            result += remaining[..<range.lowerBound]
            result += replacements[span.text] ?? span.text
            remaining = remaining[range.upperBound...]
        }
        return result + remaining
    }
}
