import Testing

@testable import TranslateKit

/// What counts as a word: the text a translator reads, not the markup tags and ICU syntax around it.
@Suite struct WordCountTests {
    @Test(arguments: [
        ("All Hartford Public Schools are closed today, Tuesday, because of the snowstorm.", 12),
        // Argument names and types are not words; the argument itself separates the words around it.
        ("Bus {route} is running about {minutes, number} minutes late.", 6),
        // Tags are not words (`x1` used to count), and they do not split the word they sit in.
        // (ICU splits 8:00 at the colon: 8 and 00 are two words, a.m. is one.)
        ("<x1>Click here</x1> to contact us, or call {phone1} between 8:00 a.m. and 4:00 p.m.", 15),
        ("Read the <x1>guide</x1><x2></x2>.", 3),
        // Every branch is text to translate; `plural`, `one`, `other` and `#` are not.
        ("{count, plural, one {# student is absent} other {# students are absent}}", 6),
        ("{gender, select, female {She} male {He} other {They}} will call you.", 6),
        // Quoted braces are text.
        ("Type '{'name'}' in the box.", 5),
        ("16,500 PreK-12 students", 4),
        ("", 0),
    ])
    func countsTheReadableText(message: String, words: Int) {
        #expect(WordCount.of(message) == words, "\(message)")
    }

    @Test func aMessageICURejectsIsCountedAsText() {
        #expect(WordCount.of("Bus {route is late") == 4)
    }
}
