import Foundation
import Testing

@testable import TranslateKit

/// Diagnostics show invisible characters by code point and name, so a reader sees what is there;
/// U+FFFD in their place looked like corruption of the file itself.
@Suite struct InvisibleCharacterTests {
    @Test func invisibleCharactersAreNamedNeverReplaced() {
        #expect(Diagnostic.visible("Hola\u{200E}") == "Hola<U+200E LEFT-TO-RIGHT MARK>")
        #expect(Diagnostic.visible("\u{202E}abc\u{202C}") == "<U+202E RIGHT-TO-LEFT OVERRIDE>abc<U+202C POP DIRECTIONAL FORMATTING>")
        #expect(Diagnostic.visible("a\u{0}b\u{7}") == "a<U+0000 NULL>b<U+0007 BELL>")
        #expect(Diagnostic.visible("a\u{2028}b\u{FEFF}") == "a<U+2028 LINE SEPARATOR>b<U+FEFF ZERO WIDTH NO-BREAK SPACE>")
        #expect(Diagnostic.visible("\u{1}") == "<U+0001>")
        // Visible text, tabs, RTL letters and combining marks stay as they are.
        #expect(Diagnostic.visible("مرحبا\té\u{301}") == "مرحبا\té\u{301}")
    }

    @Test func theCheckExcerptNamesTheMarkAndTheCaretStaysUnderIt() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("invisible-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Locales"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let po =
            "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgctxt \"closed\"\nmsgid \"School is closed today.\"\nmsgstr \"La escuela\u{200E} está cerrada hoy.\"\n"
        try po.write(to: root.appendingPathComponent("Locales/es.po"), atomically: true, encoding: .utf8)
        let report = try ProjectChecker.check(root: root)
        let text = TextReporter.render(report)
        #expect(text.contains("[unicode]"), "\(text)")
        #expect(text.contains("msgstr \"La escuela<U+200E LEFT-TO-RIGHT MARK> está cerrada hoy.\""), "\(text)")
        #expect(!text.contains("\u{FFFD}") && !text.contains("\u{200E}"))
        // The caret line puts '^' under the first character of the name.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let at = lines.firstIndex(where: { $0.contains("La escuela<U+200E") }), at + 1 < lines.count {
            let excerpt = lines[at]
            let caret = lines[at + 1]
            let nameColumn = excerpt.distance(from: excerpt.startIndex, to: excerpt.range(of: "<U+200E")!.lowerBound)
            let caretColumn = caret.distance(from: caret.startIndex, to: caret.firstIndex(of: "^") ?? caret.endIndex)
            #expect(caretColumn == nameColumn, "\(excerpt)\n\(caret)")
        } else {
            Issue.record("no excerpt line: \(text)")
        }
    }
}
