/// A `#:` reference as extraction writes it, gettext style: the content file and the 1-based line the unit
/// starts on (`Content/index.html:12`). Older templates have the file alone; both read back.
public struct ContentReference: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int?

    public init(file: String, line: Int?) {
        self.file = file
        self.line = line
    }

    /// Reads `file:line` or `file`; a colon not followed by digits only is part of the file name.
    public init(_ text: some StringProtocol) {
        if let colon = text.lastIndex(of: ":"), colon != text.startIndex, let line = Int(text[text.index(after: colon)...]), line > 0,
            text[text.index(after: colon)...].allSatisfy(\.isASCII)
        {
            self.init(file: String(text[..<colon]), line: line)
        } else {
            self.init(file: String(text), line: nil)
        }
    }

    /// As written on a `#:` line.
    public var text: String { line.map { "\(file):\($0)" } ?? file }

    /// File (UTF-8 order), then line as a number: "index.html:9" before "index.html:10".
    public static func < (a: Self, b: Self) -> Bool {
        if a.file != b.file { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
        return (a.line ?? 0) < (b.line ?? 0)
    }

    /// The files of a unit's references, each once, in order.
    public static func files(_ references: [String]) -> [String] {
        var seen = Set<String>()
        return references.flatMap { $0.split(separator: " ") }.map { ContentReference($0).file }.filter { seen.insert($0).inserted }
    }
}
