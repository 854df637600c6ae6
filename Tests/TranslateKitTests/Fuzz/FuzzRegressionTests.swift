import Foundation
import Testing
@testable import TranslateKit

/// Inputs that scripts/fuzz.sh found breaking an invariant, minimized, kept in Fixtures/Fuzz/<target>/ so the
/// bug stays fixed without running the fuzzer. Each test asserts the invariant the fuzz target checks.
@Suite struct FuzzRegressionTests {
    static func fixture(_ target: String, _ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try String(contentsOf: folder.appendingPathComponent("Fuzz/\(target)/\(name)"), encoding: .utf8)
    }

    /// po: 201 lines that are not PO; the summary after the 200 listed errors had no position
    /// (so `translate check` printed a bare path), and now points at the first error it does not list.
    @Test func tooManySyntaxErrorsSummaryHasAPosition() throws {
        let text = try Self.fixture("po", "too-many-syntax-errors.po")
        let diagnostics = POReader.parse(text, path: "fuzz.po").diagnostics
        #expect(diagnostics.count == 201)
        for diagnostic in diagnostics {
            #expect(diagnostic.position != nil, "\(diagnostic.formatted)")
        }
        let summary = try #require(diagnostics.last)
        #expect(summary.message.hasPrefix("too many syntax errors (201)"))
        #expect(summary.position == TextPosition(line: 201, column: 1))
    }
}
