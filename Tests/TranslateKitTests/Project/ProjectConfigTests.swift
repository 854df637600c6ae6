import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct ProjectConfigTests {
    func error(_ text: String) -> TranslateError? {
        do {
            _ = try ProjectConfig.parse(text, path: "translate.json")
            return nil
        } catch let error as TranslateError {
            return error
        } catch {
            return nil
        }
    }

    @Test func defaultsWhenTheFileIsAbsent() throws {
        let root = try temporaryFolder("config")
        defer { try? FileManager.default.removeItem(at: root) }
        let config = try ProjectConfig.load(root: root)
        #expect(config == ProjectConfig())
        #expect(config.sources == ["Content"])
        #expect(config.sourceLanguage == "en")
        #expect(config.criticalLanguages == ["es-US"])
        #expect(config.memory.contextMatch == .translated)
        #expect(config.memory.exactMatch == .fuzzy)
        #expect(config.memory.fuzzyThreshold == 75)
        #expect(config.threshold(for: .core) == 100)
    }

    @Test func readsEverySetting() throws {
        let text = """
            {
              "sources": ["Content", "Site/pages"],
              "sourceLanguage": "en",
              "criticalLanguages": ["es-US", "ar", "pt-BR"],
              "checks": {
                "plural-categories": "error",
                "glossary": {"severity": "warning", "languages": {"ht": "off", "ar": "info"}}
              },
              "thresholds": {"core": 100, "on-request": 85.5},
              "memory": {"contextMatch": "fuzzy", "exactMatch": "skip", "fuzzyThreshold": 80}
            }
            """
        let config = try ProjectConfig.parse(text, path: "translate.json")
        #expect(config.sources == ["Content", "Site/pages"])
        #expect(config.criticalLanguages == ["es-US", "ar", "pt-BR"])
        #expect(config.threshold(for: .onRequest) == 85.5)
        #expect(config.threshold(for: .interpretation) == 0)
        #expect(config.memory.exactMatch == .skip)
        #expect(config.memory.fuzzyThreshold == 80)
        #expect(config.severity(of: "glossary", language: "ht", default: .error) == nil)
        #expect(config.severity(of: "glossary", language: "ar", default: .error) == .info)
        #expect(config.severity(of: "glossary", language: "es-US", default: .error) == .warning)
        #expect(config.severity(of: "plural-categories", language: "ar", default: .warning) == .error)
        #expect(config.severity(of: "not-configured", language: nil, default: .warning) == .warning)
    }

    @Test func unknownKeySuggestsTheNearestAndPointsAtIt() {
        let error = error("{\n  \"sources\": [\"Content\"],\n  \"criticalLanguage\": [\"es-US\"]\n}")
        #expect(error?.position == TextPosition(line: 3, column: 3))
        #expect(error?.message == "unknown key 'criticalLanguage' in translate.json (did you mean 'criticalLanguages'?)")
        #expect(error?.description.hasPrefix("translate.json:3:3: error: unknown key") == true)
        let nested = self.error("{\"memory\": {\"fuzzyTreshold\": 70}}")
        #expect(nested?.position == TextPosition(line: 1, column: 13))
        #expect(nested?.message.contains("did you mean 'fuzzyThreshold'?") == true)
    }

    @Test func badValueTypeIsReportedAtTheValue() {
        let error = error("{\n  \"memory\": {\n    \"fuzzyThreshold\": \"75\"\n  }\n}")
        #expect(error?.position == TextPosition(line: 3, column: 23))
        #expect(error?.message == "'fuzzyThreshold' must be a number from 0 to 100, not a string")
        let sources = self.error("{\"sources\": \"Content\"}")
        #expect(sources?.message == "'sources' must be an array of strings, not a string")
        #expect(sources?.position == TextPosition(line: 1, column: 13))
        let severity = self.error("{\"checks\": {\"placeholders\": \"fatal\"}}")
        #expect(severity?.message == "check 'placeholders' must be \"error\", \"warning\", \"info\" or \"off\", not \"fatal\"")
        let tag = self.error("{\"criticalLanguages\": [\"es-US\", \"pt_BR\"]}")
        #expect(tag?.position == TextPosition(line: 1, column: 33))
        #expect(tag?.message.contains("'-', not '_'") == true)
        let tier = self.error("{\"thresholds\": {\"cor\": 100}}")
        #expect(tier?.message == "unknown key 'cor' in 'thresholds' (tiers) (did you mean 'core'?)")
        let range = self.error("{\"thresholds\": {\"core\": 120}}")
        #expect(range?.message == "threshold for 'core' must be from 0 to 100, not 120.0")
        let escape = self.error("{\"sources\": [\"../elsewhere\"]}")
        #expect(escape?.message.contains("must be a folder inside the project") == true)
    }

    @Test func syntaxErrorsHavePositions() {
        let trailing = error("{\n  \"sources\": [\"Content\"],\n}")
        #expect(trailing?.position == TextPosition(line: 3, column: 1))
        #expect(trailing?.message == "trailing comma before '}'")
        let missingComma = error("{\"sources\": [\"Content\"]\n \"sourceLanguage\": \"en\"}")
        #expect(missingComma?.position == TextPosition(line: 2, column: 2))
        #expect(missingComma?.hint == "is a comma missing after the previous value?")
        let duplicate = error("{\"sourceLanguage\": \"en\", \"sourceLanguage\": \"fr\"}")
        #expect(duplicate?.message == "key 'sourceLanguage' appears twice (first at 1:2)")
    }

    @Test func defaultTextRoundTripsAndIsStable() throws {
        let text = ProjectConfig().jsonText
        #expect(try ProjectConfig.parse(text, path: "translate.json") == ProjectConfig())
        #expect(ProjectConfig().jsonText == text)
        var custom = ProjectConfig()
        custom.checks = [
            "glossary": CheckSetting(severity: .off, languages: ["ar": .severity(.info)]), "placeholders": CheckSetting(severity: .severity(.error)),
        ]
        custom.thresholds[.onRequest] = 72.5
        #expect(try ProjectConfig.parse(custom.jsonText, path: "translate.json") == custom)
        // Valid JSON by Foundation's reader too.
        #expect((try? JSONSerialization.jsonObject(with: Data(custom.jsonText.utf8))) != nil)
    }

    @Test func pathsFollowTheLayout() throws {
        let paths = ProjectPaths(root: URL(fileURLWithPath: "/srv/hps"))
        #expect(try paths.catalog(for: "pt-BR").path == "/srv/hps/Locales/pt-BR.po")
        #expect(try paths.memory(for: "ar").path == "/srv/hps/Locales/memory/ar.tmx")
        #expect(paths.template.path == "/srv/hps/Locales/messages.pot")
        #expect(paths.languageRegistry.path == "/srv/hps/Locales/languages.tsv")
        #expect(paths.config.path == "/srv/hps/translate.json")
        #expect(paths.display(try paths.catalog(for: "so")) == "Locales/so.po")
        #expect(paths.display(URL(fileURLWithPath: "/tmp/x.po")) == "/tmp/x.po")
    }
}

