/// PO syntax problems the reader found (unterminated strings, unknown keywords, bad escapes…).
public struct POSyntaxCheck: CatalogCheck {
    public init() {}
    public let id = "po-syntax"
    public let name = "PO syntax"
    public let summary = "the PO file has a syntax error or is not valid UTF-8 text"
    public let rationale = """
        A PO file that does not parse may silently lose entries: what follows the error may not be read, \
        so translations the team made never reach families.
        """
    public let severity = Severity.error
    public let fixHint = "open the file at the position shown and fix the quoting; if the file came from another tool, re-export it as UTF-8 PO"
    public var examples: [CheckExample] { [.passing("es", "Home", "Inicio")] }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        file.parseDiagnostics.map { diagnostic in
            CatalogFinding(
                diagnostic.message, severity: diagnostic.severity, position: diagnostic.position ?? TextPosition(line: 1, column: 1), notes: diagnostic.notes)
        }
    }
}
