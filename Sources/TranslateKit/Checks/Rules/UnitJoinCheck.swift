/// A sentence split by markup into units translated apart: a unit that is only a connector ("and", "of the"),
/// one that stops on a word no English sentence ends with ("Bring your child to the"), or one that starts in
/// lowercase right after a unit of the same page that stops without punctuation (`#:` references with lines).
public struct UnitJoinCheck: SourceQualityCheck {
    public init() {}
    public let id = "unit-join"
    public let name = "Sentence split across units"
    public let summary = "a unit that is a fragment of a sentence split by markup (only \"and\", or ending on \"the\")"
    public let rationale = """
        Extraction makes one unit per block of the page, so a sentence broken by a block element (`<br>`, a list \
        item, a table cell, a `<div>`) reaches translators as pieces, each translated on its own and often in \
        another order than the language needs: "Bring your child to the" | "library" cannot be put back together \
        in Turkish or Japanese, where the verb comes last. A unit that is only a connector, or that ends on an \
        article, conjunction or preposition, is such a piece; so is a unit starting in lowercase on the line of (or \
        the line after) a unit that ends without punctuation. Link and emphasis markup inside a sentence is kept \
        in one unit (`<x1>…</x1>`) and is not a split; attribute texts (`title`, `alt`) are not sentences.
        """
    public let severity = Severity.warning
    public let fixHint = "keep the sentence in one block: replace the <br> or block element inside it by inline markup or punctuation"
    public var examples: [CheckExample] {
        [
            .passing("en", "Read the <x1><x2>2024 Equity Report</x2></x1> to learn more.", ""),
            .passing("en", "Decrease chronic absence by 7%.", ""),
            .passing("en", "Board of Education", ""),
            .passing("en", "What are you looking for", ""),
            .passing("en", "Programs and services", ""),
            .failing("en", "Bring your child to the", "", "ends with \"the\""),
            .failing("en", "Families who need meals can pick them up at any school and", "", "ends with \"and\""),
            .failing("en", "and", "", "only the connector"),
            .failing("en", "or call us at", "", "ends with \"at\""),
        ]
    }

    /// Words a sentence does not end on: articles, possessives, coordinating conjunctions, and prepositions
    /// that need an object ("for", "in", "on", "up" can end one: "what to look for").
    static let dangling: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "with", "from", "by", "at", "into", "onto", "than",
        "your", "our", "their", "my", "his", "its", "whose", "if", "because", "although", "unless", "whether", "as", "via",
    ]
    /// Connectors a unit made only of them joins two pieces of one sentence.
    static let connectors: Set<String> = dangling.union(["then", "also", "plus", "so", "yet", "in", "on", "for", "that", "which", "who"])

    public func checkSource(_ entry: CatalogEntry, _ context: SourceCheckContext) -> [Finding] {
        // Attribute texts and app messages are labels, not pieces of the page's prose.
        if entry.extractedComments.contains(where: { $0.hasSuffix("attribute") || $0 == "app message" }) { return [] }
        let literal = LiteralText(entry.source)
        let text = literal.literalText
        // Words as runs of letters, digits and apostrophes: enough to find the first and last, without an ICU iterator per unit.
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") })
        guard let last = words.last else { return [] }
        let length = entry.source.unicodeScalars.count
        if words.allSatisfy({ Self.connectors.contains($0.lowercased()) }) {
            return [
                Finding(
                    "unit is only the connector \"\(words.joined(separator: " "))\": the sentence around it is split into other units",
                    target: .source, at: 0, length: length)
            ]
        }
        if let first = text.first(where: { !$0.isWhitespace }), first.isLowercase, let previous = piece(before: entry, context) {
            return [
                Finding(
                    "unit starts in lowercase after \"\(previous.source)\", which ends without punctuation: one sentence in two units",
                    target: .source, at: 0, length: length)
            ]
        }
        // The unit must stop right after the word: "…at the" and not "…at the (PDF)" or "…the."
        let tail = text[last.endIndex...]
        guard tail.allSatisfy(\.isWhitespace), Self.dangling.contains(last.lowercased()), words.count >= 2 else { return [] }
        return [
            Finding(
                "unit ends with \"\(last)\": the rest of the sentence is in another unit, translated apart",
                target: .source, at: 0, length: length)
        ]
    }

    /// A unit of the same page starting on the unit's line or the line before that ends on a letter (no
    /// punctuation): the first half of the sentence `entry` continues.
    func piece(before entry: CatalogEntry, _ context: SourceCheckContext) -> CatalogEntry? {
        for reference in entry.references.flatMap({ $0.split(separator: " ") }).map({ ContentReference($0) }) {
            guard let line = reference.line else { continue }
            for candidateLine in [line, line - 1] where candidateLine >= 1 {
                let key = ContentReference(file: reference.file, line: candidateLine).text
                for other in context.unitsByLine[key] ?? [] where other.effectiveKey != entry.effectiveKey {
                    if other.extractedComments.contains(where: { $0.hasSuffix("attribute") }) { continue }
                    let literal = LiteralText(other.source).literalText.trimmingCharacters(in: .whitespaces)
                    if let last = literal.last, last.isLetter, literal.split(separator: " ").count >= 2 { return other }
                }
            }
        }
        return nil
    }
}
