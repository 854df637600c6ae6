import Foundation

/// Checks a number skeleton (`{n, number, ::percent .00}`) the way ICU's skeleton parser does.
///
/// Decided here: the token and option structure, every stem, the digit blueprints (.00#, @@#, E0, 000,
/// integer-width, increment and scale numbers), currency codes (3 ASCII letters) and repeated settings.
/// Not decidable without ICU's data, so accepted: measure-unit, per-measure-unit, unit and
/// numbering-system names (only their form is checked), and digit counts above ICU's limit of 999.
enum NumberSkeletonChecker {
    private enum Setting: Hashable { case notation, unit, perUnit, precision, roundingMode, grouper, integerWidth, symbols, unitWidth, sign, decimal, scale }

    private enum State {
        case none, fractionPrecision, precision, scientific, increment, measureUnit, perMeasureUnit, identifierUnit, currency, integerWidth, numberingSystem,
            scale
    }

    /// Stems that stand alone, with the setting each fills and the state that decides which options may follow.
    private static let simpleStems: [String: ([Setting], State)] = {
        var stems: [String: ([Setting], State)] = [:]
        for s in ["compact-short", "compact-long", "notation-simple", "K", "KK"] { stems[s] = ([.notation], .none) }
        for s in ["scientific", "engineering"] { stems[s] = ([.notation], .scientific) }
        for s in ["base-unit", "percent", "permille", "%"] { stems[s] = ([.unit], .none) }
        stems["%x100"] = ([.scale, .unit], .none)
        stems["precision-integer"] = ([.precision], .fractionPrecision)
        for s in ["precision-unlimited", "precision-currency-standard", "precision-currency-cash"] { stems[s] = ([.precision], .precision) }
        for mode in ["ceiling", "floor", "down", "up", "half-even", "half-odd", "half-ceiling", "half-floor", "half-down", "half-up", "unnecessary"] {
            stems["rounding-mode-" + mode] = ([.roundingMode], .none)
        }
        stems["integer-width-trunc"] = ([.integerWidth], .none)
        for s in ["group-off", "group-min2", "group-auto", "group-on-aligned", "group-thousands", ",_", ",?", ",!"] { stems[s] = ([.grouper], .none) }
        stems["latin"] = ([.symbols], .none)
        for w in ["narrow", "short", "full-name", "iso-code", "formal", "variant", "hidden"] { stems["unit-width-" + w] = ([.unitWidth], .none) }
        for s in signStems { stems[s] = ([.sign], .none) }
        for s in ["decimal-auto", "decimal-always"] { stems[s] = ([.decimal], .none) }
        stems["precision-increment"] = ([.precision], .increment)
        stems["measure-unit"] = ([.unit], .measureUnit)
        stems["per-measure-unit"] = ([.perUnit], .perMeasureUnit)
        stems["unit"] = ([.unit, .perUnit], .identifierUnit)
        stems["currency"] = ([.unit, .perUnit], .currency)
        stems["integer-width"] = ([.integerWidth], .integerWidth)
        stems["numbering-system"] = ([.symbols], .numberingSystem)
        stems["scale"] = ([.scale], .scale)
        return stems
    }()

    private static let signStems: Set<String> = [
        "sign-auto", "sign-always", "sign-never", "sign-accounting", "sign-accounting-always", "sign-except-zero",
        "sign-accounting-except-zero", "sign-negative", "sign-accounting-negative",
        "+!", "+_", "()", "()!", "+?", "()?", "+-", "()-",
    ]

