/// The header's `Plural-Forms: nplurals=N; plural=EXPRESSION;`, checked as msgfmt checks it: a
/// catalog whose expression does not parse as C does not compile (`msgfmt -c` says "invalid plural
/// expression"), whether or not the file uses msgid_plural.
public enum PluralFormsHeader {
    /// Whether `value` is `nplurals=N; plural=EXPRESSION;` with N ≥ 1 and EXPRESSION a C
    /// expression over `n` and integers (?:, ||, &&, comparisons, + - * / %, !, parentheses).
    public static func isValid(_ value: String) -> Bool {
        var fields: [String: String] = [:]
        for part in value.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else {
                if part.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                return false
            }
            fields[pair[0]] = pair[1]
        }
        guard let count = fields["nplurals"].flatMap(Int.init), count >= 1, let expression = fields["plural"] else { return false }
        var parser = Parser(tokens: tokenize(expression) ?? [])
        guard !parser.tokens.isEmpty, parser.ternary(), parser.index == parser.tokens.count else { return false }
        return true
    }

    static func tokenize(_ text: String) -> [String]? {
        var tokens: [String] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == " " || c == "\t" {
                i += 1
                continue
            }
            if ("0"..."9").contains(c) {
                var j = i
                while j < scalars.count, ("0"..."9").contains(scalars[j]) { j += 1 }
                tokens.append("0")
                i = j
                continue
            }
            let two = i + 1 < scalars.count ? String(c) + String(scalars[i + 1]) : ""
            if ["||", "&&", "==", "!=", "<=", ">="].contains(two) {
                tokens.append(two)
                i += 2
                continue
            }
            guard "n?:<>+-*/%!()".unicodeScalars.contains(c) else { return nil }
            tokens.append(String(c))
            i += 1
        }
        return tokens
    }

    /// Recursive descent over C's precedence levels; depth is bounded by the header's length.
    struct Parser {
        let tokens: [String]
        var index = 0

        mutating func take(_ token: String) -> Bool {
            guard index < tokens.count, tokens[index] == token else { return false }
            index += 1
            return true
        }

        mutating func ternary() -> Bool {
            guard binary(0) else { return false }
            if take("?") { return ternary() && take(":") && ternary() }
            return true
        }

        static let levels: [[String]] = [["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]]

        mutating func binary(_ level: Int) -> Bool {
            guard level < Self.levels.count else { return unary() }
            guard binary(level + 1) else { return false }
            while index < tokens.count, Self.levels[level].contains(tokens[index]) {
                index += 1
                guard binary(level + 1) else { return false }
            }
            return true
        }

        mutating func unary() -> Bool {
            if take("!") || take("-") || take("+") { return unary() }
            if take("(") { return ternary() && take(")") }
            return take("n") || take("0")
        }
    }
}
