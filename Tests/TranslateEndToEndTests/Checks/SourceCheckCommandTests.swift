import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// `translate check --source` as users run it, on the sample project with mojibake in its template.
@Suite struct SourceCheckCommandTests {
    @Test func checkSourceRunsOnlyTheEnglishInEveryFormat() throws {
        let root = try MojibakeSample.make(config: ["mojibake": "all"])
        defer { try? FileManager.default.removeItem(at: root) }
        let text = try TranslateBinary.run(["check", "--source", "--root", root.path])
        #expect(text.status == 1, "mojibake is an error: \(text.stdout)")
        #expect(text.stdout.contains("Content/equity-faq.html:28:1: error: [mojibake] mojibake: \"Â©\" is \"©\" read as Windows-1252"))
        // The page's own line is shown under the finding.
        #expect(text.stdout.contains("<p>Copyright © 2025 Hartford Public Schools. All rights reserved.</p>"))
        #expect(text.stdout.hasSuffix("in the source template\n"), "\(text.stdout)")
        #expect(!text.stdout.contains("Locales/es-US.po") && !text.stdout.contains("[punctuation]"))
        let github = try TranslateBinary.run(["check", "--source", "--format", "github", "--root", root.path])
        #expect(github.stdout.contains("::error file=Content/equity-faq.html,line=28,col=1"), "\(github.stdout)")
        let sarif = try TranslateBinary.run(["check", "--source", "--format", "sarif", "--root", root.path])
        #expect(sarif.stdout.contains("\"ruleId\": \"mojibake\"") || sarif.stdout.contains("\"ruleId\":\"mojibake\""))
        let both = try TranslateBinary.run(["check", "--source", "--lang", "pl", "--root", root.path])
        #expect(both.status == 2)
    }
}
