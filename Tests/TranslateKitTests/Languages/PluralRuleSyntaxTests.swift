import Testing
import TranslateICU

@testable import TranslateKit

@Suite("Plural rule syntax") struct PluralRuleSyntaxTests {
    static func rules(_ tag: String, _ type: ICU.PluralType = .cardinal) throws -> PluralRuleSyntax {
        let text = try ICU.PluralRules(locale: ICU.Locale(identifier: tag), type: type).ruleText
        return try #require(PluralRuleSyntax(text), "\(tag): \(text)")
    }

    @Test func finiteCategoriesOfCLDRLanguages() throws {
        // English 'one' is i = 1 and v = 0: only the integer 1 ("1.0" has v = 1 only when written so).
        #expect(try Self.rules("en").finiteValues(of: .one) == [1])
        #expect(try Self.rules("es").finiteValues(of: .one) == [1])
        #expect(try Self.rules("es").finiteValues(of: .many) == nil)
        // French and Portuguese 'one' is i = 0,1 / i = 0..1: 0.5 and 1.5 too.
        #expect(try Self.rules("fr").finiteValues(of: .one) == nil)
        #expect(try Self.rules("fr").finiteValues(of: .many) == nil)
        #expect(try Self.rules("pt").finiteValues(of: .one) == nil)
        #expect(try Self.rules("pt-PT").finiteValues(of: .one) == [1])
        #expect(try Self.rules("ru").finiteValues(of: .one) == nil)
        #expect(try Self.rules("pl").finiteValues(of: .one) == [1])
        #expect(try Self.rules("pl").finiteValues(of: .few) == nil)
        #expect(try Self.rules("ar").finiteValues(of: .zero) == [0])
        #expect(try Self.rules("ar").finiteValues(of: .two) == [2])
        #expect(try Self.rules("ar").finiteValues(of: .few) == nil)
        let welsh = try Self.rules("cy")
        #expect(welsh.finiteValues(of: .zero) == [0] && welsh.finiteValues(of: .one) == [1] && welsh.finiteValues(of: .two) == [2])
        #expect(welsh.finiteValues(of: .few) == [3] && welsh.finiteValues(of: .many) == [6])
        // Categories a language never selects select the empty set; 'other' is never finite.
        #expect(try Self.rules("ja").finiteValues(of: .one) == [])
        #expect(try Self.rules("ja").finiteValues(of: .other) == nil)
        // Bengali 'one' is i = 0 or n = 1: 0.5 has i = 0.
        #expect(try Self.rules("bn").finiteValues(of: .one) == nil)
        #expect(try Self.rules("sw").finiteValues(of: .one) == [1])
        #expect(try Self.rules("so").finiteValues(of: .one) == [1])
        // English ordinals: 1st, 21st, 101st… never end.
        #expect(try Self.rules("en", .ordinal).finiteValues(of: .one) == nil)
        #expect(try Self.rules("en", .ordinal).finiteValues(of: .two) == nil)
        #expect(try Self.rules("vi", .ordinal).finiteValues(of: .one) == [1])
    }

    @Test func overlayRuleStringsOfTheRegistry() throws {
        #expect(PluralRuleSyntax("one: n = 1")?.finiteValues(of: .one) == [1])
        #expect(PluralRuleSyntax("other: n")?.finiteValues(of: .one) == [])
        #expect(PluralRuleSyntax("one: n = 1; two: n = 2")?.finiteValues(of: .two) == [2])
        #expect(PluralRuleSyntax("one: n in 1..3")?.finiteValues(of: .one) == [1, 2, 3])
        #expect(PluralRuleSyntax("one: n within 1..3")?.finiteValues(of: .one) == nil)
        #expect(PluralRuleSyntax("one: i = 1")?.finiteValues(of: .one) == nil)
        #expect(PluralRuleSyntax("one: n % 10 = 1")?.finiteValues(of: .one) == nil)
        #expect(PluralRuleSyntax("one: n = 1 and e = 0")?.finiteValues(of: .one) == nil)
        #expect(PluralRuleSyntax("one: i = 0,1 and v = 0 and i != 0")?.finiteValues(of: .one) == [1])
        #expect(PluralRuleSyntax("one: n = 1 @integer 1 @decimal 1.0, 1.00")?.finiteValues(of: .one) == [1])
        #expect(PluralRuleSyntax("one: n ≈ 1") == nil)
        #expect(PluralRuleSyntax("uno: n = 1") == nil)
        // Every rule string of the registry reads, and the overlay languages' 'one' is finite unless borrowed from bn.
        let registry = LanguageRegistry.builtIn()
        for language in registry.languages {
            for type in [ICU.PluralType.cardinal, .ordinal] {
                let text = try registry.pluralRules(for: language.tag, type: type).ruleText
                let syntax = try #require(PluralRuleSyntax(text), "\(language.tag): \(text)")
                if ["din", "nus", "aii", "rw", "rn", "lua", "ymm", "lir"].contains(language.tag) && type == .cardinal {
                    #expect(syntax.finiteValues(of: .one) == [1], "\(language.tag)")
                }
            }
        }
        #expect(try PluralRuleSyntax(registry.pluralRules(for: "rhg").ruleText)?.finiteValues(of: .one) == nil)
    }

    @Test func icuRuleTextReadsAsCLDRWritesIt() throws {
        #expect(PluralRuleSyntax.cldrText("one: i  in 1..1 and v  in 0..0; other: ") == "one: i = 1 and v = 0")
        let russian = PluralRuleSyntax.cldrText(try ICU.PluralRules(locale: ICU.Locale(identifier: "ru")).ruleText)
        #expect(russian.hasPrefix("one: v = 0 and i % 10 = 1 and i % 100 != 11"), "\(russian)")
        #expect(!russian.contains("other") && !russian.contains("@"))
        // The respelled text means what ICU's does.
        for tag in ["ru", "pl", "ar", "cy", "fr", "en"] {
            let text = try ICU.PluralRules(locale: ICU.Locale(identifier: tag)).ruleText
            #expect(PluralRuleSyntax(PluralRuleSyntax.cldrText(text)) == PluralRuleSyntax(text), "\(tag)")
        }
    }

    /// The decision agrees with ICU: every integer 0…2,000 a finite category lists selects it, no other does,
    /// and no decimal does.
    @Test func finiteValuesAgreeWithICUSelection() throws {
        for tag in ["en", "fr", "pt", "pt-PT", "es", "ru", "pl", "ar", "cy", "ja", "bn", "sw", "so", "he", "lv", "ga"] {
            for type in [ICU.PluralType.cardinal, .ordinal] {
                let icu = try ICU.PluralRules(locale: ICU.Locale(identifier: tag), type: type)
                let syntax = try #require(PluralRuleSyntax(icu.ruleText), "\(tag)")
                for category in icu.categories where category != .other {
                    guard let values = syntax.finiteValues(of: category) else { continue }
                    let selected = (0...2_000).filter { icu.select($0) == category }
                    #expect(selected == values, "\(tag) \(type) \(category)")
                    for decimal in ["0.5", "1.5", "2.5", "3.25", "21.5"] {
                        #expect(try icu.select(decimal: decimal) != category, "\(tag) \(category) \(decimal)")
                    }
                }
            }
        }
    }
}
