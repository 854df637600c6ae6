import Foundation
import Testing
import TranslateICU
import TranslateTestSupport

@testable import TranslateKit

/// Holds the parser against ICU's own MessageFormat on real and generated messages.
@Suite struct MessageFormatOracleTests {
    struct Tally: CustomStringConvertible {
        var total = 0, rejected = 0, disagreements: [String] = [], textMismatches: [String] = [], formatChecked = 0
        var description: String {
            "\(total) messages, ICU rejects \(rejected), disagreements \(disagreements.count), literal-text checks \(formatChecked) with \(textMismatches.count) mismatches"
        }
    }

    /// Compares verdicts; for accepted messages made only of text and plain arguments, also compares what ICU
    /// formats (no argument values given: ICU prints `{name}`) with the tree's text, which proves quoting is resolved alike.
    static func compare(_ messages: [String]) -> Tally {
        var tally = Tally()
        let english = ICU.Locale(identifier: "en")
        for pattern in messages {
            tally.total += 1
            let icu = ICU.MessageFormat.validate(pattern, locale: english)
            let ours = MessageFormatParser.parse(pattern)
            if !icu.accepted { tally.rejected += 1 }
            if icu.accepted != ours.isValid {
                tally.disagreements.append(
                    "ICU \(icu.accepted ? "accepts" : "rejects (\(icu.errorName ?? "?"))"), ours \(ours.isValid ? "accepts" : "rejects: \(ours.errors[0].message)"): \(pattern.debugDescription)"
                )
                continue
            }
            guard let message = ours.message, tally.formatChecked < 5000 else { continue }
            var expected = ""
            var simple = true
            for node in message.nodes {
                switch node {
                case .text(let t): expected += t.value
                case .argument(let a) where a.type == .plain: expected += "{\(a.name)}"
                default: simple = false
                }
            }
            guard simple, message.nodes.contains(where: { if case .text = $0 { return true } else { return false } }) else { continue }
            tally.formatChecked += 1
            let formatted = try? ICU.MessageFormat.format(pattern, locale: english, arguments: [:])
            if formatted != expected {
                tally.textMismatches.append("ICU formats \(formatted.debugDescription), tree says \(expected.debugDescription): \(pattern.debugDescription)")
            }
        }
        return tally
    }

    static func report(_ tally: Tally, corpus: String) {
        print("MessageFormat oracle, \(corpus): \(tally)")
        for line in tally.disagreements.prefix(25) { Issue.record("\(corpus): \(line)") }
        for line in tally.textMismatches.prefix(25) { Issue.record("\(corpus): \(line)") }
    }

    @Test func agreesWithICUOnDjangoCatalogs() throws {
        guard let (strings, files) = MessageCorpus.djangoStrings() else { return }
        let unique = MessageCorpus.distinct(strings)
        let tally = Self.compare(unique)
        Self.report(tally, corpus: "Django PO corpus (\(files) files, \(strings.count) msgid/msgstr strings, \(unique.count) distinct)")
        #expect(files > 1000)
        #expect(tally.total > 50_000)
        #expect(tally.rejected > 100, "the corpus should contain Python/JS brace formats ICU rejects")
        #expect(tally.disagreements.count == 0)
    }

    @Test func agreesWithICUOnGeneratedAndMutatedMessages() {
        let seed = SeededRandom.seedFromEnvironment("MF_SEED")
        let messages = MessageCorpus.generated(seed: seed, count: 8_000)
        let tally = Self.compare(messages)
        Self.report(tally, corpus: "generated corpus (seed \(seed), rerun with MF_SEED=\(seed))")
        #expect(tally.rejected > 1000)
        #expect(tally.total - tally.rejected > 1000)
        #expect(tally.disagreements.count == 0)
    }
}

extension MessageFormatOracleTests {
    /// Hand-picked corner cases of ICU's grammar (Fixtures/MessageFormat/edge-cases.txt, one pattern a line).
    @Test func agreesWithICUOnEdgeCases() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let text = try String(contentsOf: folder.appendingPathComponent("MessageFormat/edge-cases.txt"), encoding: .utf8)
        let patterns = text.split(separator: "\n").map(String.init)
        let tally = Self.compare(patterns)
        Self.report(tally, corpus: "edge cases")
        #expect(patterns.count > 100)
        #expect(tally.rejected > 40 && tally.total - tally.rejected > 40)
        #expect(tally.disagreements.count == 0)
    }
}
