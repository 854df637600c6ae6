import Foundation
import Testing

@testable import TranslateKit

/// Hostile content must not stall extraction: each construct that used to be quadratic (64 K unmatched
/// '[' took 52 s; 100 K nested <b> over a minute; 200,000 attributes on one element over a minute) is
/// extracted at 10 K and 100 K repetitions, and ten times the input may take at most about ten times as
/// long (the bound, 30×, leaves room for a noisy machine and still fails a quadratic cost, which is 100×).
@Suite("Extraction scales linearly", .serialized) struct ExtractionScalingTests {
    struct Case: CustomStringConvertible {
        var description: String
        var format: ContentExtractor.Format
        var path: String
        var make: (Int) -> String
    }

    static let cases: [Case] = [
        Case(description: "Markdown: unmatched '['", format: .markdown, path: "Content/a.md") { String(repeating: "[", count: $0) },
        Case(description: "Markdown: links in links", format: .markdown, path: "Content/a.md") {
            String(repeating: "[", count: $0) + "x" + String(repeating: "](u)", count: $0)
        },
        Case(description: "Markdown: backtick runs of growing length", format: .markdown, path: "Content/a.md") { n in
            var text = ""
            var length = 1
            while text.count < n {
                text += String(repeating: "`", count: length) + "a"
                length += 1
            }
            return text
        },
        Case(description: "Markdown: unclosed emphasis", format: .markdown, path: "Content/a.md") { String(repeating: "*a _b ", count: $0 / 6) },
        Case(description: "HTML: attributes on one element", format: .html, path: "Content/a.html") { n in
            "<p " + (0..<(n / 8)).map { "a\($0)=x" }.joined(separator: " ") + ">hi</p>"
        },
        Case(description: "HTML: nested inline tags", format: .html, path: "Content/a.html") { n in
            "<p>" + String(repeating: "<b>", count: n / 7) + "x" + String(repeating: "</b>", count: n / 7) + "</p>"
        },
        Case(description: "HTML: nested blocks", format: .html, path: "Content/a.html") { n in
            String(repeating: "<div>", count: n / 11) + "x" + String(repeating: "</div>", count: n / 11)
        },
    ]

    static func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test(arguments: cases) func tenTimesTheInputTakesAboutTenTimesAsLong(_ scenario: Case) {
        let small = scenario.make(10_000)
        let large = scenario.make(100_000)
        // The best of two runs of each size, so one pause of the machine does not decide.
        let timeSmall = (0..<2).map { _ in Self.seconds { _ = ContentExtractor.extract(text: small, path: scenario.path, format: scenario.format) } }.min()!
        let timeLarge = (0..<2).map { _ in Self.seconds { _ = ContentExtractor.extract(text: large, path: scenario.path, format: scenario.format) } }.min()!
        print("\(scenario): 10 K \(String(format: "%.3f", timeSmall)) s, 100 K \(String(format: "%.3f", timeLarge)) s")
        #expect(timeLarge < 30 * timeSmall + 0.05, "\(scenario): 100 K took \(timeLarge) s, 10 K \(timeSmall) s")
    }

    @Test func selectBranchesParseInLinearTime() {
        // XLIFF export of a 100,000-branch select took over a minute: every case was compared with every earlier one.
        func message(_ n: Int) -> String { "{g, select, " + (0..<n).map { "k\($0) {v\($0)}" }.joined(separator: " ") + " other {o}}" }
        let small = message(10_000)
        let large = message(100_000)
        let timeSmall = (0..<2).map { _ in Self.seconds { _ = MessageFormatParser.parse(small) } }.min()!
        let timeLarge = (0..<2).map { _ in Self.seconds { _ = MessageFormatParser.parse(large) } }.min()!
        print("select branches: 10 K \(String(format: "%.3f", timeSmall)) s, 100 K \(String(format: "%.3f", timeLarge)) s")
        #expect(timeLarge < 30 * timeSmall + 0.05)
        #expect(MessageFormatParser.parse("{g, select, a {x} a {y} other {z}}").message != nil)
    }

    @Test func anOversizedContentFileIsRefusedAndNotRendered() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("content-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("<p>Lunch menu</p>".utf8).write(to: content.appendingPathComponent("menu.html"))
        let page = "<p>" + String(repeating: "School news. ", count: ContentExtractor.maximumFileSize / 13 + 1) + "</p>"
        try Data(page.utf8).write(to: content.appendingPathComponent("huge.html"))
        let scan = ContentExtractor.scan(root: root, sources: ["Content"])
        #expect(scan.files.map(\.path) == ["Content/menu.html"])
        #expect(scan.diagnostics.count == 1 && scan.diagnostics[0].path == "Content/huge.html" && scan.diagnostics[0].message.contains("16 MB"))
    }

    @Test func anOversizedConfigIsRefusedBeforeItIsParsed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let huge = "{\"sources\": [\"Content\"], \"x\": \"" + String(repeating: "a", count: 3 << 20) + "\"}"
        try Data(huge.utf8).write(to: root.appendingPathComponent("translate.json"))
        let started = Date()
        #expect { try ProjectConfig.load(root: root) } throws: { error in
            "\(error)".contains("translate.json") && "\(error)".contains("3 MB")
        }
        #expect(Date().timeIntervalSince(started) < 1)
    }
}
