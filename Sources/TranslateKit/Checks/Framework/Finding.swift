/// What a check found: a message and, when it can, the exact scalars it is about.
public struct Finding: Sendable, Equatable {
    /// Which string `range` counts in.
    public enum Target: String, Sendable { case translation, source, entry }

    /// Overrides the check's default severity (e.g. a missing 'many' reached only by decimals is a warning).
    public var severity: Severity?
    public var message: String
    public var target: Target
    /// Unicode scalar offsets inside the target string; nil points at the start of its keyword.
    public var range: Range<Int>?
    /// Extra notes printed after the fix hint.
    public var notes: [String]

    public init(_ message: String, severity: Severity? = nil, target: Target = .translation, range: Range<Int>? = nil, notes: [String] = []) {
        self.message = message
        self.severity = severity
        self.target = target
        self.range = range
        self.notes = notes
    }

    public init(_ message: String, severity: Severity? = nil, target: Target = .translation, at offset: Int, length: Int = 1, notes: [String] = []) {
        self.init(message, severity: severity, target: target, range: offset..<(offset + max(length, 1)), notes: notes)
    }
}

/// A catalog check's finding: about one entry (by index in `CatalogFile.catalog.entries`) or the file.
public struct CatalogFinding: Sendable, Equatable {
    public var severity: Severity?
    public var message: String
    /// The entry it is about; nil for the whole file.
    public var entryIndex: Int?
    /// Where, when the check knows better than the entry (a header line, a syntax error).
    public var position: TextPosition?
    public var notes: [String]

    public init(_ message: String, severity: Severity? = nil, entryIndex: Int? = nil, position: TextPosition? = nil, notes: [String] = []) {
        self.message = message
        self.severity = severity
        self.entryIndex = entryIndex
        self.position = position
        self.notes = notes
    }
}