@Suite struct JSONValueTests {
    @Test func positionsCountUnicodeScalars() throws {
        let node = try JSONValue.parse("{\"é\": \"日本\", \"n\": [1, -2.5e3, true, null]}", path: "x.json")
        let members = try #require(node.members)
        #expect(members.map(\.key) == ["é", "n"])
        #expect(members[1].keyPosition == TextPosition(line: 1, column: 13))
        #expect(node["n"]?.array?[1].number == -2500)
        #expect(node["n"]?.array?[1].position == TextPosition(line: 1, column: 22))
        #expect(node["é"]?.string == "日本")
    }

    @Test func escapesAndSurrogates() throws {
        let node = try JSONValue.parse(#"["a\"b\\c\/\n\t", "\u00e9\ud83d\ude00"]"#, path: "x.json")
        #expect(node.array?.map { $0.string } == ["a\"b\\c/\n\t", "é😀"])
        #expect(throws: TranslateError.self) { try JSONValue.parse(#"["\ud83d"]"#, path: "x.json") }
        #expect(throws: TranslateError.self) { try JSONValue.parse("[01]", path: "x.json") }
        #expect(throws: TranslateError.self) { try JSONValue.parse("{} {}", path: "x.json") }
        #expect(throws: TranslateError.self) { try JSONValue.parse("// c\n{}", path: "x.json") }
        #expect(throws: TranslateError.self) { try JSONValue.parse("", path: "x.json") }
    }

    /// Random values, written by a tiny serializer, read back equal; the seed is printed for replay.
    @Test func roundTripWithSeededGenerator() throws {
        let seed = SeededRandom.seedFromEnvironment("JSON_SEED")
        print("JSONValueTests seed: \(seed) (replay with JSON_SEED=\(seed))")
        var random = SeededRandom(seed: seed)
        let alphabet = Array("aZ09 \"\\/\n\té日😀\u{7}ܣ")
        func string() -> String { String((0..<Int(random.next() % 8)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }) }
        func value(_ depth: Int) -> Any {
            switch random.next() % (depth > 3 ? 4 : 6) {
            case 0: return NSNull()
            case 1: return random.next() % 2 == 0
            case 2: return Double(Int64(random.next() % 2_000_001) - 1_000_000) / 8
            case 3: return string()
            case 4: return (0..<Int(random.next() % 4)).map { _ in value(depth + 1) }
            default:
                var object: [String: Any] = [:]
                for _ in 0..<Int(random.next() % 4) { object[string()] = value(depth + 1) }
                return object
            }
        }
        func same(_ node: JSONNode, _ expected: Any) -> Bool {
            switch (node.value, expected) {
            case (.null, is NSNull): return true
            case (.bool(let b), let e as Bool): return b == e
            case (.number(let n, _), let e as Double): return n == e
            case (.string(let s), let e as String): return s == e
            case (.array(let items), let e as [Any]): return items.count == e.count && zip(items, e).allSatisfy { same($0, $1) }
            case (.object(let members), let e as [String: Any]):
                return members.count == e.count && members.allSatisfy { m in e[m.key].map { same(m.value, $0) } ?? false }
            default: return false
            }
        }
        for _ in 0..<200 {
            let original = value(0)
            let data = try JSONSerialization.data(withJSONObject: ["v": original], options: [.fragmentsAllowed, .prettyPrinted])
            let node = try JSONValue.parse(String(decoding: data, as: UTF8.self), path: "random.json")
            #expect(same(try #require(node["v"]), original), "seed \(seed)")
        }
    }
}

@Suite struct ProjectScaffoldTests {
    @Test func createsAProjectAndRefusesToOverwrite() throws {
        let root = try temporaryFolder("init")
        defer { try? FileManager.default.removeItem(at: root) }
        let created = try ProjectScaffold.create(root: root)
        #expect(
            created == ["translate.json", "Locales/", "Locales/languages.tsv", "Content/", "Glossary/", "Glossary/README.md", "Output/", "Output/README.md"])
        #expect(try ProjectConfig.load(root: root) == ProjectConfig())
        let registry = try LanguageRegistry.forProject(root: root)
        #expect(registry.languages.count == 94)
        #expect(registry.path == "Locales/languages.tsv")
        let before = try String(contentsOf: root.appendingPathComponent("translate.json"), encoding: .utf8)
        #expect(throws: TranslateError.self) { try ProjectScaffold.create(root: root) }
        #expect(try String(contentsOf: root.appendingPathComponent("translate.json"), encoding: .utf8) == before)
    }

