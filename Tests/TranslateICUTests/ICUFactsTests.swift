import Testing
import TranslateICU

/// ICU and CLDR facts the rest of the tool relies on, pinned per language.
@Suite struct ICUFactsTests {
    @Test func versions() {
        #expect(ICU.version.hasPrefix("7"))
        #expect(ICU.cldrVersion.split(separator: ".").first.flatMap { Int($0) }.map { $0 >= 42 } == true)
    }

    @Test func arabicHasSixCardinalCategories() throws {
        let rules = try ICU.PluralRules(locale: ICU.Locale(tag: "ar"))
        #expect(rules.categories == [.zero, .one, .two, .few, .many, .other])
        #expect(rules.select(0) == .zero)
        #expect(rules.select(2) == .two)
        #expect(rules.select(3) == .few)
        #expect(rules.select(11) == .many)
        #expect(rules.select(100) == .other)
    }

    @Test func japaneseHasOnlyOther() throws {
        #expect(try ICU.PluralRules(locale: ICU.Locale(tag: "ja")).categories == [.other])
    }

    @Test func polishOneFewManyOther() throws {
        let rules = try ICU.PluralRules(locale: ICU.Locale(tag: "pl"))
        #expect(rules.categories == [.one, .few, .many, .other])
        #expect(rules.select(22) == .few)
        #expect(rules.select(25) == .many)
        #expect(try rules.select(decimal: "1.5") == .other)
        #expect(rules.samples(for: .few) == ["2", "3", "4", "22", "23"])
    }

    @Test func frenchManyOnlyForLargeRoundNumbers() throws {
        let rules = try ICU.PluralRules(locale: ICU.Locale(tag: "fr"))
        #expect(rules.categories == [.one, .many, .other])
        #expect(try rules.select(decimal: "1000000") == .many)
        #expect(try rules.select(decimal: "1000001") == .other)
        let reach = rules.reach()
        #expect(reach[.one] == .integers)
        #expect(reach[.many] == .decimalsOrLarge)
    }

    @Test func englishVisibleFractionDigitsMatter() throws {
        let rules = try ICU.PluralRules(locale: ICU.Locale(tag: "en"))
        #expect(try rules.select(decimal: "1") == .one)
        #expect(try rules.select(decimal: "1.0") == .other)
    }

    @Test func welshOrdinals() throws {
        let rules = try ICU.PluralRules(locale: ICU.Locale(tag: "cy"), type: .ordinal)
        #expect(rules.categories == [.zero, .one, .two, .few, .many, .other])
    }

    @Test func swedishSortsAUmlautAfterZ() throws {
        let collator = try ICU.Collator(locale: ICU.Locale(tag: "sv"))
        #expect(collator.sorted(["ä", "z", "a"]) == ["a", "z", "ä"])
        let german = try ICU.Collator(locale: ICU.Locale(tag: "de"))
        #expect(german.sorted(["ä", "z", "a"]) == ["a", "ä", "z"])
    }

    @Test func lithuanianSortsYBetweenIAndJ() throws {
        let collator = try ICU.Collator(locale: ICU.Locale(tag: "lt"))
        #expect(collator.sorted(["j", "y", "i"]) == ["i", "y", "j"])
    }

    @Test func primaryStrengthIgnoresAccents() throws {
        let collator = try ICU.Collator(locale: ICU.Locale(tag: "en"), strength: .primary)
        #expect(collator.equal("resume", "résumé"))
        let tertiary = try ICU.Collator(locale: ICU.Locale(tag: "en"))
        #expect(!tertiary.equal("resume", "résumé"))
    }

    @Test func scriptsGiveDirection() {
        #expect(ICU.Script("Rohg")?.isRightToLeft == true)
        #expect(ICU.Script("Syrc")?.isRightToLeft == true)
        #expect(ICU.Script("Arab")?.isRightToLeft == true)
        #expect(ICU.Script("Mymr")?.isRightToLeft == false)
        #expect(ICU.Script("Qqqq") == nil)
    }

    @Test func localeTags() throws {
        #expect(try ICU.Locale(tag: "EN-us").languageTag == "en-US")
        #expect(try ICU.Locale(tag: "sr").addingLikelySubtags().languageTag == "sr-Cyrl-RS")
        #expect(try ICU.Locale(tag: "zh-Hant").script == "Hant")
        #expect(try ICU.Locale(tag: "ar").endonym == "العربية")
        #expect(try ICU.Locale(tag: "es").englishName == "Spanish")
        #expect(throws: ICU.Locale.TagError.self) { try ICU.Locale(tag: "en_US") }
        #expect(throws: ICU.Locale.TagError.self) { try ICU.Locale(tag: "xx-!!") }
        #expect(throws: ICU.Locale.TagError.self) { try ICU.Locale(tag: "") }
    }

    @Test func haitianIsServedFrenchData() throws {
        // ICU aliases 'ht' to French data: the registry must not trust it silently.
        let ht = try ICU.Locale(tag: "ht")
        #expect(!ht.hasOwnData)
        #expect(try ICU.Locale(tag: "ar").hasOwnData)
        #expect(try !ICU.Locale(tag: "ksw").hasOwnData)
    }

    @Test func wordsAndSentences() throws {
        #expect(ICU.BreakIterator.wordCount("School is closed on Monday, January 5.") == 7)
        let thai = try ICU.Locale(tag: "th")
        #expect(ICU.BreakIterator.wordCount("โรงเรียนปิดวันจันทร์", locale: thai) >= 3)
        let sentences = ICU.BreakIterator.sentences("Schools close at noon. Buses run early! Questions?")
        #expect(sentences.count == 3)
    }

    @Test func normalization() {
        let decomposed = "e\u{301}cole"
        #expect(!ICU.Normalizer.isNormalized(decomposed))
        #expect(ICU.Normalizer.normalize(decomposed) == "école")
        #expect(ICU.Normalizer.isNormalized("école"))
    }

    @Test func messageFormatOracle() throws {
        #expect(ICU.MessageFormat.validate("{n, plural, one {# book} other {# books}}").accepted)
        let bad = ICU.MessageFormat.validate("{n, plural, one {# book} other {# books}")
        #expect(!bad.accepted)
        let text = try ICU.MessageFormat.format("{n, plural, one {# libro} other {# libros}}", locale: ICU.Locale(tag: "es"), arguments: ["n": .number(3)])
        #expect(text == "3 libros")
    }
}
