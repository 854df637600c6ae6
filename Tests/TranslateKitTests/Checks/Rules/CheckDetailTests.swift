import Foundation
import Testing

@testable import TranslateKit

/// Details of individual checks beyond their documented examples.
@Suite struct CheckDetailTests {
    func findings(
        _ check: any Check, _ language: String, _ source: String, _ translation: String, flags: [String] = [],
        registry: LanguageRegistry? = nil, settings: CheckSettings = CheckSettings()
    ) -> [Finding] {
        check.check(
            CheckUnit(entry: CatalogEntry(source: source, translation: translation, flags: flags)),
            CheckContext(languageTag: language, settings: settings, registry: registry))
    }

    @Test func smsSegmentsFollowGSM7AndUCS2Limits() {
        #expect(SMSLengthCheck.measure(String(repeating: "a", count: 160)).segments == 1)
        #expect(SMSLengthCheck.measure(String(repeating: "a", count: 161)).segments == 2)
        #expect(SMSLengthCheck.measure(String(repeating: "a", count: 306)).segments == 2)
        #expect(SMSLengthCheck.measure(String(repeating: "a", count: 307)).segments == 3)
        // Extension characters cost two septets: 80 euro signs fill one message, 81 need two.
        #expect(SMSLengthCheck.measure(String(repeating: "€", count: 80)).units == 160)
        #expect(SMSLengthCheck.measure(String(repeating: "€", count: 81)).segments == 2)
        // Spanish ñ is GSM-7; á is not.
        #expect(SMSLengthCheck.measure("Mañana").encoding == "GSM-7")
        let spanish = SMSLengthCheck.measure("Mañana habrá clases")
        #expect(spanish.encoding == "UCS-2" && spanish.forcedUCS2?.scalar == "á" && spanish.forcedUCS2?.offset == 11)
        #expect(SMSLengthCheck.measure(String(repeating: "ب", count: 70)).segments == 1)
        #expect(SMSLengthCheck.measure(String(repeating: "ب", count: 71)).segments == 2)
        #expect(SMSLengthCheck.measure(String(repeating: "ب", count: 135)).segments == 3)
        // Emoji take two UTF-16 units.
        #expect(SMSLengthCheck.measure(String(repeating: "🎒", count: 35)).units == 70)
    }

    @Test func smsLimitFromSettingsIsAnError() {
        let result = findings(
            SMSLengthCheck(), "am", "School closed.", String(repeating: "ትምህርት ቤቱ ተዘግቷል። ", count: 5), flags: ["sms"],
            settings: CheckSettings(maximumSMSSegments: 1))
        #expect(result.count == 1 && result[0].severity == .error && result[0].message.contains("the limit is 1"))
        #expect(result[0].range == 0..<1)
    }

    @Test func phoneNumbersInEveryUSStyle() {
        let tokens = ProtectedCheck.tokens(in: Array("Call (860) 695-8000, 860-695-8000, 860.695.8000 or 1-860-695-8000; room 12".unicodeScalars))
        #expect(tokens.phones.map(\.digits) == ["8606958000", "8606958000", "8606958000", "18606958000"])
        #expect(tokens.numbers.map(\.digits) == ["12"])
        let arabic = findings(ProtectedCheck(), "ar", "Call (860) 695-8000 before 3:30.", "اتصلوا بالرقم (٨٦٠) ٦٩٥-٨٠٠٠ قبل ٣:٣٠.")
        #expect(arabic.isEmpty, "\(arabic)")
        let persian = findings(ProtectedCheck(), "fa", "Room 204", "اتاق ۲۰۴")
        #expect(persian.isEmpty)
    }

    @Test func frenchSpacingIgnoresLinksAndTimes() {
        let ok = findings(PunctuationCheck(), "fr", "Visit https://example.org at 10:30.", "Consultez https://example.org à 10:30.")
        #expect(ok.isEmpty, "\(ok)")
        let bad = findings(PunctuationCheck(), "fr", "Warning: closed!", "Attention : fermé !")
        #expect(bad.count == 2 && bad.allSatisfy { $0.message.contains("no-break space") })
        #expect(bad.map(\.range) == [9..<10, 17..<18])
    }

    @Test func outlineReadsArgumentsKeysAndTags() throws {
        let outline = try #require(
            MessageOutline.parse("<x1>{name}</x1> has {count, plural, offset:1 =0 {no files} one {'{'# file'}'} other {# files}}<x2></x2>"))
        #expect(outline.arguments.map(\.name) == ["name", "count"])
        #expect(outline.arguments[1].keys.map(\.key) == ["=0", "one", "other"])
        #expect(outline.tags.map(\.number) == [1, 1, 2, 2])
        #expect(MessageOutline.parse("{count, plural, one {# file}") == nil)
    }

    @Test func arabicZeroMayBeWrittenAsEqualsZero() {
        let translation = "{count, plural, =0 {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}"
        #expect(findings(PluralCategoriesCheck(), "ar", "{count, plural, one {# file} other {# files}}", translation).isEmpty)
    }

    @Test func registryRulesReplaceICUsForHaitianCreole() {
        let registry = LanguageRegistry.builtIn()
        let source = "{count, plural, one {# book} other {# books}}"
        let creole = "{count, plural, other {# liv}}"
        #expect(findings(PluralCategoriesCheck(), "ht", source, creole, registry: registry).isEmpty)
        let invented = findings(PluralCategoriesCheck(), "ht", source, "{count, plural, one {# liv} other {# liv}}", registry: registry)
        #expect(invented.contains { $0.message.contains("never uses 'one'") && $0.message.contains("language registry") })
    }

    @Test func scriptCheckKnowsJapaneseAndChineseMixes() {
        #expect(findings(UnicodeCheck(), "ja", "Open PowerSchool", "PowerSchoolを開いてください").isEmpty)
        let korean = findings(UnicodeCheck(), "ja", "School", "学校 학교")
        #expect(korean.contains { $0.message.contains("Hangul") })
        #expect(findings(UnicodeCheck(), "zh-Hant", "School", "學校").isEmpty)
        // Russian translation of a message naming a Greek letter keeps it: the English has Greek too.
        #expect(findings(UnicodeCheck(), "ru", "Variable α", "Переменная α").isEmpty)
    }

    @Test func rightToLeftMarksAreFineInArabicOnly() {
        #expect(findings(UnicodeCheck(), "ar", "Room 12B", "الغرفة \u{200E}12B\u{200E}").isEmpty)
        #expect(findings(UnicodeCheck(), "es", "Room 12B", "Sala \u{200E}12B").contains { $0.message.contains("left-to-right language") })
        #expect(findings(UnicodeCheck(), "ar", "Room", "\u{2067}الغرفة").contains { $0.message.contains("never closed") })
    }

    @Test func untranslatedCopyIsSkippedForEnglishVariants() {
        #expect(findings(UntranslatedCopyCheck(), "en-GB", "School closed today", "School closed today").isEmpty)
    }
}
