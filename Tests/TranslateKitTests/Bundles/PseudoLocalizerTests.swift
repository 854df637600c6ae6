import Foundation
import Testing
import TranslateICU

@testable import TranslateKit

@Suite("PseudoLocalizer")
struct PseudoLocalizerTests {
    static let rlo = { (word: String) in "\u{200F}\u{202E}\(word)\u{202C}\u{200F}" }

    @Test("ar-XB plurals carry all six Arabic categories, each branch marked with its category; en-XA keeps English's")
    func arabicPluralCategories() throws {
        let source = "{count, plural, one {# student} other {# students}}"
        let bidi = PseudoLocalizer.pseudolocalize(source, style: .bidi)
        let students = Self.rlo("students")
        #expect(
            bidi == "{count, plural, one {[one] # \(Self.rlo("student"))} other {[other] # \(students)}"
                + " zero {[zero] # \(students)} two {[two] # \(students)} few {[few] # \(students)} many {[many] # \(students)}}")
        // ICU formats it in Arabic and each number shows the form CLDR picks for it.
        let arabic = try ICU.Locale(tag: "ar")
        #expect(try ICU.PluralRules(locale: arabic).categories.map(\.rawValue).sorted() == PseudoLocalizer.arabicCategories.sorted())
        for (number, category) in [(0, "zero"), (1, "one"), (2, "two"), (3, "few"), (11, "many"), (100, "other")] {
            let text = try ICU.MessageFormat.format(bidi, locale: arabic, arguments: ["count": .number(Double(number))])
            #expect(text.hasPrefix("[\(category)] "), "\(number): \(text)")
        }
        let accented = PseudoLocalizer.pseudolocalize(source, style: .accented)
        let tree = try #require(MessageFormatParser.parse(accented).message)
        #expect(tree.branchingArguments.map(\.selectorTexts) == [["one", "other"]])
    }

    @Test("ar-XB: nested and offset plurals, exact selectors, selectordinal and select are handled as they should")
    func otherShapes() throws {
        let nested =
            "{gender, select, female {{n, plural, offset:1 =0 {Nobody} one {She and # friend} other {She and # friends}}} other {{n, plural, one {# friend} other {# friends}}}}"
        let bidi = PseudoLocalizer.pseudolocalize(nested, style: .bidi)
        let tree = try #require(MessageFormatParser.parse(bidi).message, "\(bidi)")
        let plurals = tree.branchingArguments.filter { $0.name == "n" }
        #expect(plurals.count == 2)
        for plural in plurals {
            #expect(Set(PseudoLocalizer.arabicCategories).isSubset(of: Set(plural.selectorTexts)), "\(plural.selectorTexts)")
        }
        let nobody = Self.rlo("Nobody")
        #expect(bidi.contains("=0 {\(nobody)}"))
        #expect(tree.branchingArguments.first { $0.name == "gender" }?.selectorTexts == ["female", "other"])
        // Ordinals are not Arabic's cardinal forms: left as they are.
        let ordinal = PseudoLocalizer.pseudolocalize("{place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", style: .bidi)
        #expect(try #require(MessageFormatParser.parse(ordinal).message).branchingArguments.map(\.selectorTexts) == [["one", "two", "few", "other"]])
        let arabic = try ICU.Locale(tag: "ar")
        #expect(ICU.MessageFormat.validate(bidi, locale: arabic).accepted)
        let two = try ICU.MessageFormat.format(bidi, locale: arabic, arguments: ["gender": .string("other"), "n": .number(2)])
        #expect(two.hasPrefix("[two] ٢"))  // Arabic digits
    }
}
