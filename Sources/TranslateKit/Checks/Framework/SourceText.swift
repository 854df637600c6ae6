/// Pattern matching on a template message's English, with positions in Unicode scalars (as findings count).
enum SourceText {
    /// Each match of `pattern` in `text`: its scalar offset, scalar length and text. Swift's regexes have no
    /// lookbehind, so `after` rejects a match by the character before it.
    static func matches<Output>(
        of pattern: Regex<Output>, in text: String,
        notAfter after: (Character) -> Bool = { _ in false }
    ) -> [(offset: Int, length: Int, text: Substring)] {
        text.matches(of: pattern).filter { match in
            match.range.lowerBound == text.startIndex || !after(text[text.index(before: match.range.lowerBound)])
        }.map { match in
            let scalars = text.unicodeScalars
            return (
                scalars.distance(from: scalars.startIndex, to: match.range.lowerBound),
                scalars.distance(from: match.range.lowerBound, to: match.range.upperBound), text[match.range]
            )
        }
    }

    /// Whether a digit is followed (directly, or after one space with `afterSpace`) by a byte in `next`: a cheap test that lets
    /// the (slow) regex run only on the few messages that could match.
    static func hasDigit(followedBy next: Set<UInt8>, afterSpace: Bool = false, in text: String) -> Bool {
        let bytes = Array(text.utf8)
        for i in bytes.indices where (0x30...0x39).contains(bytes[i]) && i + 1 < bytes.count {
            if next.contains(bytes[i + 1]) { return true }
            if afterSpace, i + 2 < bytes.count, bytes[i + 1] == 0x20, next.contains(bytes[i + 2]) { return true }
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` as bytes (both already lowercased): a prefilter for phrase search.
    static func containsBytes(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
