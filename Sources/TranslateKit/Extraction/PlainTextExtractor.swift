import Foundation

/// Finds the messages of a plain-text file: paragraphs separated by blank lines, split into
/// sentences. A line `<!-- i18n: critical sms -->` sets flags for the paragraphs after it.
public enum PlainTextExtractor {
    /// The messages of a plain-text file; `path` and the paragraph's first line become their reference.
    public static func extract(_ text: String, path: String) -> [ExtractedUnit] {
        var units: [ExtractedUnit] = []
        var flags: [String] = []
        var paragraph: [String] = []
        var lineNumber = 0
        var paragraphLine = 1
        func flush() {
            defer { paragraph = [] }
            guard !paragraph.isEmpty else { return }
            var content = InlineContent()
            content.pieces = [.text(paragraph.joined(separator: "\n"))]
            for unit in UnitComposer.compose(content, split: true) where unit.isTranslatable {
                units.append(
                    ExtractedUnit(
                        key: unit.key, source: unit.source, references: [ContentReference(file: path, line: paragraphLine).text],
                        notes: ["plain-text paragraph"] + unit.placeholderNotes, wordCount: unit.wordCount, flags: flags))
            }
        }
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("<!--"), line.hasSuffix("-->") {
                flush()
                let inner = line.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
                if inner.hasPrefix("i18n:") {
                    flags = inner.dropFirst(5).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                }
                continue
            }
            if paragraph.isEmpty { paragraphLine = lineNumber }
            paragraph.append(String(rawLine))
        }
        flush()
        return units
    }
}
