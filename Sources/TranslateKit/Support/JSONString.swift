/// JSON string literals for the hand-written JSON outputs (token dumps, reports, translate.json,
/// report history), which write their own layout but must all quote strings the same way.
public enum JSONString {
    /// `"text"` with quotes, backslashes and control characters escaped; other characters stay as
    /// they are (UTF-8 output). With `escapingInvisible`, format characters (bidi controls, zero
    /// widths) and line/paragraph separators are escaped too, so a report shown in a terminal can
    /// never reorder itself.
    public static func literal(_ text: String, escapingInvisible: Bool = false) -> String {
        var out = ""
        append(text, to: &out, escapingInvisible: escapingInvisible)
        return out
    }

    /// Appends the literal to `out` (for writers that build one large string).
    public static func append(_ text: String, to out: inout String, escapingInvisible: Bool = false) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if needsEscape(scalar, escapingInvisible: escapingInvisible) {
                    if scalar.value > 0xFFFF {
                        let v = scalar.value - 0x10000
                        out += "\\u" + hex(0xD800 + (v >> 10)) + "\\u" + hex(0xDC00 + (v & 0x3FF))
                    } else {
                        out += "\\u" + hex(scalar.value)
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, escapingInvisible: Bool) -> Bool {
        // U+2028/2029 are valid JSON but end lines in JavaScript, where bundles are loaded.
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 { return true }
        guard escapingInvisible else { return false }
        switch scalar.properties.generalCategory {
        case .format, .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
