/// Numbered markup tags (<1>…</1>, <2/>) match the source and nest properly.
public struct MarkupCheck: Check {
    public init() {}
    public let id = "markup"
    public let name = "Markup tags"
    public let summary = "numbered tags <1>…</1>, <2/> differ from the source, or are unbalanced or badly nested"
    public let rationale = """
    Numbered tags stand for links and bold text in the page. A lost <1> loses the link to the form; an \
    unclosed or crossed tag breaks the page around the message.
    """
    public let severity = Severity.error
    public let fixHint = "keep every numbered tag of the English, each opened and closed around the words it marks, inner tags closed first"
    public var examples: [CheckExample] {
        [
            .passing("es", "Read the <1>guide</1>.", "Lea la <1>guía</1>."),
            .passing("ja", "<1>Sign in</1> to see <2>grades</2>.", "<2>成績</2>を見るには<1>ログイン</1>してください。"),
            .passing("ar", "Line one<1/>Line two", "السطر الأول<1/>السطر الثاني"),
            .failing("pl", "Read the <1>guide</1>.", "Przeczytaj przewodnik.", "<1> is missing"),
            .failing("ru", "Read the <1>guide</1>.", "Прочитайте <1>руководство.", "never closed"),
            .failing("cy", "<1>Read <2>this</2></1>", "<1>Darllenwch <2>hwn</1></2>", "closes"),
            .failing("zh", "Read the <1>guide</1>.", "阅读<1>指南</1><3/>。", "<3/> is not in the English"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.source.contains("<") || unit.translation.contains("<"),
              let source = unit.outline(.source), let translation = unit.outline(.translation) else { return [] }
        var findings: [Finding] = []
        var stack: [MessageOutline.Tag] = []
        for tag in translation.tags {
            switch tag.kind {
            case .open: stack.append(tag)
            case .selfClosing: break
            case .close:
                if let top = stack.last, top.number == tag.number { stack.removeLast() }
                else if let top = stack.last {
                    findings.append(Finding("</\(tag.number)> closes <\(top.number)>: close inner tags first", at: tag.offset))
                    if let index = stack.lastIndex(where: { $0.number == tag.number }) { stack.remove(at: index) }
                } else {
                    findings.append(Finding("</\(tag.number)> has no opening <\(tag.number)>", at: tag.offset))
                }
            }
        }
        for open in stack { findings.append(Finding("<\(open.number)> is never closed", at: open.offset)) }
        func shape(_ tags: [MessageOutline.Tag]) -> Set<String> {
            Set(tags.map { $0.kind == .selfClosing ? "<\($0.number)/>" : "<\($0.number)>" })
        }
        let wanted = shape(source.tags), got = shape(translation.tags)
        for tag in wanted.subtracting(got).sorted() { findings.append(Finding("\(tag) is missing from the translation")) }
        for tag in got.subtracting(wanted).sorted() {
            let offset = translation.tags.first { ($0.kind == .selfClosing ? "<\($0.number)/>" : "<\($0.number)>") == tag }?.offset ?? 0
            findings.append(Finding("\(tag) is not in the English", at: offset))
        }
        return findings
    }
}
