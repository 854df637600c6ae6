/// A message as the text checks see it, scalar by scalar: its scalars and
/// which of them are literal text that a reader sees, as opposed to argument syntax
/// (`{count, plural, one {…}}` names and keywords, `#`, quoting apostrophes) and markup tags (`<x1>`, `</x1>`, legacy `<1>`, `<2/>`).
///
/// Script, number and copy checks must not mistake `count` or `plural` for English words, or
/// `<x1>` for a word or a number.
struct LiteralText {
    let scalars: [Unicode.Scalar]
    /// true where the scalar is literal text.
    let literal: [Bool]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        self.literal = LiteralText.literalMask(scalars)
    }

    /// The literal text, with syntax replaced by a space so words do not run together.
    var literalText: String {
        var result = String.UnicodeScalarView()
        var lastWasGap = false
        for (index, scalar) in scalars.enumerated() {
            if literal[index] {
                result.append(scalar)
                lastWasGap = false
            } else if !lastWasGap {
                result.append(" ")
                lastWasGap = true
            }
        }
        return String(result)
    }

    private enum Frame { case text, argument }

    static func literalMask(_ s: [Unicode.Scalar]) -> [Bool] {
        var mask = [Bool](repeating: false, count: s.count)
        var stack: [Frame] = [.text]
        var quoting = false
        var i = 0
        while i < s.count {
            let c = s[i]
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            if stack.last == .text {
                if quoting {
                    if c == "'" {
                        if next == "'" {
                            mask[i] = true
                            i += 2
                            continue
                        }
                        quoting = false
                    } else {
                        mask[i] = true
                    }
                } else if c == "'" {
                    if next == "'" {
                        mask[i] = true
                        i += 2
                        continue
                    }
                    if let next, next == "{" || next == "}" || next == "#" || next == "|" { quoting = true } else { mask[i] = true }
                } else if c == "{" {
                    stack.append(.argument)
                } else if c == "}" {
                    if stack.count > 1 { stack.removeLast() }
                } else if c == "#" && stack.count > 1 {
                    // '#' in a plural sub-message is the number: not literal.
                } else if c == "<", let end = markupTagEnd(s, from: i) {
                    i = end
                    continue
                } else {
                    mask[i] = true
                }
            } else {
                if c == "{" { stack.append(.text) } else if c == "}" { stack.removeLast() }
            }
            i += 1
        }
        return mask
    }

    /// The index after a numbered markup tag (`<x1>`, `</x1>`, legacy `<1>`, `<2/>`) starting at `start`, or nil.
    static func markupTagEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard let (_, name, end) = MarkupTag.lex(s, at: start), Int(name) != nil || MarkupTag.number(inName: name) != nil else { return nil }
        return end
    }
}

extension Unicode.Scalar {
    /// Letters of any script (not marks, digits or symbols).
    var isLetter: Bool {
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// White space as PO translators meet it: spaces, tabs, newlines, no-break spaces.
    var isSpaceLike: Bool { properties.isWhitespace }

    /// The decimal digit value of a digit in any script (٣ → 3, ३ → 3, ３ → 3).
    var decimalDigitValue: Int? {
        guard properties.numericType == .decimal, let value = properties.numericValue else { return nil }
        return Int(value)
    }
}

/// Shows a character in a message: visible ones quoted, invisible ones by code point and name.
func describe(_ scalar: Unicode.Scalar) -> String {
    let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    let name = scalar.properties.name ?? scalar.properties.nameAlias ?? ""
    if scalar.properties.isWhitespace || scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .control {
        return name.isEmpty ? code : "\(code) \(name)"
    }
    return "'\(Character(scalar))'"
}

/// Shows a run of white space: "two spaces", "a newline", "nothing".
func describeSpace(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    if scalars.isEmpty { return "nothing" }
    let parts = scalars.map { scalar -> String in
        switch scalar {
        case " ": return "space"
        case "\n": return "newline"
        case "\t": return "tab"
        case "\r": return "carriage return"
        case "\u{A0}": return "no-break space"
        case "\u{202F}": return "narrow no-break space"
        default: return describe(scalar)
        }
    }
    var runs: [(String, Int)] = []
    for part in parts {
        if let last = runs.last, last.0 == part { runs[runs.count - 1].1 += 1 } else { runs.append((part, 1)) }
    }
    return runs.map { $0.1 == 1 ? "a \($0.0)" : "\($0.1) \($0.0)s" }.joined(separator: " and ")
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
