import Foundation

/// Abbreviations every reader knows as they are (Glossary/abbreviations.csv: `abbreviation,meaning`), such as
/// file formats and units ("PDF", "MB"): the acronym check does not ask for them to be spelled out. Data the
/// district edits, not code.
public struct AbbreviationList: Sendable, Equatable {
    /// Abbreviation as written (matched exactly, case and all) → what it stands for.
    public var meanings: [String: String]

    public init(meanings: [String: String]) { self.meanings = meanings }

    public static let relativePath = "Glossary/abbreviations.csv"

    /// The project's list; nil when the project has none.
    public static func load(projectRoot root: URL) throws -> AbbreviationList? {
        let url = try ProjectPaths(root: root).permitted(root.appendingPathComponent(relativePath))
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try parse(try TextFile.read(url, displayPath: relativePath), path: relativePath)
    }

    /// Parses the CSV; the header row is skipped, a row without an abbreviation is an error at its position.
    public static func parse(_ text: String, path: String) throws -> AbbreviationList {
        let table = try CSVTable.parse(text, path: path)
        var meanings: [String: String] = [:]
        for record in table.records.dropFirst() where !(record.count == 1 && record[0].value.isEmpty) {
            let abbreviation = record[0].value.trimmingCharacters(in: .whitespaces)
            guard !abbreviation.isEmpty else {
                throw TranslateError(path: path, position: record[0].position, "an abbreviation row has no abbreviation in its first column")
            }
            meanings[abbreviation] = record.count > 1 ? record[1].value : ""
        }
        return AbbreviationList(meanings: meanings)
    }
}
