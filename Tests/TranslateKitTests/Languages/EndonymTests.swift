import Foundation
import Testing
import TranslateICU

@testable import TranslateKit

/// Endonyms are what families read in the language picker: never a raw ISO 15924 script code,
/// which ICU appends for some script-tagged locales ("Pulaar (Latn)").
@Suite("Endonym")
struct EndonymTests {
    /// A parenthesized ISO 15924 code in `name` ("(Latn)", "(Arab)"), or nil.
    static func scriptCode(in name: String) -> String? {
        guard let match = try? Regex(#"\(([A-Z][a-z]{3})\)"#).firstMatch(in: name), let code = match.output[1].substring.map(String.init) else { return nil }
        return ICU.Script(code) != nil ? code : nil
    }

    /// Every "endonym" value anywhere in a JSON document.
    static func endonyms(inJSON data: Data) throws -> [String] {
        var found: [String] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, inner) in object { if key == "endonym", let text = inner as? String { found.append(text) } else { walk(inner) } }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(try JSONSerialization.jsonObject(with: data))
        return found
    }

    @Test("the check finds ICU's own 'Pulaar (Latn)' and passes localized script names such as 'bosanski (latinica)'")
    func patternCatchesICU() throws {
        #expect(try ICU.Locale(tag: "ff-Latn").endonym == "Pulaar (Latn)")
        #expect(Self.scriptCode(in: "Pulaar (Latn)") == "Latn")
        #expect(Self.scriptCode(in: "اوزبیک (Arab)") == "Arab")
        #expect(Self.scriptCode(in: "bosanski (latinica)") == nil)
        #expect(Self.scriptCode(in: "español (Estados Unidos)") == nil)
    }

    @Test("no endonym in the registry file, the built-in registry or what 'translate init' writes holds a script code")
    func registries() throws {
        let file = LanguageRegistry.parse(try TextFile.read(RegistryFile.url), path: "Locales/languages.tsv")
        let scaffold = try #require(ProjectScaffold.items().first { $0.path == "Locales/\(LanguageRegistry.fileName)" }?.content)
        let written = LanguageRegistry.parse(scaffold, path: "init")
        for registry in [file.registry, LanguageRegistry.builtIn(), written.registry] {
            let languages = try #require(registry).languages
            #expect(languages.count == 94)
            for language in languages where !language.isTestOnly {
                #expect(Self.scriptCode(in: language.endonym) == nil, "\(language.tag): '\(language.endonym)'")
            }
            #expect(try #require(registry).language("ff-Latn")?.endonym == "Pulaar")
        }
    }

    @Test("no endonym in the built languages.json or manifest.json holds a script code")
    func builtOutput() throws {
        let files = try SamplePagesBuild.files().files
        let picker = try Self.endonyms(inJSON: try #require(files["languages.json"]))
        let manifest = try Self.endonyms(inJSON: try #require(files["manifest.json"]))
        #expect(picker.count >= 90 && manifest.count >= 90)
        for endonym in picker + manifest {
            #expect(Self.scriptCode(in: endonym) == nil, "'\(endonym)'")
        }
        #expect(picker.contains("Pulaar") && manifest.contains("Pulaar"))
    }
}