    /// Why ICU rejects `skeleton`, or nil when it accepts it (as far as can be decided).
    static func problem(in skeleton: String) -> String? {
        var seen = Set<Setting>()
        var state = State.none
        var segment: [Unicode.Scalar] = []
        func claim(_ settings: [Setting], _ word: String) -> String? {
            for s in settings {
                if seen.contains(s) { return "'\(word)' repeats a setting given earlier" }
                seen.insert(s)
            }
            return nil
        }
        // As ICU: `state` is .none while a stem is expected or after a stem that takes no option.
        for c in Array(skeleton.unicodeScalars) + [" "] {
            let isTokenSeparator = MessagePatternParser.isWhiteSpace(c.value)
            let isOptionSeparator = c == "/"
            if !isTokenSeparator && !isOptionSeparator {
                segment.append(c)
                continue
            }
            if !segment.isEmpty {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: segment)
                let word = String(view)
                if state == .none {
                    switch stem(word) {
                    case .failure(let message): return message
                    case .success(let (settings, next)):
                        if let p = claim(settings, word) { return p }
                        state = next
                    }
                } else {
                    switch option(word, state: state) {
                    case .failure(let message): return message
                    case .success(let next): state = next
                    }
                }
                segment.removeAll()
            } else if state != .none {
                return "'/' must be followed by an option"
            }
            if isOptionSeparator && state == .none {
                return "'/' is not allowed here"
            }
            if isTokenSeparator && state != .none {
                switch state {
                case .increment, .measureUnit, .perMeasureUnit, .identifierUnit, .currency, .integerWidth, .numberingSystem, .scale:
                    return "this stem needs an option after '/'"
                default: break
                }
                state = .none
            }
        }
        return nil
    }

    private struct Problem: Error { let message: String }

    private enum Outcome<T> { case success(T), failure(String) }

    private static func stem(_ word: String) -> Outcome<([Setting], State)> {
        let chars = Array(word.unicodeScalars)
        switch chars[0] {
        case ".":
            return fraction(chars) ? .success(([.precision], .fractionPrecision)) : .failure("'\(word)' is not a valid fraction precision")
        case "@":
            return significant(chars[...]) == chars.count
                ? .success(([.precision], .precision)) : .failure("'\(word)' is not a valid significant-digits precision")
        case "E":
            return scientific(chars) ? .success(([.notation], .none)) : .failure("'\(word)' is not a valid scientific notation")
        case "0":
            return chars.allSatisfy({ $0 == "0" }) ? .success(([.integerWidth], .none)) : .failure("'\(word)' is not a valid integer width")
        default:
            if let known = simpleStems[word] { return .success(known) }
            return .failure("'\(word)' is not a number skeleton stem")
        }
    }

    private static func isWildcard(_ c: Unicode.Scalar) -> Bool { c == "*" || c == "+" }

    /// `.00##`, `.00+`, `.` : zeros, then either a wildcard or hashes.
    private static func fraction(_ chars: [Unicode.Scalar]) -> Bool {
        var k = 1
        while k < chars.count && chars[k] == "0" { k += 1 }
        if k < chars.count {
            if isWildcard(chars[k]) { k += 1 } else { while k < chars.count && chars[k] == "#" { k += 1 } }
        }
        return k == chars.count
    }

    /// `@@#`, `@+`: returns how many characters form the significant-digits blueprint.
    private static func significant(_ chars: ArraySlice<Unicode.Scalar>) -> Int {
        var k = chars.startIndex
        while k < chars.endIndex && chars[k] == "@" { k += 1 }
        if k < chars.endIndex {
            if isWildcard(chars[k]) { k += 1 } else { while k < chars.endIndex && chars[k] == "#" { k += 1 } }
        }
        return k - chars.startIndex
    }

    private static func scientific(_ chars: [Unicode.Scalar]) -> Bool {
        var k = 1
        if k == chars.count { return false }
        if chars[k] == "E" {
            k += 1
            if k == chars.count { return false }
        }
        if chars[k] == "+" {
            k += 1
            if k == chars.count || (chars[k] != "!" && chars[k] != "?") { return false }
            k += 1
            if k == chars.count { return false }
        }
        while k < chars.count {
            if chars[k] != "0" { return false }
            k += 1
        }
        return true
    }

    private static func isDecimal(_ word: String) -> Bool {
        let chars = Array(word.unicodeScalars)
        var k = 0
        if k < chars.count && (chars[k] == "+" || chars[k] == "-") { k += 1 }
        var digits = 0
        while k < chars.count && chars[k].properties.numericType == .decimal && chars[k].isASCII {
            k += 1
            digits += 1
        }
        if k < chars.count && chars[k] == "." {
            k += 1
            while k < chars.count && chars[k].isASCII && chars[k].properties.numericType == .decimal {
                k += 1
                digits += 1
            }
        }
        if digits == 0 { return false }
        if k < chars.count && (chars[k] == "e" || chars[k] == "E") {
            k += 1
            if k < chars.count && (chars[k] == "+" || chars[k] == "-") { k += 1 }
            var exponent = 0
            while k < chars.count && chars[k].isASCII && chars[k].properties.numericType == .decimal {
                k += 1
                exponent += 1
            }
            if exponent == 0 { return false }
        }
        return k == chars.count
    }

    /// ICU's invariant characters: printable ASCII less ! # $ @ [ \\ ] ^ ` { | } ~.
    private static func isInvariant(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x20 && c.value < 0x7F && !"!#$@[\\]^`{|}~".unicodeScalars.contains(c)
    }

    private static func option(_ word: String, state: State) -> Outcome<State> {
        let chars = Array(word.unicodeScalars)
        let invariant = chars.allSatisfy(isInvariant)
        switch state {
        case .currency:
            return chars.count == 3 && invariant ? .success(.none) : .failure("'\(word)' is not a currency code like USD or EUR")
        case .measureUnit:
            return invariant && chars.dropFirst().contains("-") ? .success(.none) : .failure("'\(word)' is not a unit like length-meter")
        case .perMeasureUnit:
            return invariant && chars.dropFirst().contains("-") ? .success(.none) : .failure("'\(word)' is not a unit like duration-second")
        case .identifierUnit, .numberingSystem:
            return invariant ? .success(.none) : .failure("'\(word)' is not a valid name")
        case .increment:
            return invariant && isDecimal(word) ? .success(.precision) : .failure("'\(word)' is not a rounding increment like 0.05")
        case .scale:
            return invariant && isDecimal(word) ? .success(.none) : .failure("'\(word)' is not a scale number")
        case .integerWidth:
            var k = 0
            var bounded = true
            if isWildcard(chars[0]) {
                bounded = false
                k = 1
            }
            while bounded && k < chars.count && chars[k] == "#" { k += 1 }
            while k < chars.count && chars[k] == "0" { k += 1 }
            return k == chars.count ? .success(.none) : .failure("'\(word)' is not an integer width like +00 or ##0")
        case .scientific:
            if isWildcard(chars[0]) && chars.dropFirst().allSatisfy({ $0 == "e" }) { return .success(.scientific) }
            if signStems.contains(word) { return .success(.scientific) }
            return .failure("'\(word)' is not an option of scientific notation")
        case .fractionPrecision:
            if chars[0] == "@" {
                let k = significant(chars[...])
                if k == chars.count {
                    // ICU: `@+` and `@##` alone are fine; two or more `@` need an `r` or `s` priority.
                    let atSigns = chars.prefix(while: { $0 == "@" }).count
                    return chars.contains(where: isWildcard) || atSigns == 1
                        ? .success(.precision) : .failure("'\(word)' needs a trailing r or s (e.g. \(word)r)")
                }
                let rest = String(String.UnicodeScalarView(Array(chars[k...])))
                return rest == "r" || rest == "s" ? .success(.precision) : .failure("'\(word)' is not a valid significant-digits option")
            }
            return word == "w" ? .success(.none) : .failure("'\(word)' is not an option of this precision")
        case .precision:
            return word == "w" ? .success(.none) : .failure("'\(word)' is not an option of this precision")
        case .none:
            return .failure("'/\(word)' is not allowed here")
        }
    }
}
