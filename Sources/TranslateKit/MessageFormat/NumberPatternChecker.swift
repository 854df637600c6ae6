import Foundation

/// Checks a DecimalFormat pattern (`#,##0.00;(#)`) the way ICU's number PatternParser does when
/// MessageFormat applies the style of `{n, number, pattern}`.
enum NumberPatternChecker {
    /// Why ICU rejects `pattern`, or nil when it accepts it.
    static func problem(in pattern: [Unicode.Scalar]) -> String? {
        var state = State(chars: pattern.map(\.value))
        return state.consumePattern()
    }

    private struct State {
        let chars: [UInt32]
        var offset = 0
        // Per-subpattern counters (reset for the negative subpattern).
        var hasPadding = false
        var groupingSizes: UInt64 = 0x0000_FFFF_FFFF_0000
        var integerNumerals = 0
        var integerAtSigns = 0
        var integerTrailingHashSigns = 0
        var fractionHashSigns = 0

        init(chars: [UInt32]) { self.chars = chars }

        var peek: UInt32? { offset < chars.count ? chars[offset] : nil }
        var peek2: UInt32? { offset + 1 < chars.count ? chars[offset + 1] : nil }

        static func isDigit(_ c: UInt32?) -> Bool { c.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }

        mutating func consumePattern() -> String? {
            if let p = consumeSubpattern() { return p }
            if peek == 0x3B {  // ';'
                offset += 1
                if peek != nil {
                    hasPadding = false
                    groupingSizes = 0x0000_FFFF_FFFF_0000
                    integerNumerals = 0
                    integerAtSigns = 0
                    integerTrailingHashSigns = 0
                    fractionHashSigns = 0
                    if let p = consumeSubpattern() { return p }
                }
            }
            if peek != nil { return "unquoted special character '\(Character(Unicode.Scalar(peek!)!))'" }
            return nil
        }

        mutating func consumeSubpattern() -> String? {
            if let p = consumePadding() { return p }
            if let p = consumeAffix() { return p }
            if let p = consumePadding() { return p }
            if let p = consumeFormat() { return p }
            if let p = consumeExponent() { return p }
            if let p = consumePadding() { return p }
            if let p = consumeAffix() { return p }
            if let p = consumePadding() { return p }
            return nil
        }

        mutating func consumePadding() -> String? {
            guard peek == 0x2A else { return nil }  // '*'
            if hasPadding { return "more than one '*' padding" }
            hasPadding = true
            offset += 1
            return consumeLiteral()
        }

        mutating func consumeAffix() -> String? {
            while let c = peek {
                switch c {
                case 0x23, 0x40, 0x3B, 0x2A, 0x2E, 0x2C, 0x30...0x39: return nil  // # @ ; * . , digits
                default: if let p = consumeLiteral() { return p }
                }
            }
            return nil
        }

        mutating func consumeLiteral() -> String? {
            guard let c = peek else { return "a character is expected after '*'" }
            if c == 0x27 {
                offset += 1
                while peek != 0x27 {
                    if peek == nil { return "quote never closed" }
                    offset += 1
                }
                offset += 1
            } else {
                offset += 1
            }
            return nil
        }

        mutating func consumeFormat() -> String? {
            if let p = consumeIntegerFormat() { return p }
            if peek == 0x2E {
                offset += 1
                return consumeFractionFormat()
            } else if peek == 0xA4 {  // ¤ as a decimal separator when a digit follows
                guard let next = peek2, next == 0x23 || State.isDigit(next) else { return nil }
                offset += 1
                return consumeFractionFormat()
            }
            return nil
        }

        mutating func consumeIntegerFormat() -> String? {
            loop: while let c = peek {
                switch c {
                case 0x2C:
                    groupingSizes <<= 16
                case 0x23:
                    if integerNumerals > 0 { return "'#' cannot follow '0' before the decimal point" }
                    groupingSizes &+= 1
                    if integerAtSigns > 0 { integerTrailingHashSigns += 1 }
                case 0x40:
                    if integerNumerals > 0 { return "'0' and '@' cannot be mixed" }
                    if integerTrailingHashSigns > 0 { return "'#' cannot be inside a run of '@'" }
                    groupingSizes &+= 1
                    integerAtSigns += 1
                case 0x30...0x39:
                    if integerAtSigns > 0 { return "'@' and '0' cannot be mixed" }
                    groupingSizes &+= 1
                    integerNumerals += 1
                default:
                    break loop
                }
                offset += 1
            }
            let g1 = Int16(truncatingIfNeeded: groupingSizes & 0xFFFF)
            let g2 = Int16(truncatingIfNeeded: (groupingSizes >> 16) & 0xFFFF)
            let g3 = Int16(truncatingIfNeeded: (groupingSizes >> 32) & 0xFFFF)
            if g1 == 0 && g2 != -1 { return "a grouping separator ',' cannot come last" }
            if g2 == 0 && g3 != -1 { return "two grouping separators ',' cannot be next to each other" }
            return nil
        }

        mutating func consumeFractionFormat() -> String? {
            while let c = peek {
                switch c {
                case 0x23: fractionHashSigns += 1
                case 0x30...0x39: if fractionHashSigns > 0 { return "'0' cannot follow '#' after the decimal point" }
                default: return nil
                }
                offset += 1
            }
            return nil
        }

        mutating func consumeExponent() -> String? {
            guard peek == 0x45 else { return nil }  // 'E'
            if (groupingSizes & 0xFFFF_0000) != 0xFFFF_0000 { return "grouping separators cannot be used with an exponent" }
            offset += 1
            if peek == 0x2B { offset += 1 }
            while peek == 0x30 { offset += 1 }
            return nil
        }
    }
}
