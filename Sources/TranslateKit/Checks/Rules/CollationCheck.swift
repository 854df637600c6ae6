import TranslateICU

/// Lists flagged `sorted` must follow the target language's collation, not English order.
public struct CollationCheck: Check {
    public init() {}
    public let id = "collation"
    public let name = "Sorted lists"
    public let summary = "a list flagged 'sorted' is not in the language's alphabetical order"
    public let rationale = """
        Lists of schools, programs or languages are sorted so families can find their entry. After \
        translation the English order is wrong: Swedish puts ä after z, Lithuanian y between i and j, \
        Spanish ñ after n. The check uses ICU's collation for the language (or the registry's borrowed one).
        """
    public let severity = Severity.warning
    public let fixHint = "reorder the items as the language sorts them (the note shows the expected order)"
    public var examples: [CheckExample] {
        [
            .passing("es", "Art\nMusic\nSpanish", "Arte\nEspañol\nMúsica", flags: ["sorted"]),
            .passing("sv", "Apples, Oranges", "Apelsiner, Äpplen", flags: ["sorted"]),
            .failing("sv", "Apples, Oranges", "Äpplen, Apelsiner", flags: ["sorted"], "'Apelsiner' should come before 'Äpplen'"),
            .failing("lt", "Ignalina\nJonava\nYla", "Ignalina\nJonava\nYla", flags: ["sorted"], "'Yla' should come before 'Jonava'"),
            .passing("pl", "Lists are not checked unless flagged", "Listy nie są sprawdzane"),
        ]
    }

    /// Separators of inline lists, by script: Latin/Cyrillic comma, Arabic comma, CJK enumeration comma.
    static let separators = [", ", "، ", "、", "，", "; "]

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.entry.hasFlag("sorted"), !unit.translation.isEmpty else { return [] }
        let items = Self.items(of: unit.translation)
        guard items.count > 1 else { return [] }
        let collator: ICU.Collator
        if let registry = context.registry, let c = try? registry.collator(for: context.languageTag) {
            collator = c
        } else if let c = try? ICU.Collator(locale: context.locale) {
            collator = c
        } else {
            return []
        }
        for index in 1..<items.count where collator.compare(items[index - 1].text, items[index].text) > 0 {
            let expected = collator.sorted(items.map(\.text))
            let (earlier, later) = (items[index - 1], items[index])
            // Report the first pair out of order; once fixed, the next run reports the next.
            return [
                Finding(
                    "'\(later.text)' should come before '\(earlier.text)'", at: later.offset,
                    length: later.text.unicodeScalars.count,
                    notes: ["expected order: " + expected.joined(separator: " · ")])
            ]
        }
        return []
    }

    struct Item {
        var text: String
        /// Scalar offset in the translation.
        var offset: Int
    }

    /// Items one a line, else separated by the list separators; list markers ("- ", "1. ") dropped.
    static func items(of text: String) -> [Item] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [(Int, Int)] = []
        if text.contains("\n") {
            var start = 0
            for (i, s) in scalars.enumerated() where s == "\n" {
                pieces.append((start, i))
                start = i + 1
            }
            pieces.append((start, scalars.count))
        } else {
            var start = 0
            var i = 0
            let separators = separators.map { Array($0.unicodeScalars) }
            outer: while i < scalars.count {
                for separator in separators where i + separator.count <= scalars.count && Array(scalars[i..<(i + separator.count)]) == separator {
                    pieces.append((start, i))
                    i += separator.count
                    start = i
                    continue outer
                }
                i += 1
            }
            pieces.append((start, scalars.count))
        }
        return pieces.compactMap { range in
            var lower = range.0
            var upper = range.1
            while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            // Bullets and numbering are not part of what is sorted.
            if upper - lower > 2, ["-", "*", "•"].contains(String(scalars[lower])), scalars[lower + 1] == " " { lower += 2 }
            var digits = lower
            while digits < upper, scalars[digits].properties.numericType != nil { digits += 1 }
            if digits > lower, digits + 1 < upper, scalars[digits] == ".", scalars[digits + 1] == " " { lower = digits + 2 }
            guard upper > lower else { return nil }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[lower..<upper])
            return Item(text: text, offset: lower)
        }
    }
}
