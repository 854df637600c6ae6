import Foundation
import Testing

@testable import TranslateKit

@Suite struct LanguageTableTests {
    let registry = RegistryFile.registry

    @Test func displayWidthCountsWideAndZeroWidth() {
        #expect(LanguageTable.displayWidth("English") == 7)
        #expect(LanguageTable.displayWidth("日本語") == 6)
        #expect(LanguageTable.displayWidth("한국어") == 6)
        // As wcwidth counts: the nonspacing vowel sign (Mn) takes no column, spacing signs (Mc) one.
        #expect(LanguageTable.displayWidth("नेपाली") == 5)
        #expect(LanguageTable.displayWidth("e\u{301}") == 1)
        #expect(LanguageTable.displayWidth("\u{2068}abc\u{2069}") == 3)
    }

    @Test func tableIsolatesEndonymsAndAlignsColumns() throws {
        let rows = try registry.languages.map { try LanguageSummary($0, registry: registry) }
        let text = LanguageTable.text(rows)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == rows.count + 1)
        let arabic = try #require(lines.first { $0.hasPrefix("ar ") })
        #expect(arabic.contains("\u{2068}العربية\u{2069}"))
        // Every column after the endonym starts at the same display column on every line.
        let header = lines[0]
        let scriptColumn = LanguageTable.displayWidth(String(header[..<header.range(of: "SCRIPT")!.lowerBound]))
        for line in lines.dropFirst() {
            let end = line.range(of: "\u{2069}")!.upperBound
            let rest = line[end...]
            let offset = rest.prefix { $0 == " " }.count
            #expect(LanguageTable.displayWidth(String(line[..<end])) + offset == scriptColumn, "\(line)")
        }
        #expect(lines.first { $0.hasPrefix("rhg ") }?.contains("district overlay") == true)
        #expect(lines.first { $0.hasPrefix("ar-XB ") }?.contains("test-only") == true)
    }

    @Test func jsonIsDeterministicAndComplete() throws {
        let rows = try registry.languages.map { try LanguageSummary($0, registry: registry) }
        let first = try LanguageTable.json(rows)
        let second = try LanguageTable.json(try registry.languages.map { try LanguageSummary($0, registry: registry) })
        #expect(first == second)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [[String: Any]])
        #expect(array.count == registry.languages.count)
        let ht = try #require(array.first { $0["tag"] as? String == "ht" })
        #expect(ht["cardinal"] as? [String] == ["other"])
        #expect(ht["coverage"] as? String == "overlay")
        let arabic = try #require(array.first { $0["tag"] as? String == "ar" })
        #expect(arabic["cardinal"] as? [String] == ["zero", "one", "two", "few", "many", "other"])
        #expect(arabic["direction"] as? String == "rtl")
    }

    @Test func detailsShowSamplesAndProvenance() throws {
        let language = try #require(registry["pl"])
        let text = LanguageTable.details(try LanguageSummary(language, registry: registry, withSamples: true), language: language)
        #expect(text.contains("few: 2, 3, 4, 22, 23…"))
        #expect(text.contains("from CLDR"))
    }
}
