import CICU

extension ICU {
    /// Text segmentation by ICU's rules (UAX #29 plus dictionaries for Thai, Lao, Khmer, Burmese, CJK).
    public enum BreakIterator {
        public enum Kind: Int32, Sendable { case character = 0, word = 1, line = 2, sentence = 3 }

        /// A segment: its range in the string and, for words, whether it is a word (not spaces or punctuation).
        public struct Segment: Sendable {
            public let range: Range<String.Index>
            public let isWord: Bool
        }

        /// Segments `text` with `locale`'s rules.
        public static func segments(_ text: String, kind: Kind, locale: Locale = Locale(identifier: "root")) -> [Segment] {
            let units = Array(text.utf16)
            guard !units.isEmpty else { return [] }
            let capacity = units.count + 1
            var boundaries = [Int32](repeating: 0, count: capacity)
            var statuses = [Int32](repeating: 0, count: capacity)
            var status: Int32 = 0
            let count = units.withUnsafeBufferPointer { u in
                boundaries.withUnsafeMutableBufferPointer { b in
                    statuses.withUnsafeMutableBufferPointer { s in
                        cicu_break_boundaries(
                            kind.rawValue, locale.identifier, u.baseAddress, Int32(u.count), b.baseAddress, s.baseAddress, Int32(capacity), &status)
                    }
                }
            }
            guard status <= 0, count > 1 else { return [] }
            var result: [Segment] = []
            result.reserveCapacity(Int(count) - 1)
            let utf16 = text.utf16
            for i in 1..<Int(count) {
                let lower = utf16.index(utf16.startIndex, offsetBy: Int(boundaries[i - 1]))
                let upper = utf16.index(utf16.startIndex, offsetBy: Int(boundaries[i]))
                // Word rule status 0..<100 is UBRK_WORD_NONE: spaces, punctuation, symbols.
                let isWord = kind == .word ? statuses[i] >= 100 : true
                result.append(Segment(range: lower..<upper, isWord: isWord))
            }
            return result
        }

        /// The words of `text` (letters, numbers, ideographs; not spaces or punctuation).
        public static func words(_ text: String, locale: Locale = Locale(identifier: "root")) -> [Substring] {
            segments(text, kind: .word, locale: locale).filter(\.isWord).map { text[$0.range] }
        }

        /// Word count as translation vendors count it: one per word segment. For scripts written
        /// without spaces (Thai, Japanese) ICU's dictionaries find the words.
        public static func wordCount(_ text: String, locale: Locale = Locale(identifier: "root")) -> Int {
            segments(text, kind: .word, locale: locale).reduce(0) { $0 + ($1.isWord ? 1 : 0) }
        }

        /// The sentences of `text`, each with its trailing spaces.
        public static func sentences(_ text: String, locale: Locale = Locale(identifier: "root")) -> [Substring] {
            segments(text, kind: .sentence, locale: locale).map { text[$0.range] }
        }
    }
}
