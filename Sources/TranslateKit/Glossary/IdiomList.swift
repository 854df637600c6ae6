import Foundation

/// The district's list of English idioms that do not translate word for word (Glossary/idioms.csv:
/// `idiom,plain English`), edited by the district as data; the idiom check reads it.
public struct IdiomList: Sendable, Equatable {
    public struct Idiom: Sendable, Equatable {
        /// The phrase as written in the list, matched without regard to case.
        public var phrase: String
        /// What to write instead.
        public var plain: String
        public var position: TextPosition
    }

    public var idioms: [Idiom]

    public init(idioms: [Idiom]) { self.idioms = idioms }

    public static let relativePath = "\(ProjectPaths.glossaryName)/idioms.csv"

    /// The project's list; nil when the project has none.
    public static func load(projectRoot root: URL) throws -> IdiomList? {
        let url = try ProjectPaths(root: root).permitted(root.appendingPathComponent(relativePath))
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try parse(try TextFile.read(url, displayPath: relativePath), path: relativePath)
    }

    /// Parses the CSV; the header row is skipped, a row without a phrase is an error at its position.
    public static func parse(_ text: String, path: String) throws -> IdiomList {
        let table = try CSVTable.parse(text, path: path)
        var idioms: [Idiom] = []
        for record in table.records.dropFirst() where !(record.count == 1 && record[0].value.isEmpty) {
            let phrase = record[0].value.trimmingCharacters(in: .whitespaces)
            guard !phrase.isEmpty else {
                throw TranslateError(path: path, position: record[0].position, "an idiom row has no phrase in its first column")
            }
            idioms.append(Idiom(phrase: phrase, plain: record.count > 1 ? record[1].value : "", position: record[0].position))
        }
        return IdiomList(idioms: idioms)
    }
}