    @Test func conflictNamesTheFilesAndCreatesNothing() throws {
        let root = try temporaryFolder("init-conflict")
        defer { try? FileManager.default.removeItem(at: root) }
        try "{}".write(to: root.appendingPathComponent("translate.json"), atomically: true, encoding: .utf8)
        do {
            try ProjectScaffold.create(root: root)
            Issue.record("expected a conflict")
        } catch let error as TranslateError {
            #expect(error.message.contains("translate.json"))
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Locales").path))
    }
}

@Suite struct ProjectTests {
    @Test func openChecksLanguagesAgainstTheRegistry() throws {
        let root = try temporaryFolder("project")
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = try Project.open(root: root)
        #expect(empty.config == ProjectConfig())
        #expect(empty.targetLanguages.count == 91)
        #expect(!empty.targetLanguages.contains { $0.tag == "en" || $0.isTestOnly })
        try "{\n  \"criticalLanguages\": [\"es-US\", \"so\", \"es-PR\"]\n}\n".write(
            to: root.appendingPathComponent("translate.json"), atomically: true, encoding: .utf8)
        do {
            _ = try Project.open(root: root)
            Issue.record("expected an unregistered language")
        } catch let error as TranslateError {
            #expect(error.description.hasPrefix("translate.json:2:40: error: language 'es-PR' is not in the language registry"))
        }
        try "{\"checks\": {\"glossary\": {\"languages\": {\"HT\": \"off\"}}}}".write(
            to: root.appendingPathComponent("translate.json"), atomically: true, encoding: .utf8)
        #expect(try Project.open(root: root).config.severity(of: "glossary", language: "HT", default: .error) == nil)
    }
}
