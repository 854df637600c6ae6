/// The braces of ICU MessageFormat text that are syntax, not quoted text: one scanner for every caller that
/// needs to match or count them (the syntax check's unbalanced-brace message, the segmenter's argument ends).
enum MessageFormatBraces {
    /// Calls `visit(index, brace)` for each `{` or `}` of `s` from `start` that ICU's quoting rules leave
    /// unquoted: `''` is a literal apostrophe, and `'` starts quoted text only before `{`, `}`, `#` or `|`.
    /// `visit` returns false to stop.
    static func forEachUnquoted(in s: [Unicode.Scalar], from start: Int = 0, _ visit: (Int, Unicode.Scalar) -> Bool) {
        var i = start
        var quoted = false
        while i < s.count {
            let c = s[i]
            if c == "'" {
                if i + 1 < s.count, s[i + 1] == "'" {
                    i += 2
                    continue
                }
                if quoted { quoted = false } else if i + 1 < s.count, "{}#|".unicodeScalars.contains(s[i + 1]) { quoted = true }
            } else if !quoted, c == "{" || c == "}" {
                if !visit(i, c) { return }
            }
            i += 1
        }
    }
}
