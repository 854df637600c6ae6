/// A run of a message's literal text as ICU4C reads its source, for code that must re-spell literal text
/// without touching arguments, `#` or quoting (tag migration, bundles for FormatJS).
struct LiteralSpan: Equatable {
    /// How ICU4C reads the run.
    enum Kind: Equatable {
        /// Unquoted text, shown as written (no apostrophes in it).
        case plain
        /// `'…'` quoted text, both apostrophes included (the closing one may be missing at the end of a message).
        case quoted
        /// `''`, shown as one apostrophe.
        case doubledApostrophe
        /// A lone `'` that starts no quote, shown as itself.
        case loneApostrophe
    }

    /// Where the run is, in Unicode scalar offsets of the message.
    var range: Range<Int>
    var kind: Kind
    /// The kind of branch the text is in, which decides whether `'#` and `'|` start quotes.
    var parent: Parent

    /// Where a run of literal text sits.
    enum Parent: Equatable { case top, plural, select, choice }

    /// The literal runs of `message` in source order, nested branches included; nil when it is not valid
    /// MessageFormat. `levels` gets, per message or branch, the indices of its runs (a tag pairs only within one).
    static func spans(of message: String, levels: inout [[Int]]) -> (scalars: [Unicode.Scalar], spans: [LiteralSpan])? {
        guard let parsed = MessageFormatParser.parse(message).message else { return nil }
        let s = Array(message.unicodeScalars)
        var spans: [LiteralSpan] = []
        func walk(_ level: Message, parent: Parent) {
            var indices: [Int] = []
            for node in level.nodes {
                switch node {
                case .text(let text):
                    for span in scan(s, text.range.scalars, parent: parent) {
                        indices.append(spans.count)
                        spans.append(span)
                    }
                case .plural(let p): for c in p.cases { walk(c.message, parent: .plural) }
                case .select(let sel): for c in sel.cases { walk(c.message, parent: .select) }
                case .choice(let c): for k in c.cases { walk(k.message, parent: .choice) }
                case .pound, .argument: break
                }
            }
            levels.append(indices)
        }
        walk(parsed, parent: .top)
        return (s, spans)
    }

    /// ICU4C's apostrophe rules (ApostropheMode DOUBLE_OPTIONAL) over one text node: `''` is an apostrophe;
    /// `'` starts a quote before `{` or `}`, before `#` in a plural branch and `|` in a choice branch; any other
    /// `'` is itself. A quote ends at the next lone `'`, with `''` inside it an apostrophe.
    static func scan(_ s: [Unicode.Scalar], _ range: Range<Int>, parent: Parent) -> [LiteralSpan] {
        var result: [LiteralSpan] = []
        var i = range.lowerBound
        func add(_ r: Range<Int>, _ kind: Kind) {
            if kind == .plain, let last = result.last, last.kind == .plain, last.range.upperBound == r.lowerBound {
                result[result.count - 1].range = last.range.lowerBound..<r.upperBound
            } else {
                result.append(LiteralSpan(range: r, kind: kind, parent: parent))
            }
        }
        while i < range.upperBound {
            guard s[i] == "'" else {
                add(i..<(i + 1), .plain)
                i += 1
                continue
            }
            let next: Unicode.Scalar? = i + 1 < range.upperBound ? s[i + 1] : nil
            if next == "'" {
                add(i..<(i + 2), .doubledApostrophe)
                i += 2
                continue
            }
            let startsQuote = next == "{" || next == "}" || (next == "#" && parent == .plural) || (next == "|" && parent == .choice)
            guard startsQuote else {
                add(i..<(i + 1), .loneApostrophe)
                i += 1
                continue
            }
            var j = i + 1
            while j < range.upperBound {
                if s[j] == "'" {
                    if j + 1 < range.upperBound, s[j + 1] == "'" {
                        j += 2
                        continue
                    }
                    j += 1
                    break
                }
                j += 1
            }
            add(i..<j, .quoted)
            i = j
        }
        return result
    }
}
