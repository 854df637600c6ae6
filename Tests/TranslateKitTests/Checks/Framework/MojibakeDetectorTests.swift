import Testing

@testable import TranslateKit

/// The unicode check's mojibake rule moved onto the shared detector; these tests hold the moved
/// rule to the one it replaced, on every short string of the scalars the rule looks at.
@Suite struct MojibakeDetectorTests {
    /// Leads, continuation bytes as Latin-1 and as Windows-1252, C1 controls, letters that follow
    /// real accented words, and plain ASCII.
    static let alphabet: [Unicode.Scalar] = [
        "\u{C2}", "\u{C3}", "\u{D0}", "\u{D1}", "\u{D8}", "\u{D9}", "\u{E2}", "\u{DF}", "\u{20AC}", "\u{2019}", "\u{201C}",
        "\u{85}", "\u{9F}", "\u{A0}", "\u{A9}", "\u{BF}", "\u{C0}", "\u{E9}", "a",
    ]

    @Test func theTranslationRuleFindsWhatTheUnicodeCheckFoundBefore() {
        let alphabet = Self.alphabet
        var checked = 0
        var differing: [String] = []
        func visit(_ prefix: [Unicode.Scalar], _ length: Int) {
            if prefix.count == length {
                let found = MojibakeDetector.firstInTranslation(prefix)
                let expected = Self.formerRule(prefix)
                if found?.text != expected?.text || found?.offset != expected?.offset {
                    differing.append(prefix.map { String($0.value, radix: 16) }.joined(separator: " "))
                }
                checked += 1
                return
            }
            for c in alphabet { visit(prefix + [c], length) }
        }
        for length in 0...4 { visit([], length) }
        #expect(checked > 100_000)
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    @Test func aTranslationNeedsMoreThanOnePairThatRealWordsMake() {
        // German closing a quotation after ß, Icelandic Ð: valid UTF-8 as bytes, but real words.
        #expect(MojibakeDetector.firstInTranslation(Array("„Gruß“".unicodeScalars)) == nil)
        #expect(!MojibakeDetector.runs(in: "„Gruß“").isEmpty)
        #expect(MojibakeDetector.firstInTranslation(Array("NiÃ±os".unicodeScalars))?.text == "Ã±")
        #expect(MojibakeDetector.firstInTranslation(Array("Ð¿Ñ€Ð¸".unicodeScalars))?.offset == 0)
    }

    /// UnicodeCheck.firstMojibake as it was before it moved to the detector (frozen as the reference).
    static func formerRule(_ s: [Unicode.Scalar]) -> (text: String, offset: Int)? {
        let cp1252High: Set<UInt32> = [
            0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
            0x017D, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0x017E, 0x0178,
        ]
        var i = 0
        while i + 1 < s.count {
            let a = s[i].value
            let b = s[i + 1].value
            let continuation = (0x80...0xBF).contains(b) || cp1252High.contains(b)
            if (a == 0xC2 || a == 0xC3) && continuation && !(a == 0xC3 && (0xC0...0xFF).contains(b)) {
                if a == 0xC2 && !(0xA0...0xBF).contains(b) && !cp1252High.contains(b) {
                    i += 1
                    continue
                }
                return (String(String.UnicodeScalarView(s[i...(i + 1)])), i)
            }
            if a == 0xE2, b == 0x20AC, i + 2 < s.count {
                return (String(String.UnicodeScalarView(s[i...(i + 2)])), i)
            }
            if (a == 0xD0 || a == 0xD1 || a == 0xD8 || a == 0xD9) && ((0x80...0xBF).contains(b) || cp1252High.contains(b)), i + 3 < s.count,
                s[i + 2].value == a || s[i + 2].value == 0xD0 || s[i + 2].value == 0xD1 || s[i + 2].value == 0xD8 || s[i + 2].value == 0xD9
            {
                return (String(String.UnicodeScalarView(s[i...(i + 3)])), i)
            }
            i += 1
        }
        return nil
    }
}
