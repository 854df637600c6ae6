/// UTF-8 text that was once read as Windows-1252 or Latin-1 ("Â©", "â€™", "Ã©") in the English, with the repair.
public struct MojibakeCheck: SourceQualityCheck {
    public init() {}
    public let id = "mojibake"
    public let name = "Mojibake in the English"
    public let summary = "the English has UTF-8 read as Windows-1252 or Latin-1 (Â©, â€™, Ã©); the finding gives the repaired text"
    public let rationale = """
    When a page saved as UTF-8 is once opened as Windows-1252, "©" becomes "Â©" and "’" becomes "â€™". \
    Translators copy what they see, so the garbage reaches all ninety languages, and machine translation \
    guesses at it. Read as bytes again and decoded as UTF-8, the run gives back the text the writer meant.
    """
    public let severity = Severity.error
    public let fixHint = "fix the content file (and the editor or export that mis-decoded it), then extract again"
    public var examples: [CheckExample] {
        [
            .passing("en", "Copyright © 2025 Hartford Public Schools.", ""),
            .passing("en", "Don’t forget the café on Zoë’s street.", ""),
            .passing("en", "Ærø and Ålesund are “islands”.", ""),
            .failing("en", "Copyright Â© 2025 Hartford Public Schools.", "", "\"Â©\" is \"©\""),
            .failing("en", "Donâ€™t forget your lunch.", "", "\"â€™\" is \"’\""),
            .failing("en", "Join us at the CafÃ© Night.", "", "\"Ã©\" is \"é\""),
        ]
    }

    public func checkSource(_ entry: CatalogEntry, _ context: SourceCheckContext) -> [Finding] {
        Self.runs(in: entry.source).map { run in
            Finding("mojibake: \"\(run.text)\" is \"\(run.repaired)\" read as Windows-1252", target: .source,
                    range: run.range, notes: ["repaired: \(Self.repair(entry.source))"])
        }
    }

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
            guard let lead = byte(s[i]), let length = sequenceLength(lead), i + length <= s.count else { i += 1; continue }
            var bytes = [lead]
            for k in 1..<length {
                guard let b = byte(s[i + k]), (0x80...0xBF).contains(b) else { break }
                bytes.append(b)
            }
            guard bytes.count == length, let decoded = String(validating: bytes, as: UTF8.self) else { i += 1; continue }
            if let last = runs.last, last.range.upperBound == i {
                runs[runs.count - 1] = Run(range: last.range.lowerBound..<(i + length), text: last.text + scalars(s[i..<(i + length)]),
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
        var result = "", at = 0
        for run in runs(in: text) {
            result += scalars(s[at..<run.range.lowerBound]) + run.repaired
            at = run.range.upperBound
        }
        return result + scalars(s[at...])
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
