/// Numbered markup tags (<x1>…</x1>, <x2></x2>) match the source and nest properly.
public struct MarkupCheck: Check {
    public init() {}
    public let id = "markup"
    public let name = "Markup tags"
    public let summary = "numbered tags <x1>…</x1>, <x2></x2> differ from the source, or are unbalanced or badly nested"
    public let rationale = """
        Numbered tags stand for links and bold text in the page. A lost <x1> loses the link to the form; an \
        unclosed or crossed tag breaks the page around the message.
        """
    public let severity = Severity.error
    public let fixHint = "keep every numbered tag of the English, each opened and closed around the words it marks, inner tags closed first"
    public var examples: [CheckExample] {
        [
            .passing("es", "Read the <x1>guide</x1>.", "Lea la <x1>guía</x1>."),
            .passing("ja", "<x1>Sign in</x1> to see <x2>grades</x2>.", "<x2>成績</x2>を見るには<x1>ログイン</x1>してください。"),
            .passing("ar", "Line one<x1></x1>Line two", "السطر الأول<x1></x1>السطر الثاني"),
            .failing("pl", "Read the <x1>guide</x1>.", "Przeczytaj przewodnik.", "<x1> is missing"),
            .failing("ru", "Read the <x1>guide</x1>.", "Прочитайте <x1>руководство.", "never closed"),
            .failing("cy", "<x1>Read <x2>this</x2></x1>", "<x1>Darllenwch <x2>hwn</x1></x2>", "closes"),
            .failing("zh", "Read the <x1>guide</x1>.", "阅读<x1>指南</x1><x3></x3>。", "<x3> is not in the English"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.source.contains("<") || unit.translation.contains("<"),
            let source = unit.outline(.source), let translation = unit.outline(.translation)
        else { return [] }
        var findings: [Finding] = []
        var stack: [MessageOutline.Tag] = []
        for tag in translation.tags {
            switch tag.kind {
            case .open: stack.append(tag)
            case .selfClosing: break
            case .close:
                if let top = stack.last, top.number == tag.number {
                    stack.removeLast()
                } else if let top = stack.last {
                    findings.append(Finding("</x\(tag.number)> closes <x\(top.number)>: close inner tags first", at: tag.offset))
                    if let index = stack.lastIndex(where: { $0.number == tag.number }) { stack.remove(at: index) }
                } else {
                    findings.append(Finding("</x\(tag.number)> has no opening <x\(tag.number)>", at: tag.offset))
                }
            }
        }
        for open in stack { findings.append(Finding("<x\(open.number)> is never closed", at: open.offset)) }
        func shape(_ tags: [MessageOutline.Tag]) -> Set<String> {
            Set(tags.map { $0.kind == .selfClosing ? "<x\($0.number)/>" : "<x\($0.number)>" })
        }
        let wanted = shape(source.tags)
        let got = shape(translation.tags)
        for tag in wanted.subtracting(got).sorted() { findings.append(Finding("\(tag) is missing from the translation")) }
        for tag in got.subtracting(wanted).sorted() {
            let offset = translation.tags.first { ($0.kind == .selfClosing ? "<x\($0.number)/>" : "<x\($0.number)>") == tag }?.offset ?? 0
            findings.append(Finding("\(tag) is not in the English", at: offset))
        }
        return findings
    }
}
