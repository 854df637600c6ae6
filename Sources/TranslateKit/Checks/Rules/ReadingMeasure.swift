import TranslateICU

/// The counts a reading grade is made of, for one message or a whole page: sentences by ICU's sentence
/// breaks, words by its word breaks, syllables by `EnglishSyllables` (a capitalized name inside a sentence counts one).
public struct ReadingMeasure: Sendable, Equatable {
    /// One sentence: its scalar offset and length in the message, and its word count.
    public struct Sentence: Sendable, Equatable {
        public var offset: Int
        public var length: Int
        public var words: Int
    }

    public var sentences: [Sentence] = []
    public var words = 0
    public var syllables = 0

    public init() {}

    /// Measures a message's English: only the literal text counts, not argument syntax or markup tags
    /// (`{count, plural, …}`, `<x1>`), which are blanked so offsets stay those of the message.
    public init(message: String, syllables count: (Substring) -> Int = { EnglishSyllables.count($0) }) {
        let literal = LiteralText(message)
        var scalars = String.UnicodeScalarView()
        for (index, scalar) in literal.scalars.enumerated() { scalars.append(literal.literal[index] ? scalar : " ") }
        let text = String(scalars)
        // One word pass over the whole message (opening an ICU iterator per sentence cost more than the counting).
        let words = ICU.BreakIterator.segments(text, kind: .word).filter { $0.isWord && text[$0.range].contains(where: { $0.isLetter || $0.isNumber }) }
        var next = 0
        var offset = 0
        var cursor = text.startIndex
        for sentence in ICU.BreakIterator.segments(text, kind: .sentence) {
            offset += text.unicodeScalars[cursor..<sentence.range.lowerBound].count
            let span = text[sentence.range]
            let length = span.unicodeScalars.count
            cursor = sentence.range.upperBound
            var inSentence = 0
            while next < words.count, words[next].range.lowerBound < sentence.range.upperBound {
                let word = text[words[next].range]
                // A name inside a sentence ("Wethersfield Ave.", "Bulkeley High School") counts one syllable: the
                // writer cannot simplify it and translators copy it, so it should not raise the grade.
                let isName = inSentence > 0 && word.first!.isUppercase && word.dropFirst().contains(where: \.isLowercase)
                inSentence += 1
                syllables += isName ? 1 : max(1, count(word))
                next += 1
            }
            if inSentence > 0 {
                // ICU's sentence keeps the spaces around it (and blanked markup); the finding points at the words.
                let leading = span.unicodeScalars.prefix { $0.properties.isWhitespace }.count
                let trailing = span.unicodeScalars.reversed().prefix { $0.properties.isWhitespace }.count
                sentences.append(Sentence(offset: offset + leading, length: length - leading - trailing, words: inSentence))
            }
            self.words += inSentence
            offset += length
        }
    }

    /// Adds another message's counts (a page's grade is over all its units).
    public mutating func add(_ other: ReadingMeasure) {
        sentences += other.sentences
        words += other.words
        syllables += other.syllables
    }

    /// The Flesch–Kincaid grade level: 0.39 · words/sentences + 11.8 · syllables/words − 15.59; nil without words.
    public var grade: Double? {
        guard words > 0, !sentences.isEmpty else { return nil }
        return 0.39 * Double(words) / Double(sentences.count) + 11.8 * Double(syllables) / Double(words) - 15.59
    }
}
