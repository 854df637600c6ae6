import Foundation
import TranslateICU

/// Rewrites a message's plural and selectordinal keyword branches (`one {…}`) into exact-value branches
/// (`=1 {…}`) where the rules the message was written for select a finite set of integers. A runtime picks
/// `=N` before asking its own plural rules, so the rewritten message renders as its author's language
/// renders it in any bundle language — even one the runtime has no rules for. What cannot be spelled
/// exactly keeps its categories and names the locale whose rules a runtime must format it with.
public enum PluralCompiler {
    /// One plural type's rules, as the message was written for them.
    public struct Rules: Sendable {
        /// The rules; nil when unreadable (then no category counts as finite).
        public var syntax: PluralRuleSyntax?
        /// A locale whose stock CLDR rules are these, for a runtime to format with; nil when none is.
        public var locale: String?
        /// The bundle language's stock runtime already selects with these rules: arguments stay as written.
        public var runtimeAgrees: Bool

        public init(syntax: PluralRuleSyntax?, locale: String?, runtimeAgrees: Bool) {
            self.syntax = syntax
            self.locale = locale
            self.runtimeAgrees = runtimeAgrees
        }
    }

    /// A compiled message.
    public struct Compiled: Equatable, Sendable {
        public var message: String
        /// The locale the runtime must format `message` with; nil: the bundle's own.
        public var pluralLocale: String?
        /// False when some argument could neither be spelled as `=N` nor given a locale with its rules.
        public var exact: Bool
    }

    /// Compiles `message`; messages without plural or selectordinal arguments (or not valid ICU) come back as they are.
    public static func compile(_ message: String, cardinal: Rules, ordinal: Rules) -> Compiled {
        let unchanged = Compiled(message: message, pluralLocale: nil, exact: true)
        guard mayContainPlural(message), let tree = MessageFormatParser.parse(message).message else { return unchanged }
        var writer = Writer(scalars: Array(message.unicodeScalars), cardinal: cardinal, ordinal: ordinal)
        let text = writer.rewrite(tree.nodes, from: tree.range.scalars.lowerBound, to: tree.range.scalars.upperBound)
        guard writer.changed || !writer.neededLocales.isEmpty || writer.inexact else { return unchanged }
        // Arguments left to the bundle's own rules need them too when another locale is named.
        let locales = writer.neededLocales.isEmpty ? [] : writer.neededLocales.union(writer.agreeingLocales)
        let exact = !writer.inexact && locales.count <= 1 && !locales.contains(nil)
        return Compiled(message: writer.changed ? text : message, pluralLocale: exact ? locales.first ?? nil : nil, exact: exact)
    }

    /// False when `message` cannot hold a plural or selectordinal argument: no "plural" or "ordinal" (ICU reads
    /// type names in any case). A byte scan, so a build skips most messages without parsing them.
    public static func mayContainPlural(_ message: String) -> Bool {
        var utf8 = message.utf8.makeIterator()
        var last: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        while let byte = utf8.next() {
            let lower = byte | 0x20
            // "ural" ends "plural"; "inal" ends "selectordinal".
            if lower == 0x6C && last.3 == 0x61 && ((last.1 == 0x75 && last.2 == 0x72) || (last.1 == 0x69 && last.2 == 0x6E)) { return true }
            last = (last.1, last.2, last.3, lower)
        }
        return false
    }

    /// Walks the tree, copying source text verbatim except for the plural branches it respells.
    private struct Writer {
        let scalars: [Unicode.Scalar]
        let cardinal: Rules
        let ordinal: Rules
        var changed = false
        var inexact = false
        var neededLocales: Set<String?> = []
        var agreeingLocales: Set<String?> = []

        func text(_ range: Range<Int>) -> String {
            var result = String.UnicodeScalarView()
            result.append(contentsOf: scalars[range])
            return String(result)
        }

        mutating func rewrite(_ nodes: [MessageNode], from start: Int, to end: Int) -> String {
            var out = ""
            var cursor = start
            for node in nodes {
                let cases: [Message]
                switch node {
                case .plural(let plural):
                    out += text(cursor..<plural.range.scalars.lowerBound)
                    out += rewrite(plural)
                    cursor = plural.range.scalars.upperBound
                    continue
                case .select(let select): cases = select.cases.map(\.message)
                case .choice(let choice): cases = choice.cases.map(\.message)
                case .text, .pound, .argument: continue
                }
                for branch in cases {
                    out += text(cursor..<branch.range.scalars.lowerBound)
                    out += rewrite(branch.nodes, from: branch.range.scalars.lowerBound, to: branch.range.scalars.upperBound)
                    cursor = branch.range.scalars.upperBound
                }
            }
            return out + text(cursor..<end)
        }

        mutating func rewrite(_ plural: PluralArgument) -> String {
            let rules = plural.isOrdinal ? ordinal : cardinal
            var values: [Int: [Int]] = [:]
            var spellable = !rules.runtimeAgrees
            for (index, branch) in plural.cases.enumerated() where spellable {
                guard case .keyword(let name) = branch.selector, name != "other" else { continue }
                // A word that is no category never matches; keep it as written (icu-syntax warns about it).
                guard let category = ICU.PluralCategory(rawValue: name) else { continue }
                if let found = rules.syntax?.finiteValues(of: category) { values[index] = found } else { spellable = false }
            }
            if rules.runtimeAgrees {
                agreeingLocales.insert(rules.locale)
            } else if !spellable {
                neededLocales.insert(rules.locale)
                if rules.locale == nil { inexact = true }
            }
            let offset = plural.offset ?? 0
            let explicit = Set(
                plural.cases.compactMap { branch -> Double? in
                    if case .exact(let value, _) = branch.selector { return value } else { return nil }
                })
            var out = ""
            var cursor = plural.range.scalars.lowerBound
            for (index, branch) in plural.cases.enumerated() {
                let content = branch.message.range.scalars
                let body =
                    text(branch.selectorRange.scalars.upperBound..<content.lowerBound)
                    + rewrite(branch.message.nodes, from: content.lowerBound, to: content.upperBound) + "}"
                out += text(cursor..<branch.selectorRange.scalars.lowerBound)
                cursor = content.upperBound + 1
                guard spellable, let categoryValues = values[index] else {
                    out += text(branch.selectorRange.scalars) + body
                    continue
                }
                changed = true
                // Explicit values match the number before the offset, categories the number after it.
                let numbers = categoryValues.map { Double($0) + offset }.filter { !explicit.contains($0) }
                if numbers.isEmpty {
                    // The rules never pick this branch: drop it with the space after it.
                    while cursor < plural.range.scalars.upperBound - 1, scalars[cursor].properties.isWhitespace { cursor += 1 }
                    continue
                }
                out += numbers.map { "=" + Self.number($0) + body }.joined(separator: " ")
            }
            return out + text(cursor..<plural.range.scalars.upperBound)
        }

        static func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
    }
}
