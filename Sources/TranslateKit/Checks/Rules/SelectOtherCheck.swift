/// Every select needs an 'other' case.
public struct SelectOtherCheck: Check {
    public init() {}
    public let id = "select-other"
    public let name = "Select without other"
    public let summary = "a select has no 'other' case"
    public let rationale = """
        A select picks text by a value (a gender, a role, a school level). Without 'other', any value the \
        translation does not list shows nothing — or the raw message — to the family.
        """
    public let severity = Severity.error
    public let fixHint = "add an 'other' case, usually a copy of the most neutral case"
    public var examples: [CheckExample] {
        [
            .passing("es", "{role, select, parent {Parent} other {Guardian}}", "{role, select, parent {Madre o padre} other {Tutor}}"),
            .failing("es", "{role, select, parent {Parent} other {Guardian}}", "{role, select, parent {Madre o padre} guardian {Tutor}}", "no 'other'"),
            .failing("ar", "{role, select, parent {Parent} other {Guardian}}", "{role, select, parent {ولي الأمر}}", "no 'other'"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.translation.contains("{") else { return [] }
        // The parser rejects a select without 'other', so the scan that tolerates it decides.
        return MessageOutline.branchesMissingOther(unit.translation).filter { $0.type == "select" }.map {
            Finding("the select {\($0.name)} has no 'other' case", at: $0.offset, length: $0.name.unicodeScalars.count)
        }
    }
}
