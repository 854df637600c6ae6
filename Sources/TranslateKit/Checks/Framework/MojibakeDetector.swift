/// UTF-8 read as Windows-1252 or Latin-1 ("Â©", "â€™", "Ã©"): the one reading of scalars back into
/// the bytes they came from, shared by the mojibake check (English) and the unicode check (translations).
///
/// Two policies over the same reading. In the English every run of valid UTF-8 sequences is
/// mojibake (and can be repaired). In a translation only patterns no real word makes count: a single
/// pair such as "ß“" (DF 93) is German closing a quotation, "Ð¿" could be Icelandic.
enum MojibakeDetector {
    /// A mis-decoded run: where it is (in scalars), what it shows and what it was.
    struct Run: Equatable {
        var range: Range<Int>
        var text: String
        var repaired: String
    }

    /// Every run of scalars whose Windows-1252 bytes are a valid multi-byte UTF-8 sequence; adjacent
    /// sequences ("Ã©Ã¨") make one run. One accented letter alone ("é" = E9) is never valid UTF-8.
    static func runs(in text: String) -> [Run] {
        let s = Array(text.unicodeScalars)
        var runs: [Run] = []
        var i = 0
        while i < s.count {
            guard let lead = byte(s[i]), let length = sequenceLength(lead), i + length <= s.count else {
                i += 1
                continue
            }
            var bytes = [lead]
            for k in 1..<length {
                guard let b = byte(s[i + k]), (0x80...0xBF).contains(b) else { break }
                bytes.append(b)
            }
            guard bytes.count == length, let decoded = String(validating: bytes, as: UTF8.self) else {
                i += 1
                continue
            }
            if let last = runs.last, last.range.upperBound == i {
                runs[runs.count - 1] = Run(
                    range: last.range.lowerBound..<(i + length), text: last.text + scalars(s[i..<(i + length)]),
                    repaired: last.repaired + decoded)
            } else {
                runs.append(Run(range: i..<(i + length), text: scalars(s[i..<(i + length)]), repaired: decoded))
            }
            i += length
        }
        return runs
    }

    /// The text with every mis-decoded run replaced by what it was.
    static func repair(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var result = ""
        var at = 0
        for run in runs(in: text) {
            result += scalars(s[at..<run.range.lowerBound]) + run.repaired
            at = run.range.upperBound
        }
        return result + scalars(s[at...])
    }

    /// The first pattern in a translation that only mojibake makes: Ã© (é), â€™ (’), Â© (©), Ã± (ñ),
    /// and Cyrillic or Arabic read as Latin-1 twice in a row (Ð¿Ñ€, Ø§Ù„).
    static func firstInTranslation(_ s: [Unicode.Scalar]) -> (text: String, offset: Int)? {
        var i = 0
        while i + 1 < s.count {
            let a = s[i].value
            let b = s[i + 1].value
            // A lead byte 0xC2/0xC3 shown as Â/Ã, then a continuation byte shown as a symbol or a Windows-1252 character.
            if (a == 0xC2 || a == 0xC3) && isContinuation(s[i + 1]) {
                // Â followed by a raw C1 control is not what a Windows-1252 reader shows.
                if a == 0xC2 && (0x80...0x9F).contains(b) {
                    i += 1
                    continue
                }
                return (scalars(s[i...(i + 1)]), i)
            }
            if a == 0xE2, b == 0x20AC, i + 2 < s.count {
                return (scalars(s[i...(i + 2)]), i)
            }
            if Self.cyrillicOrArabicLeads.contains(a) && isContinuation(s[i + 1]), i + 3 < s.count, Self.cyrillicOrArabicLeads.contains(s[i + 2].value) {
                // Two mojibake pairs in a row (Ð¿Ñ€, Ø§Ù„): one pair alone could be a real Icelandic or Nordic word.
                return (scalars(s[i...(i + 3)]), i)
            }
            i += 1
        }
        return nil
    }

    /// Ð, Ñ, Ø, Ù: lead bytes of Cyrillic and Arabic letters.
    private static let cyrillicOrArabicLeads: Set<UInt32> = [0xD0, 0xD1, 0xD8, 0xD9]

    /// Whether the scalar shows a UTF-8 continuation byte (0x80–0xBF) read as Windows-1252 or Latin-1.
    private static func isContinuation(_ c: Unicode.Scalar) -> Bool {
        byte(c).map { (0x80...0xBF).contains($0) } ?? false
    }

    private static func scalars(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(slice))
    }

    /// A UTF-8 lead byte's sequence length (2–4); nil for anything else.
    private static func sequenceLength(_ b: UInt8) -> Int? {
        switch b {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return nil
        }
    }

    /// The byte a scalar came from when bytes were read as Windows-1252 (or Latin-1 for 0x80–0x9F).
    private static func byte(_ c: Unicode.Scalar) -> UInt8? {
        if (0x80...0xFF).contains(c.value) { return UInt8(c.value) }
        return windows1252[c.value]
    }

    private static let windows1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02C6: 0x88,
        0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
        0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
