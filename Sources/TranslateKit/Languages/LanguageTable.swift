import Foundation
import TranslateICU

/// What `translate languages` shows about one language; also its JSON form.
public struct LanguageSummary: Codable, Equatable, Sendable {
    public var tag: String
    public var englishName: String
    public var endonym: String
    public var script: String
    public var direction: String
    public var fallback: [String]
    public var tier: String
    public var testOnly: Bool
    public var cardinal: [String]
    public var ordinal: [String]
    public var cardinalSource: String
    public var ordinalSource: String
    public var collation: String
    /// "cldr", "overlay" or "unknown".
    public var coverage: String
    public var registered: Bool
    public var warning: String?
    /// Sample numbers per category (only for `--lang`).
    public var cardinalSamples: [String: [String]]?
    public var ordinalSamples: [String: [String]]?

    /// Builds the summary, asking the registry for the rules it actually applies.
    public init(_ language: Language, registry: LanguageRegistry, withSamples: Bool = false) throws {
        tag = language.tag
        englishName = language.englishName
        endonym = language.endonym
        script = language.script
        direction = language.direction.rawValue
        fallback = language.fallbackChain
        tier = language.tier.rawValue
        testOnly = language.isTestOnly
        let cardinalRules = try registry.pluralRules(for: language.tag, type: .cardinal)
        let ordinalRules = try registry.pluralRules(for: language.tag, type: .ordinal)
        cardinal = cardinalRules.categories.map(\.rawValue)
        ordinal = ordinalRules.categories.map(\.rawValue)
        cardinalSource = language.pluralProvenance(.cardinal)
        ordinalSource = language.pluralProvenance(.ordinal)
        switch language.collation {
        case .cldr: collation = (try? registry.collator(for: language.tag).actualLocale) ?? "root"
        case .root: collation = "root (district overlay)"
        case .like(let other): collation = "like \(other) (district overlay)"
        }
        coverage = language.coverage.rawValue
        registered = language.isRegistered
        warning = language.warning
        if withSamples {
            cardinalSamples = Dictionary(uniqueKeysWithValues: cardinalRules.categories.map { ($0.rawValue, cardinalRules.samples(for: $0)) })
            ordinalSamples = Dictionary(uniqueKeysWithValues: ordinalRules.categories.map { ($0.rawValue, ordinalRules.samples(for: $0)) })
        }
    }

    /// Coverage in words for people.
    public var coverageText: String {
        switch coverage {
        case "cldr": return "CLDR data"
        case "overlay": return "district overlay"
        default: return "unknown"
        }
    }
}

/// Renders language summaries as a text table or JSON.
public enum LanguageTable {
    static let firstStrongIsolate = "\u{2068}"
    static let popDirectionalIsolate = "\u{2069}"

    /// Columns a terminal gives `text`: 0 for combining marks and format characters, 2 for East
    /// Asian wide and fullwidth characters, 1 otherwise.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        let v = scalar.value
        if v == 0x200B { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// `text` cut to at most `limit` columns (whole characters), with "…" when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard displayWidth(text) > limit else { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = displayWidth(String(character))
            if used + w > limit - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// A table, one language a line. Every endonym sits inside FSI…PDI so right-to-left names
    /// cannot reorder the cells around them; columns are padded by display width.
    public static func text(_ rows: [LanguageSummary]) -> String {
        let header = ["TAG", "ENGLISH NAME", "ENDONYM", "SCRIPT", "DIR", "CARDINAL", "ORDINAL", "TIER", "COVERAGE"]
        let cells: [[String]] = rows.map { row in
            [
                row.tag, truncated(row.englishName, to: 36), truncated(row.endonym, to: 28), row.script, row.direction,
                row.cardinal.joined(separator: ","), row.ordinal.joined(separator: ","),
                row.testOnly ? "test-only" : row.tier, row.coverageText,
            ]
        }
        var widths = header.map(displayWidth)
        for line in cells {
            for (index, cell) in line.enumerated() { widths[index] = max(widths[index], displayWidth(cell)) }
        }
        func render(_ line: [String], isolate: Bool) -> String {
            var out = ""
            for (index, cell) in line.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - displayWidth(cell))
                let shown = isolate && index == 2 ? firstStrongIsolate + cell + popDirectionalIsolate : cell
                out += index == line.count - 1 ? shown : shown + padding + "  "
            }
            return out
        }
        return ([render(header, isolate: false)] + cells.map { render($0, isolate: true) }).joined(separator: "\n")
    }

    /// Details of one language, for `translate languages --lang TAG`.
    public static func details(_ row: LanguageSummary, language: Language) -> String {
        var lines: [String] = []
        lines.append("\(row.tag)  \(row.englishName)")
        lines.append(
            "  endonym:    \(firstStrongIsolate)\(row.endonym)\(popDirectionalIsolate)"
                + (language.endonymSource.isEmpty ? "" : "  (source: \(language.endonymSource))"))
        lines.append("  script:     \(row.script), \(row.direction == "rtl" ? "right to left" : "left to right")")
        lines.append("  fallback:   \(([row.tag] + row.fallback).joined(separator: " → "))")
        lines.append("  tier:       \(row.tier)" + (row.testOnly ? " (test-only pseudo-locale)" : ""))
        lines.append("  coverage:   \(row.coverageText)")
        for (name, categories, source, samples) in [
            ("cardinal", row.cardinal, row.cardinalSource, row.cardinalSamples),
            ("ordinal", row.ordinal, row.ordinalSource, row.ordinalSamples),
        ] {
            lines.append("  \(name):\(String(repeating: " ", count: 10 - name.count))\(categories.joined(separator: ", "))")
            lines.append("              from \(source)")
            for category in categories {
                let list = samples?[category] ?? []
                if !list.isEmpty { lines.append("              \(category): \(list.joined(separator: ", "))\(list.count >= 5 ? "…" : "")") }
            }
        }
        lines.append("  collation:  \(row.collation)")
        if !language.notes.isEmpty { lines.append("  notes:      \(language.notes)") }
        if !language.evidence.isEmpty { lines.append("  evidence:   \(language.evidence)") }
        return lines.joined(separator: "\n")
    }

    /// A JSON array of the summaries, keys sorted, byte-identical for the same input.
    public static func json(_ rows: [LanguageSummary]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }
}
