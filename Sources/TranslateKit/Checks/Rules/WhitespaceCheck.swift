/// Leading and trailing white space that differs from the source, and doubled spaces. A newline
/// at the start or end of one and not the other is an error: `msgfmt -c` refuses to compile it.
public struct WhitespaceCheck: Check {
    public init() {}
    public let id = "whitespace"
    public let name = "White space"
    public let summary =
        "leading or trailing spaces and newlines differ from the source (an error when only one starts or ends with a newline, as msgfmt -c says), or spaces are doubled"
    public let rationale = """
        Messages are often joined with other text ("Hello, " + name): a lost trailing space runs words \
        together, an added newline breaks a layout, and a doubled space shows as a gap in print and SMS.
        """
    public let severity = Severity.warning
    public let fixHint = "start and end the translation with the same spaces and newlines as the English; use single spaces between words"
    public var examples: [CheckExample] {
        [
            .passing("es", "Hello, ", "Hola, "),
            .passing("ja", "Welcome!\n", "ようこそ！\n"),
            .failing("es", "Hello, ", "Hola,", "trailing"),
            .failing("pl", "\nSee the attached form.", "Zobacz załączony formularz.", "msgfmt -c"),
            .failing("pl", " See the attached form.", "Zobacz załączony formularz.", "leading"),
            .failing("cy", "School is closed today.", "Mae'r ysgol  ar gau heddiw.", "doubled space"),
            .failing("ru", "Bus 12 is late.", "Автобус 12 опаздывает.\n", "msgfmt -c"),
            .failing("es", "All rights reserved.", "Todos los derechos reservados.\n", "msgfmt -c"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        let source = Array(unit.source.unicodeScalars)
        let translation = Array(unit.translation.unicodeScalars)
        guard !translation.isEmpty, source.contains(where: { !$0.isSpaceLike }) else { return [] }
        var findings: [Finding] = []
        // gettext's own rule: msgid and msgstr both start (and both end) with "\n", or neither does.
        let newlineAtStart = (source.first == "\n") != (translation.first == "\n")
        let newlineAtEnd = (source.last == "\n") != (translation.last == "\n")
        if newlineAtStart {
            findings.append(
                Finding(
                    "\(source.first == "\n" ? "the English starts with a newline and the translation does not" : "the translation starts with a newline and the English does not"); msgfmt -c refuses to compile the catalog",
                    severity: .error, at: 0))
        }
        if newlineAtEnd {
            findings.append(
                Finding(
                    "\(source.last == "\n" ? "the English ends with a newline and the translation does not" : "the translation ends with a newline and the English does not"); msgfmt -c refuses to compile the catalog",
                    severity: .error, at: translation.count - 1))
        }

        let sourceLead = source.prefix { $0.isSpaceLike }
        let translationLead = translation.prefix { $0.isSpaceLike }
        if !newlineAtStart && !sameSpace(sourceLead, translationLead) {
            findings.append(
                Finding(
                    "leading white space differs: the English starts with \(describeSpace(sourceLead)), the translation with \(describeSpace(translationLead))",
                    at: 0, length: max(translationLead.count, 1)))
        }
        let sourceTrail = source.suffix(while: { $0.isSpaceLike })
        let translationTrail = translation.suffix(while: { $0.isSpaceLike })
        if !newlineAtEnd, translationLead.count < translation.count, !sameSpace(sourceTrail, translationTrail) {
            let start = translation.count - translationTrail.count
            findings.append(
                Finding(
                    "trailing white space differs: the English ends with \(describeSpace(sourceTrail)), the translation with \(describeSpace(translationTrail))",
                    at: translationTrail.isEmpty ? max(translation.count - 1, 0) : start, length: max(translationTrail.count, 1)))
        }
        // Doubled spaces inside the text, unless the English has them too (tables, alignment).
        if !containsDoubleSpace(source[...]) {
            let inner = translationLead.count..<(translation.count - translationTrail.count)
            if !inner.isEmpty, let at = firstDoubleSpace(translation, in: inner) {
                findings.append(Finding("doubled space inside the translation", at: at, length: 2))
            }
        }
        return findings
    }

    /// Leading and trailing runs compare by kind: a newline must stay a newline, any horizontal space is a space.
    private func sameSpace(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        func shape(_ s: ArraySlice<Unicode.Scalar>) -> [Character] {
            s.map { $0 == "\n" || $0 == "\r" ? "n" : ($0 == "\t" ? "t" : "s") }
        }
        return shape(a) == shape(b)
    }

    private func containsDoubleSpace(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        firstDoubleSpace(Array(s), in: 0..<s.count) != nil
    }

    private func firstDoubleSpace(_ s: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            if s[i] == " " && s[i + 1] == " " { return i }
            i += 1
        }
        return nil
    }
}

extension Array {
    func suffix(while predicate: (Element) -> Bool) -> ArraySlice<Element> {
        var start = endIndex
        while start > startIndex, predicate(self[start - 1]) { start -= 1 }
        return self[start...]
    }
}
