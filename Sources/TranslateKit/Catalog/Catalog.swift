/// A PO catalog: the header entry (msgid "") and the messages, in file order.
public struct Catalog: Sendable, Equatable {
    /// The header entry's fields ("Language", "Content-Type", …) as written, in order.
    public var header: CatalogEntry?
    public var entries: [CatalogEntry]
    /// The line ending of the file read ("\n" or "\r\n"); new and changed entries use it too.
    public var lineEnding: String = "\n"
    /// Whether the file read began with a UTF-8 byte order mark (written back when it did).
    public var hasByteOrderMark: Bool = false
    /// Text after the last entry (blank lines, stray comments), written back as read.
    public var trailingText: String = ""

    public init(header: CatalogEntry? = nil, entries: [CatalogEntry] = []) {
        self.header = header
        self.entries = entries
    }

    /// Header fields parsed from the header's msgstr ("Language: pl\n…").
    public var headerFields: [(name: String, value: String)] {
        guard let header else { return [] }
        return header.translation.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return (String(name), String(value))
        }
    }

    public func headerField(_ name: String) -> String? {
        headerFields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Sets a header field, keeping the order of the others; creates the header when absent.
    public mutating func setHeaderField(_ name: String, _ value: String) {
        var fields = headerFields
        if let index = fields.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
            fields[index].value = value
        } else {
            fields.append((name, value))
        }
        var entry = header ?? CatalogEntry(source: "")
        entry.translation = fields.map { "\($0.name): \($0.value)\n" }.joined()
        header = entry
    }

    /// Messages that are not obsolete.
    public var activeEntries: [CatalogEntry] { entries.filter { !$0.isObsolete } }

    /// Active entries by `effectiveKey` (first wins on duplicates).
    public var entriesByKey: [String: CatalogEntry] {
        var map: [String: CatalogEntry] = [:]
        for entry in entries where !entry.isObsolete && map[entry.effectiveKey] == nil { map[entry.effectiveKey] = entry }
        return map
    }

    public static func == (a: Self, b: Self) -> Bool { a.header == b.header && a.entries == b.entries }
}

private extension Substring {
    func trimmingCharacters(in set: CharacterSetLite) -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return s
    }
}

/// Stand-in so this file needs no Foundation: only whitespace trimming is used.
private enum CharacterSetLite { case whitespaces }
