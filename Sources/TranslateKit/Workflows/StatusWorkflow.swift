import Foundation

/// `translate status`: how far each language has come, for every registry language.
public enum StatusWorkflow {
    public struct Options: Sendable {
        /// Only these languages (default: every registry language).
        public var languages: [String]
        public init(languages: [String] = []) { self.languages = languages }
    }

    public struct Summary: WorkflowSummary, Equatable {
        public var rows: [LanguageStatus]

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rows)
        }

        public func text(_ paint: TextPainter) -> String? {
            let header = ["TAG", "LANGUAGE", "TRANSLATED", "FUZZY", "UNTRANSLATED", "WORDS DONE", "COMPLETE"]
            let cells: [[String]] = rows.map { row in
                let s = row.statistics
                return [
                    row.tag, row.englishName.count > 30 ? String(row.englishName.prefix(29)) + "…" : row.englishName,
                    "\(s.translated.messages)", "\(s.fuzzy.messages)", "\(s.untranslated.messages)",
                    "\(s.translated.words)/\(s.total.words)", row.error == nil ? String(format: "%.1f%%", s.percentComplete) : "unreadable",
                ]
            }
            var widths = header.map(LanguageTable.displayWidth)
            for line in cells { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], LanguageTable.displayWidth(cell)) } }
            func render(_ line: [String]) -> String {
                line.enumerated().map { i, cell in
                    let pad = String(repeating: " ", count: widths[i] - LanguageTable.displayWidth(cell))
                    // Numbers right-aligned so columns compare at a glance.
                    return i >= 2 ? pad + cell : cell + pad
                }.joined(separator: "  ")
            }
            var lines = [paint(render(header), .bold)]
            for (row, line) in zip(rows, cells) {
                var text = render(line)
                if row.error != nil {
                    text = paint(text, .red)
                } else if row.statistics.percentComplete >= 100 {
                    text = paint(text, .green)
                } else if row.file == nil {
                    text = paint(text, .dim)
                }
                lines.append(text)
            }
            return lines.joined(separator: "\n")
        }

        public var notes: [String] {
            let withProblems = rows.filter { $0.problems > 0 }
            guard !withProblems.isEmpty else { return [] }
            return ["note: \(withProblems.map(\.tag).joined(separator: ", ")) have syntax problems; run 'translate check' for details"]
        }

        /// An unreadable catalog is an input error, reported after the others are counted.
        public var errors: [String] { rows.compactMap(\.error) }
    }

    public static func run(_ project: Project, _ options: Options = Options(), log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        let summary = Summary(rows: try ProjectStatus.compute(project, languages: options.languages))
        return WorkflowResult(summary: summary, outcome: summary.errors.isEmpty ? .success : .inputError)
    }
}
