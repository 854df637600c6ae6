import Foundation
import Testing
import TranslateICU
import TranslateTestSupport

@testable import TranslateKit

/// A translation nested deeper than ICU's recursion can take (30,000 selects, ≈ 780 K characters)
/// once crashed `translate build` with SIGSEGV; now it is never handed to ICU and never ships.
@Suite struct DeepMessageTests {
    static func nested(_ depth: Int, inner: String = "x") -> String {
        String(repeating: "{gender, select, other {", count: depth) + inner + String(repeating: "}}", count: depth)
    }

    @Test func icuIsNeverHandedMoreNestingThanOurParserAccepts() throws {
        let limit = MessageFormatParser.maximumNesting
        // At the limit both accept, with a simple argument in the deepest branch.
        let deepest = Self.nested(limit, inner: "{name}")
        #expect(MessageFormatParser.parse(deepest).isValid)
        #expect(ICU.MessageFormat.validate(deepest).accepted)
        #expect(
            try ICU.MessageFormat.format(deepest, locale: ICU.Locale(identifier: "pl"), arguments: ["gender": .string("female"), "name": .string("Ola")])
                == "Ola")
        // One deeper, both refuse, and ICU is not called.
        let tooDeep = Self.nested(limit + 1)
        #expect(!MessageFormatParser.parse(tooDeep).isValid)
        #expect(ICU.MessageFormat.isTooDeep(tooDeep))
        #expect(ICU.MessageFormat.validate(tooDeep).errorName == "U_INDEX_OUTOFBOUNDS_ERROR")
        // Quoted braces are text, not nesting.
        #expect(!ICU.MessageFormat.isTooDeep("Braces: " + String(repeating: "'{'", count: 1000)))
        let huge = Self.nested(30_000)
        #expect(!ICU.MessageFormat.validate(huge).accepted)
        #expect(throws: ICUError.self) { try ICU.MessageFormat.format(huge, locale: ICU.Locale(identifier: "pl"), arguments: [:]) }
    }

    @Test func anUncheckedEntryNeverShipsAndBuildDoesNotCrash() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let catalog = root.appendingPathComponent("Locales/pl.po")
        let deep = Self.nested(30_000, inner: "Odpowiedzieli {name}.")
        #expect(deep.unicodeScalars.count > 780_000)
        var text = try String(contentsOf: catalog, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "msgstr \"{gender, select, female {Odpowiedziała} male {Odpowiedział} other {Odpowiedzieli}} {name}.\"",
            with: "msgstr \"\(deep)\"")
        try text.write(to: catalog, atomically: true, encoding: .utf8)

        let check = try TranslateBinary.run(["check", "--lang", "pl", "--root", root.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("error: [oversize-entry]"), "\(check.stdout.prefix(1500))")
        let refused = try TranslateBinary.run(["build", "--no-pages", "--root", root.path])
        #expect(refused.status == 1, "\(refused.stderr.prefix(1500))")
        let forced = try TranslateBinary.run(["build", "--force", "--root", root.path])
        #expect(forced.status == 0, "exit \(forced.status): \(forced.stderr.prefix(1500))")
        let bundle = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("Output/pl.json"))) as? [String: String]
        // The entry falls back to the English; the rest of Polish still ships.
        #expect(bundle?["teacher.reply"] == "{gender, select, female {She replied} male {He replied} other {They replied}} to {name}.")
        #expect(bundle?["closing.snow"] == "Szkoły są dziś zamknięte z powodu śniegu.")
        let meta = try String(contentsOf: root.appendingPathComponent("Output/pl.meta.json"), encoding: .utf8)
        #expect(meta.contains("teacher.reply"))
    }
}
