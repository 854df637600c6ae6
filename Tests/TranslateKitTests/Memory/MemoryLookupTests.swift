import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

@Suite struct MemoryLookupTests {
    static func memory(_ pairs: [(String, String)], language: String = "es") -> TranslationMemory {
        TranslationMemory(
            language: language,
            units: pairs.enumerated().map { i, pair in
                MemoryUnit(sourceMessage: pair.0, targetMessage: pair.1, key: "k\(i)", originFile: "Content/page\(i).html", date: "20240101T000000Z")
            })
    }

    @Test func bitParallelDistanceEqualsTheDynamicProgramme() {
        let seed = SeededRandom.seedFromEnvironment("TM_SEED")
        print("bitParallelDistanceEqualsTheDynamicProgramme seed \(seed)")
        var rng = MemorySeededGenerator(seed: seed)
        // Small alphabets make many matches; lengths cross the 64-character block boundary;
        // scalars above 0x800 (CJK, emoji) take the other table.
        let alphabets: [[UInt32]] = [[97, 98, 99], [0x4E00, 0x4E8C, 98], [0x1F600, 0x0627, 0x0644, 32]]
        for _ in 0..<400 {
            let alphabet = alphabets.randomElement(using: &rng)!
            let a = (0..<Int.random(in: 0...150, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let b = (0..<Int.random(in: 0...150, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let exact = BoundedEditDistance.reference(a, b)
            let fast = BoundedEditDistance(a)
            #expect(fast.distance(to: b, bound: Int.max / 2) == exact, "seed \(seed)")
            let bound = Int.random(in: 0...max(1, exact + 3), using: &rng)
            #expect(fast.distance(to: b, bound: bound) == (exact <= bound ? exact : nil), "seed \(seed) bound \(bound)")
        }
    }

    @Test func indexedTopMatchEqualsBruteForce() {
        let seed = SeededRandom.seedFromEnvironment("TM_SEED")
        print("indexedTopMatchEqualsBruteForce seed \(seed)")
        var rng = MemorySeededGenerator(seed: seed)
        let words = [
            "school", "is", "closed", "on", "Monday", "Tuesday", "buses", "late", "lunch", "menu", "the", "family",
            "conference", "at", "3:30", "1/5", "{name}", "<x1>form</x1>", "Escuela", "закрыта", "学校", "休み", "مدرسة", "a", "b",
        ]
        func sentence() -> String {
            (0..<Int.random(in: 1...14, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
        }
        let units = (0..<3000).map { i in MemoryUnit(sourceMessage: sentence(), targetMessage: "t\(i)", key: "k\(i)") }
        let index = MemoryIndex(TranslationMemory(language: "es", units: units))
        for _ in 0..<60 {
            // Queries: mutated memory sources (near matches) and fresh sentences (far ones).
            var query: String
            if Bool.random(using: &rng) {
                var chars = Array(units.randomElement(using: &rng)!.sourceText)
                for _ in 0..<Int.random(in: 0...6, using: &rng) where !chars.isEmpty {
                    chars[Int.random(in: 0..<chars.count, using: &rng)] = "xyzé日".randomElement(using: &rng)!
                }
                query = String(chars)
            } else {
                query = sentence()
            }
            let text = MatchText(query)
            let everything = index.bruteForce(text, limit: Int.max, minimumScore: 0)
            for minimum in [0, 50, 75] {
                let fast = index.bestEntries(text, limit: 3, minimumScore: minimum)
                let slow = Array(everything.filter { $0.score >= minimum }.prefix(3))
                #expect(
                    fast.map(\.entry) == slow.map(\.entry) && fast.map(\.score) == slow.map(\.score),
                    "seed \(seed) query \(query) minimum \(minimum)")
            }
        }
    }

    @Test func weekdayDiffersButDatesAreSpansAndCarriedOver() throws {
        let index = MemoryIndex(
            Self.memory([
                ("School is closed on Tuesday 2/3", "La escuela está cerrada el martes 2/3"),
                ("Lunch is served at 11:30 am", "El almuerzo se sirve a las 11:30 am"),
            ]))
        let match = try #require(index.lookup(MemoryQuery("School is closed on Monday 1/5")).first)
        #expect(match.unit.sourceText == "School is closed on Tuesday 2/3")
        #expect(match.score >= 75 && match.score < 100)
        #expect(match.target == "La escuela está cerrada el martes 1/5")
        // Only the date differs: near-perfect, and the new date is in the translation.
        let dateOnly = try #require(index.lookup(MemoryQuery("School is closed on Tuesday 9/12")).first)
        #expect(dateOnly.score == 99)
        #expect(dateOnly.target == "La escuela está cerrada el martes 9/12")
        let time = try #require(index.lookup(MemoryQuery("Lunch is served at 12:15 pm")).first)
        #expect(time.target == "El almuerzo se sirve a las 12:15 pm")
    }

    @Test func recognisedSpans() {
        #expect(
            MatchText("Monday 1/5 at 3:30 pm, $2,500.75 or 2024-09-03 {name} <x1>x</x1>").spans.map(\.kind)
                == [.date, .time, .number, .date, .placeholder, .placeholder, .placeholder])
        #expect(MatchText("1.5 km").spans == [MatchSpan(kind: .number, text: "1.5")])
        #expect(MatchText("٣ أيام").spans.map(\.kind) == [.number])  // Arabic-Indic digits
    }

    @Test func exactAndInContextMatches() throws {
        var memory = TranslationMemory(language: "pl")
        memory.add(MemoryUnit(sourceMessage: "Save", targetMessage: "Zapisz", key: "form.save", previousSource: "Name", nextSource: "Cancel"))
        memory.add(MemoryUnit(sourceMessage: "Save", targetMessage: "Oszczędzaj", key: "bank.save", previousSource: "Money", nextSource: "Spend"))
        let index = MemoryIndex(memory)
        let byKey = index.lookup(MemoryQuery("Save", key: "form.save"))
        #expect(byKey.first?.score == 101)
        #expect(byKey.first?.target == "Zapisz")
        #expect(byKey.dropFirst().first?.score == 100)
        let byNeighbours = index.lookup(MemoryQuery("Save", key: "other", previousSource: "Money", nextSource: "Spend"))
        #expect(byNeighbours.first?.target == "Oszczędzaj")
        #expect(byNeighbours.first?.score == 101)
        let plain = index.lookup(MemoryQuery("Save"))
        #expect(plain.map(\.score) == [100, 100])
        #expect(index.lookup(MemoryQuery("save")).first?.score == 99)  // case differs
    }

    @Test func tuidFromAnotherToolIsTheKeyForInContextMatches() throws {
        // As Translate Toolkit's po2tmx and Weblate write it: tuid is the gettext msgctxt.
        let tmx = """
            <?xml version="1.0" encoding="utf-8"?>
            <tmx version="1.4"><header creationtool="Translate Toolkit" creationtoolversion="3.13" segtype="sentence" o-tmf="UTF-8" adminlang="en" srclang="en" datatype="PlainText"/>
            <body>
            <tu tuid="calendar.closed"><tuv xml:lang="en"><seg>School is closed today.</seg></tuv><tuv xml:lang="ru"><seg>Сегодня школа закрыта.</seg></tuv></tu>
            <tu tuid="snow.closed"><tuv xml:lang="en"><seg>School is closed today.</seg></tuv><tuv xml:lang="ru"><seg>Сегодня школы закрыты из-за снега.</seg></tuv></tu>
            </body></tmx>
            """
        let memory = TranslationMemory(document: try TMXReader.parse(tmx, path: "weblate.tmx"), language: "ru")
        #expect(memory.units.allSatisfy { $0.key == nil })  // nothing invented in the stored units
        let index = MemoryIndex(memory)
        let snow = index.lookup(MemoryQuery("School is closed today.", key: "snow.closed"))
        #expect(snow.map(\.score) == [101, 100])
        #expect(snow.first?.target == "Сегодня школы закрыты из-за снега.")
        #expect(index.lookup(MemoryQuery("School is closed today.", key: "other")).map(\.score) == [100, 100])
        // Written back, the tuid stays where it was and no x-key appears.
        let written = TMXWriter.write(memory.document)
        #expect(written.contains("tuid=\"snow.closed\"") && !written.contains("x-key"))
    }

    @Test func omegaTAndMemoQNeighboursGiveInContextMatches() throws {
        let omegaT = TranslationMemory(document: try TMXReader.read(MemoryFixtures.url("omegat-project_save.tmx")), language: "es")
        let index = MemoryIndex(omegaT)
        let match = index.lookup(MemoryQuery("Buses run on a delayed schedule.", previousSource: "Dear families,", nextSource: "Thank you.")).first
        #expect(match?.score == 101)
        #expect(index.lookup(MemoryQuery("Buses run on a delayed schedule.", previousSource: "Hi", nextSource: "Bye")).first?.score == 100)
        let memoQ = MemoryIndex(TranslationMemory(document: try TMXReader.read(MemoryFixtures.url("memoq-export.tmx")), language: "ar"))
        #expect(
            memoQ.lookup(
                MemoryQuery(
                    "Parent-teacher conferences start at 3:30 pm.", previousSource: "Welcome back!",
                    nextSource: "Call the main office.")
            ).first?.score == 101)
        // A time that differs is carried into the Arabic translation.
        let later = try #require(memoQ.lookup(MemoryQuery("Parent-teacher conferences start at 4:15 pm.")).first)
        #expect(later.score == 99)
        #expect(later.target == "تبدأ اجتماعات أولياء الأمور والمعلمين في الساعة 4:15 مساءً.")
    }

    @Test func cyrillicAndChineseFuzzyMatches() throws {
        let memory = Self.memory(
            [
                ("Школа закрыта в понедельник", "x"),
                ("Школа открыта", "y"),
                ("学校明天放假", "z"),
            ], language: "ru")
        let index = MemoryIndex(memory)
        #expect(index.lookup(MemoryQuery("Школа закрыта во вторник")).first?.unit.targetText == "x")
        #expect(index.lookup(MemoryQuery("学校后天放假")).first?.unit.targetText == "z")
        #expect(index.lookup(MemoryQuery("Completely unrelated English words"), minimumScore: 50).isEmpty)
    }

    @Test func differingWordsAreMarked() {
        let words = MatchDifference.words(query: "School is closed on Monday 1/5", source: "School is closed on Tuesday 2/3")
        #expect(words.filter(\.differs).map(\.text) == ["Tuesday", "2/3"])
    }
}
