import Foundation

/// `translate glossary`: lists the glossary in a language's alphabetical order with likely
/// duplicates, and converts it to and from TBX.
public enum GlossaryWorkflow {
    public struct Options: Sendable {
        /// The language to list.
        public var language: String
        /// Write the glossary as TBX-Basic here instead of listing it.
        public var exportTBX: String?
        /// Replace the glossary with the concepts of this TBX file instead of listing it.
        public var importTBX: String?

        public init(language: String = "en", exportTBX: String? = nil, importTBX: String? = nil) {
            self.language = language
            self.exportTBX = exportTBX
            self.importTBX = importTBX
        }
    }

    /// The listing (nil after an import or export, which print nothing on standard output).
    public struct Summary: WorkflowSummary {
        public var listing: GlossaryListing?
        public var language: String

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(listing)
        }

        public var isEmpty: Bool { listing == nil }

        public func text(_ paint: TextPainter) -> String? {
            guard let listing else { return nil }
            var lines: [String] = []
            for item in listing.items {
                var line = paint(item.term, .bold)
                if language != "en" { line += " — \(item.english)" }
                if !item.partOfSpeech.isEmpty { line += " (\(item.partOfSpeech))" }
                if item.status == "forbidden" { line += " " + paint("[forbidden]", .red) }
                if item.doNotTranslate { line += " " + paint("[do not translate]", .cyan) }
                lines.append(line)
            }
            for duplicate in listing.duplicates {
                let list = zip(duplicate.terms, duplicate.lines).map { "'\($0)' (line \($1))" }.joined(separator: ", ")
                lines.append(paint("likely duplicates:", .yellow) + " \(list)")
            }
            return lines.joined(separator: "\n")
        }

        public var notes: [String] {
            guard let listing, listing.missing > 0 else { return [] }
            return ["note: \(listing.missing) concepts have no '\(language)' term yet"]
        }
    }

    /// Lists (outcome `.findings` when there are likely duplicates), or imports or exports TBX.
    public static func run(_ project: Project, _ options: Options = Options(), log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        let root = project.paths.root
        let empty = Summary(listing: nil, language: options.language)
        if let tbx = options.importTBX {
            let imported = try TBXDocument.read(try TextFile.read(URL(fileURLWithPath: tbx), displayPath: tbx), path: tbx)
            let merged = try Glossary.load(projectRoot: root)?.replaced(by: imported) ?? imported
            try AtomicFile.write(merged.csv(), to: root.appendingPathComponent(Glossary.relativePath))
            log.progress("imported \(merged.entries.count) concepts in \(merged.languages.count) languages from \(tbx) into \(Glossary.relativePath)")
            return WorkflowResult(summary: empty)
        }
        guard let glossary = try Glossary.load(projectRoot: root) else {
            throw TranslateError(
                path: Glossary.relativePath, "file not found",
                hint: "create it with a header such as: en,es-US,ar,pl,zh-Hans,part of speech,definition,status,do-not-translate")
        }
        if let tbx = options.exportTBX {
            try AtomicFile.write(try TBXDocument.write(glossary), to: URL(fileURLWithPath: tbx))
            log.progress("exported \(glossary.entries.count) concepts to \(tbx)")
            return WorkflowResult(summary: empty)
        }
        let tag = options.language
        let listing = GlossaryListing(
            glossary, language: tag, collator: try project.registry.collator(for: tag),
            primary: try project.registry.collator(for: tag, strength: .primary))
        return WorkflowResult(summary: Summary(listing: listing, language: tag), outcome: listing.duplicates.isEmpty ? .success : .findings)
    }
}
