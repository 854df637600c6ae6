import Foundation
import TranslateICU

/// CLDR plural rules as text ("one: i = 1 and v = 0; few: …", LDML "Language Plural Rules"), read far
/// enough to tell which categories select a finite set of integers. ICU cannot say (its
/// `getAllKeywordValues` is unimplemented), and a finite category is one a message can spell as `=N`
/// branches that every runtime selects alike, whatever rules it has for the language.
public struct PluralRuleSyntax: Sendable, Equatable {
    /// `operand (% modulus)? (=|!=|in|not in|within|not within) ranges`.
    public struct Relation: Sendable, Equatable {
        /// One of n i v w f t c e.
        public var operand: Character
        public var modulus: Int?
        public var negated: Bool
        /// `within` also accepts non-integers in the ranges.
        public var within: Bool
        public var ranges: [ClosedRange<Int>]

        /// Whether an integer `x` (no visible fraction digits, no exponent) satisfies the relation.
        func holds(forInteger x: Int) -> Bool {
            var value = "vwftce".contains(operand) ? 0 : x
            if let modulus, modulus != 0 { value %= modulus }
            return ranges.contains { $0.contains(value) } != negated
        }

        /// Whether the relation admits only the integers of its ranges for this operand.
        var pinsValue: Bool { !negated && !within && modulus == nil }
    }

    /// Category → its condition: `or` of `and` groups of relations. 'other' is never listed: it is what is left.
    public var conditions: [ICU.PluralCategory: [[Relation]]]

    /// Parses rule text as ICU's `ruleText` and the registry write it; nil when it is not CLDR rule syntax.
    public init?(_ text: String) {
        var conditions: [ICU.PluralCategory: [[Relation]]] = [:]
        for rule in text.split(separator: ";") {
            // Samples ("@integer 1, 21, …") describe the rule; they do not change it.
            let body = rule.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard !body.allSatisfy(\.isWhitespace) else { continue }
            guard let colon = body.firstIndex(of: ":"),
                let category = ICU.PluralCategory(rawValue: body[..<colon].trimmingCharacters(in: .whitespaces))
            else { return nil }
            if category == .other { continue }
            var groups: [[Relation]] = []
            for group in Self.words(body[body.index(after: colon)...]).split(separator: "or") {
                var relations: [Relation] = []
                for words in group.split(separator: "and") {
                    guard let relation = Self.relation(Array(words)) else { return nil }
                    relations.append(relation)
                }
                groups.append(relations)
            }
            conditions[category] = groups
        }
        self.conditions = conditions
    }

    /// The integers `category` selects, ascending, when that set is finite (empty for a category the rules
    /// never select); nil when infinitely many numbers (or any decimal) select it, or for 'other'.
    public func finiteValues(of category: ICU.PluralCategory) -> [Int]? {
        guard category != .other else { return nil }
        var values = Set<Int>()
        for group in conditions[category] ?? [] {
            // Compact and scientific notation (c, e) are left to the runtime: not decided here.
            if group.contains(where: { "ce".contains($0.operand) }) { return nil }
            let integral = group.contains { "vwft".contains($0.operand) && $0.pinsValue && $0.ranges == [0...0] }
            guard let pin = group.first(where: { $0.pinsValue && ($0.operand == "n" || ($0.operand == "i" && integral)) }),
                pin.ranges.reduce(0, { $0 + $1.count }) <= 100_000
            else { return nil }
            for range in pin.ranges {
                for x in range where group.allSatisfy({ $0.holds(forInteger: x) }) { values.insert(x) }
            }
        }
        return values.sorted()
    }

    /// ICU's `ruleText` as CLDR writes it: without 'other' and samples, `=` and `!=` for ICU's "  in " and
    /// "  not in ", `%` for "mod", CLDR's category order, single values for "1..1" ("one: i  in 1..1 and v  in 0..0" → "one: i = 1 and v = 0").
    public static func cldrText(_ icuText: String) -> String {
        var rules: [String] = []
        for rule in icuText.split(separator: ";") {
            var text = rule.prefix { $0 != "@" }.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.hasPrefix("other:") else { continue }
            for (pattern, template) in [
                (#"\s+not\s+in\s+"#, " != "), (#"\s+in\s+"#, " = "), (#"\s+is\s+not\s+"#, " != "),
                (#"\s+is\s+"#, " = "), (#"\s+mod\s+"#, " % "), (#"\b(\d+)\.\.\1\b"#, "$1"), (#"\s{2,}"#, " "),
            ] {
                text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
            }
            rules.append(text)
        }
        // ICU lists categories alphabetically; CLDR in its order (zero one two few many).
        let order = { (rule: String) in
            ICU.PluralCategory(rawValue: String(rule.prefix { $0 != ":" })).map { ICU.PluralCategory.allCases.firstIndex(of: $0)! } ?? 9
        }
        return rules.sorted { order($0) < order($1) }.joined(separator: "; ")
    }

    private static func words(_ text: Substring) -> [String] {
        // "i=1" and "n % 10 = 1" alike: operators become words of their own.
        var spaced = ""
        for character in text {
            if character == "=" && spaced.last == "!" {
                spaced.removeLast()
                spaced += " != "
            } else if character == "=" || character == "%" {
                spaced += " \(character) "
            } else {
                spaced.append(character)
            }
        }
        return spaced.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private static func relation(_ words: [String]) -> Relation? {
        guard let first = words.first, first.count == 1, let operand = first.first, "niwvftce".contains(operand) else { return nil }
        var index = 1
        var modulus: Int?
        if index < words.count, words[index] == "%" || words[index] == "mod" {
            guard index + 1 < words.count, let value = Int(words[index + 1]) else { return nil }
            modulus = value
            index += 2
        }
        var negated = false
        var within = false
        var operatorWords: [String] = []
        while index < words.count, ["=", "!=", "is", "not", "in", "within"].contains(words[index]) {
            operatorWords.append(words[index])
            index += 1
        }
        switch operatorWords {
        case ["="], ["is"], ["in"]: break
        case ["!="], ["is", "not"], ["not", "in"]: negated = true
        case ["within"]: within = true
        case ["not", "within"]:
            negated = true
            within = true
        default: return nil
        }
        var ranges: [ClosedRange<Int>] = []
        for item in words[index...].joined().split(separator: ",") {
            let bounds = item.components(separatedBy: "..")
            guard let low = Int(bounds[0]), let high = Int(bounds.last!), bounds.count <= 2, low <= high else { return nil }
            ranges.append(low...high)
        }
        guard !ranges.isEmpty else { return nil }
        return Relation(operand: operand, modulus: modulus, negated: negated, within: within, ranges: ranges)
    }
}
