import Testing
import TranslateICU

@testable import TranslateKit

@Suite("Plural compiler") struct PluralCompilerTests {
    static func rules(_ tag: String, _ type: ICU.PluralType) throws -> PluralCompiler.Rules {
        let text = try ICU.PluralRules(locale: ICU.Locale(identifier: tag), type: type).ruleText
        return PluralCompiler.Rules(syntax: PluralRuleSyntax(text), locale: tag, runtimeAgrees: false)
    }

    /// `message` written for `tag`'s rules, compiled for a bundle whose runtime does not share them.
    static func compile(_ message: String, from tag: String) throws -> PluralCompiler.Compiled {
        PluralCompiler.compile(message, cardinal: try rules(tag, .cardinal), ordinal: try rules(tag, .ordinal))
    }

    @Test func finiteCategoriesBecomeExactValues() throws {
        #expect(
            try Self.compile("{days, plural, one {# day} other {# days}}", from: "en").message
                == "{days, plural, =1 {# day} other {# days}}")
        // Welsh: five finite categories, each one value.
        #expect(
            try Self.compile("{n, plural, zero {a} one {b} two {c} few {d} many {e} other {f}}", from: "cy").message
                == "{n, plural, =0 {a} =1 {b} =2 {c} =3 {d} =6 {e} other {f}}")
        // Text around and inside branches, quotes and spacing stay byte for byte.
        let quoted = "Hi '{'{name}'}', {n,plural,one{it''s # {kind, select, a {x} other {y}}}  other  {# it''s}} ✓"
        #expect(
            try Self.compile(quoted, from: "en").message
                == "Hi '{'{name}'}', {n,plural,=1{it''s # {kind, select, a {x} other {y}}}  other  {# it''s}} ✓")
        #expect(try Self.compile("No plural: {name} has {n, number} files", from: "en").message == "No plural: {name} has {n, number} files")
    }

    @Test func messagesWithoutPluralsAreSkippedUnparsed() {
        #expect(PluralCompiler.mayContainPlural("{n, plural, one {a} other {b}}"))
        #expect(PluralCompiler.mayContainPlural("{n, SelectOrdinal, one {a} other {b}}"))
        #expect(PluralCompiler.mayContainPlural("{n,PLURAL,other{b}}"))
        #expect(!PluralCompiler.mayContainPlural("Hello {name}, the fee is {amount, number}."))
        #expect(!PluralCompiler.mayContainPlural("Plura l"))
    }

    @Test func explicitValuesWinAndOffsetShiftsCategories() throws {
        // =1 already present: 'one' would only repeat it, so it goes.
        #expect(
            try Self.compile("{n, plural, =0 {none} =1 {just one} one {one} other {#}}", from: "en").message
                == "{n, plural, =0 {none} =1 {just one} other {#}}")
        // offset:1: 'one' means n - 1 = 1, i.e. n = 2; =1 matches n itself.
        #expect(
            try Self.compile("{n, plural, offset:1 =0 {nobody} =1 {{a}} one {{a} and # other} other {{a} and # others}}", from: "en").message
                == "{n, plural, offset:1 =0 {nobody} =1 {{a}} =2 {{a} and # other} other {{a} and # others}}")
        // Categories English never selects are dead branches: a runtime for Arabic would pick 'zero' at 0.
        #expect(
            try Self.compile("{n, plural, zero {no files} one {# file} other {# files}}", from: "en").message
                == "{n, plural, =1 {# file} other {# files}}")
    }

    @Test func nestedMessagesAreRewrittenToo() throws {
        let message = "{g, select, female {{n, plural, one {her # cat} other {her # cats}}} other {{n, plural, one {# cat} other {# cats}}}}"
        #expect(
            try Self.compile(message, from: "en").message
                == "{g, select, female {{n, plural, =1 {her # cat} other {her # cats}}} other {{n, plural, =1 {# cat} other {# cats}}}}")
        let inner = "{n, plural, one {# list with {m, plural, one {# item} other {# items}}} other {# lists}}"
        #expect(
            try Self.compile(inner, from: "en").message
                == "{n, plural, =1 {# list with {m, plural, =1 {# item} other {# items}}} other {# lists}}")
    }

    @Test func categoriesThatAreNotFiniteNameTheirLocale() throws {
        // English ordinals (1st, 21st, 101st…): no list of values, so the runtime must use English rules.
        let ordinal = try Self.compile("{place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", from: "en")
        #expect(ordinal.message == "{place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}")
        #expect(ordinal.pluralLocale == "en" && ordinal.exact)
        // Portuguese 'one' is 0 and 1 and every decimal below 2.
        let portuguese = try Self.compile("{n, plural, one {# dia} other {# dias}}", from: "pt")
        #expect(portuguese.pluralLocale == "pt" && portuguese.message == "{n, plural, one {# dia} other {# dias}}")
        // Spanish 'many' (1,000,000 and up, round) cannot be listed either.
        #expect(try Self.compile("{n, plural, one {# día} many {# de días} other {# días}}", from: "es").pluralLocale == "es")
        // Mixed: the cardinal is spelled out, the ordinal keeps English's rules.
        let mixed = try Self.compile("{n, plural, one {# race} other {# races}}: {p, selectordinal, one {#st} other {#th}}", from: "en")
        #expect(mixed.message == "{n, plural, =1 {# race} other {# races}}: {p, selectordinal, one {#st} other {#th}}")
        #expect(mixed.pluralLocale == "en")
        // Literal rules no CLDR locale has: inexact, left as written.
        let literal = PluralCompiler.Rules(syntax: PluralRuleSyntax("one: i = 1"), locale: nil, runtimeAgrees: false)
        let result = PluralCompiler.compile("{n, plural, one {a} other {b}}", cardinal: literal, ordinal: literal)
        #expect(!result.exact && result.pluralLocale == nil && result.message == "{n, plural, one {a} other {b}}")
    }

    @Test func argumentsTheRuntimeAlreadyAgreesWithStay() throws {
        var cardinal = try Self.rules("es", .cardinal)
        cardinal.runtimeAgrees = true
        let result = PluralCompiler.compile("{n, plural, one {# día} other {# días}}", cardinal: cardinal, ordinal: try Self.rules("es", .ordinal))
        #expect(result == PluralCompiler.Compiled(message: "{n, plural, one {# día} other {# días}}", pluralLocale: nil, exact: true))
    }

    /// What the compiler is for: ICU formatting the compiled English message for Japanese, Russian and French
    /// shows what English shows, where the message as written does not.
    @Test func compiledMessageRendersAsItsSourceInAnyLocale() throws {
        let message = "{days, plural, one {# day} other {# days}}"
        let compiled = try Self.compile(message, from: "en").message
        let english = ICU.Locale(identifier: "en")
        for tag in ["ja", "ru", "fr", "pl", "din"] {
            let locale = ICU.Locale(identifier: tag)
            for n in [0.0, 1, 2, 21, 1.5] {
                let wanted = try ICU.MessageFormat.format(message, locale: english, arguments: ["days": .number(n)])
                let got = try ICU.MessageFormat.format(compiled, locale: locale, arguments: ["days": .number(n)])
                // Digits are the same in these locales for these numbers except the decimal separator.
                #expect(got.replacingOccurrences(of: ",", with: ".") == wanted, "\(tag) \(n)")
            }
        }
        // …and the message as written does not (Japanese "1 days", Russian "21 day", French "0 day").
        #expect(try ICU.MessageFormat.format(message, locale: ICU.Locale(identifier: "ja"), arguments: ["days": .number(1)]) == "1 days")
        #expect(try ICU.MessageFormat.format(message, locale: ICU.Locale(identifier: "ru"), arguments: ["days": .number(21)]) == "21 day")
        #expect(try ICU.MessageFormat.format(message, locale: ICU.Locale(identifier: "fr"), arguments: ["days": .number(0)]) == "0 day")
    }
}
