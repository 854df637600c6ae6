import Foundation
import Testing

@testable import TranslateKit

/// The four report formats on one report built from real PO text.
@Suite struct ReporterTests {
    static let arabic = """
        msgid ""
        msgstr "Language: ar\\n"

        msgctxt "rsvp"
        msgid "Are you coming?"
        msgstr "هل ستأتي?"

        msgctxt "call"
        msgid "Call 860-695-8000, ext. 12"
        msgstr "\tاتصلوا بالرقم ٨٦٠-٦٩٥-٨٠٠١، الفرع ١٣"

        """

    static func report() -> CheckReport {
        let diagnostics = CheckRunner().run(text: arabic, path: "Locales/ar.po", language: "ar")
        return CheckReport(diagnostics: diagnostics, languages: ["ar", "pl"], lines: ["Locales/ar.po": ProjectChecker.split(arabic)])
    }

    @Test func textShowsTheLineAndACaretUnderTheColumn() {
        let text = TextReporter.render(Self.report())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = lines.firstIndex { $0.hasPrefix("Locales/ar.po:6:17: warning: [punctuation] write the question mark as '؟'") }
        #expect(index != nil, "\(text)")
        if let index {
            #expect(lines[index + 1] == "    msgstr \"هل ستأتي?\"")
            #expect(lines[index + 2] == "    " + String(repeating: " ", count: 16) + "^")
            #expect(lines[index + 3].hasPrefix("note: end the translation"))
        }
        // A tab before the column is kept in the caret line so the caret stays aligned.
        #expect(text.contains("    msgstr \"\tاتصلوا"))
        #expect(text.contains("Language  Errors  Warnings\nar             1         3\npl             0         0\nTotal          1         3\n"), "\(text)")
        #expect(text.hasSuffix("1 error, 3 warnings in 2 languages\n"))
    }

    @Test func paintIsOnlyAppliedThroughTheCallback() {
        let painted = TextReporter.render(Self.report()) { text, style in style == .error ? "<E>\(text)</E>" : text }
        #expect(painted.contains("<E>error:</E> [protected]"))
        #expect(!TextReporter.render(Self.report()).contains("\u{1B}"))
    }

    @Test func longLinesAreShownAsAWindowAroundTheColumn() {
        let line = Substring(String(repeating: "a", count: 5000) + "X" + String(repeating: "b", count: 5000))
        let (shown, caret) = TextReporter.excerpt(line, column: 5001)
        #expect(shown.count < 200)
        let x = shown.firstIndex(of: "X")!
        #expect(shown.distance(from: shown.startIndex, to: x) == caret.count)
    }

    @Test func bidiControlsNeverReachTheTerminal() {
        let (shown, _) = TextReporter.excerpt("msgstr \"\u{202E}860\"", column: 9)
        #expect(!shown.unicodeScalars.contains("\u{202E}"))
    }

    @Test func jsonIsDeterministicAndHasTheDocumentedShape() throws {
        let json = JSONReporter.render(Self.report())
        #expect(json == JSONReporter.render(Self.report()))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let diagnostics = object["diagnostics"] as! [[String: Any]]
        let first = diagnostics.first { ($0["check"] as? String) == "punctuation" }!
        #expect(Set(first.keys) == ["file", "line", "column", "severity", "check", "locale", "key", "message", "notes"])
        #expect(first["line"] as? Int == 6 && first["column"] as? Int == 17 && first["key"] as? String == "rsvp")
        let summary = object["summary"] as! [String: [String: Int]]
        #expect(summary["ar"]?["errors"] == 1 && summary["ar"]?["warnings"] == 3 && summary["pl"]?["errors"] == 0)
        // Keys sorted: "column" comes before "file" in every diagnostic.
        #expect(json.range(of: "\"column\"")!.lowerBound < json.range(of: "\"file\"")!.lowerBound)
    }

    @Test func sarifFollowsTheSchemaShape() throws {
        let sarif = SARIFReporter.render(Self.report(), toolVersion: "0.1.0")
        let object = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as! [String: Any]
        #expect(object["version"] as? String == "2.1.0")
        #expect(object["$schema"] as? String == SARIFReporter.schema)
        let run = (object["runs"] as! [[String: Any]])[0]
        let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
        let rules = driver["rules"] as! [[String: Any]]
        #expect(rules.map { $0["id"] as! String } == CheckRegistry.descriptions.map(\.id))
        #expect(rules.allSatisfy { ($0["shortDescription"] as? [String: Any])?["text"] is String && ($0["help"] as? [String: Any])?["text"] is String })
        let results = run["results"] as! [[String: Any]]
        let punctuation = results.first { $0["ruleId"] as? String == "punctuation" }!
        #expect(punctuation["level"] as? String == "warning")
        let ruleIndex = punctuation["ruleIndex"] as! Int
        #expect(rules[ruleIndex]["id"] as? String == "punctuation")
        let physical = ((punctuation["locations"] as! [[String: Any]])[0]["physicalLocation"]) as! [String: Any]
        #expect((physical["artifactLocation"] as! [String: Any])["uri"] as? String == "Locales/ar.po")
        let region = physical["region"] as! [String: Any]
        #expect(region["startLine"] as? Int == 6 && region["startColumn"] as? Int == 17)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        #expect(SARIFReporter.uri("Locales/zh Hant.po") == "Locales/zh%20Hant.po")
    }

    @Test func githubCommandsEscapeTheirData() {
        let output = GitHubReporter.render(Self.report())
        #expect(output.contains("::warning file=Locales/ar.po,line=6,col=17,title=[punctuation] ar::write the question mark as '؟', not '?'%0Anote: "))
        #expect(output.contains("::error file=Locales/ar.po,"))
        #expect(GitHubReporter.escapeData("50% done\r\nnext") == "50%25 done%0D%0Anext")
        #expect(GitHubReporter.escapeProperty("a:b,c") == "a%3Ab%2Cc")
        #expect(output.hasSuffix("translate check: 1 error, 3 warnings\n"))
    }

    @Test func exitStatusFollowsStrictness() {
        let report = Self.report()
        #expect(report.exitStatus(strict: false) == 1)
        let warningsOnly = CheckReport(diagnostics: report.diagnostics.filter { $0.severity != .error }, languages: ["ar"])
        #expect(warningsOnly.exitStatus(strict: false) == 0)
        #expect(warningsOnly.exitStatus(strict: true) == 1)
    }
}
