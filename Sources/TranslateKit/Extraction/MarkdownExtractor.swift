import Foundation

/// Finds the translatable text of a CommonMark document.
///
/// Blocks: ATX and setext headings, paragraphs, list items, block quotes and table cells are
/// messages; fenced and indented code, thematic breaks and raw HTML blocks are kept as they are.
/// Inline: `**strong**`, `*emphasis*`, `[links](…)` and `![images](…)` become placeholder tags
/// (link text and alt text are translated, destinations never); `` `code` ``, autolinks, inline
/// HTML and entities become empty pairs `<xN></xN>`. A line `<!-- i18n: critical sms -->` sets flags for the blocks after it.
public enum MarkdownExtractor {
    /// What kind of block a message came from (decides how its translation is escaped).
    public enum Context: String, Sendable { case paragraph, heading, listItem = "list item", quote = "block quote", tableCell = "table cell" }

    /// The document as literal text and messages, in order: rendering concatenates them.
    public enum Block: Sendable {
        case literal(String)
        case message([ComposedUnit], Context)
    }

    /// A parsed Markdown document.
    public struct Document: Sendable {
        /// Literal text and messages; concatenated they give the document back.
        public var blocks: [Block]
        /// Messages with references and notes, in document order.
        public var units: [ExtractedUnit]
    }

    /// Parses Markdown text; `path` becomes the messages' reference. Never fails.
    public static func parse(_ text: String, path: String) -> Document {
        var parser = Parser(path: path)
        parser.run(text)
        return Document(blocks: parser.blocks, units: parser.units)
    }

    /// Escapes translated text so Markdown and HTML syntax in it stay literal: active ASCII
    /// punctuation is backslash-escaped (CommonMark allows that for all of it, and `\<` or `\&`
    /// can start neither raw HTML nor an entity). Characters that are only active in some places
    /// (`!` before `[`, `&` before a name, `#`, `>`, `-`, `+`, `1.` at the start) are escaped there only.
    public static func escape(_ text: String, inTable: Bool) -> String {
        let characters = Array(text)
        var out = ""
        for (index, character) in characters.enumerated() {
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "\\", "*", "_", "[", "]", "`", "<": out += "\\" + String(character)
            case "!" where next == "[": out += "\\!"
            case "~" where next == "~": out += "\\~"
            case "&" where next.map { $0.isLetter || $0 == "#" } == true: out += "\\&"
            case "|" where inTable: out += "\\|"
            case "\n", "\r\n", "\r": out += " "
            default: out.append(character)
            }
        }
        // Block syntax at the start of the line: "# x", "> x", "- x", "+ x", "1. x", "1) x".
        if let first = out.first, "#>-+=".contains(first) { out = "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, out.dropFirst(digits.count).first.map({ $0 == "." || $0 == ")" }) == true {
            out = digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }

    private struct Parser {
        let path: String
        var blocks: [Block] = []
        var units: [ExtractedUnit] = []
        var flags: [String] = []
        /// The 1-based line the text emitted so far ends on: a message starts there (its `#:` reference).
        var line = 1

        init(path: String) { self.path = path }

        static func newlines(_ text: String) -> Int { text.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) } }

        mutating func literal(_ text: String) {
            line += Self.newlines(text)
            if case .literal(let previous)? = blocks.last { blocks[blocks.count - 1] = .literal(previous + text) } else { blocks.append(.literal(text)) }
        }

        /// Adds a message block; when the content has nothing to translate, its source text stays literal.
        mutating func message(_ content: String, context: Context, original: String) {
            let inline = MarkdownExtractor.inline(content)
            let composed = UnitComposer.compose(inline, split: context != .heading && context != .tableCell)
            guard composed.contains(where: \.isTranslatable) else {
                literal(original)
                return
            }
            blocks.append(.message(composed, context))
            let reference = ContentReference(file: path, line: line).text
            line += Self.newlines(original)
            for unit in composed where unit.isTranslatable {
                units.append(
                    ExtractedUnit(
                        key: unit.key, source: unit.source, references: [reference],
                        notes: ["Markdown \(context.rawValue)"] + unit.placeholderNotes, wordCount: unit.wordCount, flags: flags))
            }
        }

        mutating func run(_ text: String) {
            var lines: [String] = []
            var current = ""
            for character in text {
                current.append(character)
                if character == "\n" || character == "\r\n" {
                    lines.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { lines.append(current) }
            func body(_ line: String) -> String {
                var l = line
                while let last = l.last, last == "\n" || last == "\r" || last == "\r\n" { l.removeLast() }
                return l
            }
            func isBlank(_ line: String) -> Bool { body(line).allSatisfy { $0 == " " || $0 == "\t" } }
            func indent(_ line: String) -> Int {
                var n = 0
                for c in line { if c == " " { n += 1 } else if c == "\t" { n += 4 } else { break } }
                return n
            }
            func fence(_ line: String) -> String? {
                let trimmed = body(line).drop { $0 == " " }
                guard indent(line) < 4 else { return nil }
                if trimmed.hasPrefix("```") { return String(trimmed.prefix { $0 == "`" }) }
                if trimmed.hasPrefix("~~~") { return String(trimmed.prefix { $0 == "~" }) }
                return nil
            }
            func isThematicBreak(_ line: String) -> Bool {
                let chars = body(line).filter { $0 != " " && $0 != "\t" }
                guard chars.count >= 3, let first = chars.first, "-*_".contains(first), indent(line) < 4 else { return false }
                return chars.allSatisfy { $0 == first }
            }
            func atx(_ line: String) -> (String, String)? {
                let b = body(line)
                guard indent(line) < 4 else { return nil }
                let stripped = b.drop { $0 == " " }
                let hashes = stripped.prefix { $0 == "#" }
                guard (1...6).contains(hashes.count) else { return nil }
                let rest = stripped.dropFirst(hashes.count)
                guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
                let prefixLength = b.count - rest.count + rest.prefix { $0 == " " || $0 == "\t" }.count
                var content = String(b.dropFirst(prefixLength))
                // A closing sequence of #s is not content.
                let withoutClosing = content.reversed().drop { $0 == " " }.drop { $0 == "#" }
                if withoutClosing.first == " " || withoutClosing.isEmpty { content = String(withoutClosing.reversed()) }
                return (String(b.prefix(prefixLength)), content)
            }
            func listMarker(_ line: String) -> String? {
                let b = body(line)
                guard indent(line) < 4 else { return nil }
                var i = b.startIndex
                while i < b.endIndex, b[i] == " " { i = b.index(after: i) }
                guard i < b.endIndex else { return nil }
                if "-*+".contains(b[i]) {
                    let next = b.index(after: i)
                    guard next < b.endIndex, b[next] == " " || b[next] == "\t" else { return nil }
                    var end = next
                    while end < b.endIndex, b[end] == " " { end = b.index(after: end) }
                    return String(b[..<end])
                }
                var j = i
                while j < b.endIndex, b[j].isASCII, b[j].isNumber { j = b.index(after: j) }
                guard j > i, b.distance(from: i, to: j) <= 9, j < b.endIndex, b[j] == "." || b[j] == ")" else { return nil }
                let next = b.index(after: j)
                guard next < b.endIndex, b[next] == " " else { return nil }
                var end = next
                while end < b.endIndex, b[end] == " " { end = b.index(after: end) }
                return String(b[..<end])
            }
            func isTableSeparator(_ line: String) -> Bool {
                let b = body(line).trimmingCharacters(in: .whitespaces)
                guard b.contains("-"), b.contains("|") || b.hasPrefix("-") else { return false }
                return b.allSatisfy { "|-: \t".contains($0) }
            }
            func startsTable(_ index: Int) -> Bool {
                index + 1 < lines.count && body(lines[index]).contains("|") && isTableSeparator(lines[index + 1])
            }
            func startsBlock(_ line: String) -> Bool {
                isBlank(line) || isTableSeparator(line) || fence(line) != nil || atx(line) != nil || listMarker(line) != nil || isThematicBreak(line)
                    || body(line).drop { $0 == " " }.hasPrefix(">") || body(line).drop { $0 == " " }.hasPrefix("<")
            }
            func directive(_ line: String) -> [String]? {
                let b = body(line).trimmingCharacters(in: .whitespaces)
                guard b.hasPrefix("<!--"), b.hasSuffix("-->") else { return nil }
                let inner = b.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
                guard inner.hasPrefix("i18n:") else { return nil }
                return inner.dropFirst(5).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            }
            func ending(_ line: String) -> String { String(line.dropFirst(body(line).count)) }

            var i = 0
            while i < lines.count {
                let line = lines[i]
                if let flags = directive(line) {
                    self.flags = flags
                    literal(line)
                    i += 1
                    continue
                }
                if isBlank(line) {
                    literal(line)
                    i += 1
                    continue
                }
                if let marker = fence(line) {
                    literal(line)
                    i += 1
                    while i < lines.count {
                        let closing = fence(lines[i])
                        literal(lines[i])
                        i += 1
                        if let closing, closing.first == marker.first, closing.count >= marker.count { break }
                    }
                    continue
                }
                if indent(line) >= 4 {
                    literal(line)
                    i += 1
                    continue
                }
                if body(line).drop(while: { $0 == " " }).hasPrefix("<") {
                    // A raw HTML block, up to a blank line.
                    while i < lines.count, !isBlank(lines[i]) {
                        literal(lines[i])
                        i += 1
                    }
                    continue
                }
                if isThematicBreak(line) {
                    literal(line)
                    i += 1
                    continue
                }
                if let (prefix, content) = atx(line) {
                    literal(prefix)
                    message(content, context: .heading, original: content)
                    literal(String(body(line).dropFirst(prefix.count + content.count)) + ending(line))
                    i += 1
                    continue
                }
                if startsTable(i) {
                    var rowIndex = i
                    while rowIndex < lines.count, !isBlank(lines[rowIndex]), body(lines[rowIndex]).contains("|") {
                        if rowIndex == i + 1 {
                            literal(lines[rowIndex])
                            rowIndex += 1
                            continue
                        }
                        tableRow(lines[rowIndex], body: body(lines[rowIndex]))
                        rowIndex += 1
                    }
                    i = rowIndex
                    continue
                }
                if let marker = listMarker(line) {
                    var content = String(body(line).dropFirst(marker.count))
                    var original = content
                    var end = ending(line)
                    i += 1
                    while i < lines.count, !startsBlock(lines[i]), !startsTable(i) {
                        content += "\n" + body(lines[i])
                        original += end + body(lines[i])
                        end = ending(lines[i])
                        i += 1
                    }
                    literal(marker)
                    message(content, context: .listItem, original: original)
                    literal(end)
                    continue
                }
                if body(line).drop(while: { $0 == " " }).hasPrefix(">") {
                    var content = ""
                    var original = ""
                    var first = true
                    var end = "\n"
                    var prefix = ""
                    while i < lines.count, body(lines[i]).drop(while: { $0 == " " }).hasPrefix(">") {
                        let b = body(lines[i])
                        let leading = b.prefix { $0 == " " }.count + 1
                        var rest = b.dropFirst(leading)
                        var thisPrefix = String(b.prefix(leading))
                        if rest.first == " " {
                            rest = rest.dropFirst()
                            thisPrefix += " "
                        }
                        if first { prefix = thisPrefix } else { original += end + thisPrefix }
                        content += (first ? "" : "\n") + rest
                        original += rest
                        end = ending(lines[i])
                        first = false
                        i += 1
                    }
                    literal(prefix)
                    message(content, context: .quote, original: original)
                    literal(end)
                    continue
                }
                // A paragraph, or a setext heading when underlined.
                var content = body(line)
                var end = ending(line)
                i += 1
                var heading: String?
                while i < lines.count {
                    let next = body(lines[i]).trimmingCharacters(in: .whitespaces)
                    if !next.isEmpty, next.allSatisfy({ $0 == "=" }) || (next.allSatisfy({ $0 == "-" })) {
                        heading = end + lines[i]
                        i += 1
                        break
                    }
                    if startsBlock(lines[i]) || startsTable(i) { break }
                    content += "\n" + body(lines[i])
                    end = ending(lines[i])
                    i += 1
                }
                if let heading {
                    message(content, context: .heading, original: content)
                    literal(heading)
                } else {
                    // Paragraph lines are joined: one message, one output line.
                    message(content, context: .paragraph, original: content)
                    literal(end)
                }
            }
        }

        mutating func tableRow(_ line: String, body: String) {
            // Cells sit between unescaped pipes; pipes and padding stay literal.
            var parts: [String] = [""]
            var escaped = false
            for character in body {
                if character == "|" && !escaped {
                    parts.append("")
                    continue
                }
                escaped = character == "\\" && !escaped
                parts[parts.count - 1].append(character)
            }
            for (k, text) in parts.enumerated() {
                if k > 0 { literal("|") }
                let inner = text.trimmingCharacters(in: .whitespaces)
                guard !inner.isEmpty else {
                    literal(text)
                    continue
                }
                literal(String(text.prefix { $0 == " " || $0 == "\t" }))
                message(inner, context: .tableCell, original: inner)
                literal(String(text.reversed().prefix { $0 == " " || $0 == "\t" }))
            }
            literal(String(line.dropFirst(body.count)))
        }
    }

    /// Parses inline Markdown into text and placeholders (markup kept as its source text).
    static func inline(_ text: String) -> InlineContent {
        var content = InlineContent()
        let s = Array(text)
        var literal = ""
        var i = 0
        // One stack for emphasis and links, so placeholders always nest.
        enum Open { case emphasis(String), link(closeAt: Int, resumeAt: Int) }
        /// Open emphasis and links, with the index of their opening piece (to turn it back into text).
        var stack: [(open: Open, id: Int, piece: Int)] = []
        // Counts that answer "is a link closing here / is this emphasis open" without walking the stack.
        var linksClosingAt: [Int: Int] = [:]
        var openEmphasis: [String: Int] = [:]
        func push(_ open: Open, _ id: Int) {
            switch open {
            case .link(let closeAt, _): linksClosingAt[closeAt, default: 0] += 1
            case .emphasis(let marker): openEmphasis[marker, default: 0] += 1
            }
            stack.append((open, id, content.pieces.count - 1))
        }
        func pop() -> (open: Open, id: Int, piece: Int) {
            let top = stack.removeLast()
            switch top.open {
            case .link(let closeAt, _): linksClosingAt[closeAt]! -= 1
            case .emphasis(let marker): openEmphasis[marker]! -= 1
            }
            return top
        }
        func flush() {
            if !literal.isEmpty { content.pieces.append(.text(literal)) }
            literal = ""
        }
        func standalone(_ markup: String, _ label: String) {
            flush()
            let id = content.add(Placeholder(open: .text(markup), close: nil, label: label))
            content.pieces.append(.standalone(id))
        }
        /// Turns an emphasis opening that never closed back into its literal marker.
        func unopen(_ entry: (open: Open, id: Int, piece: Int)) {
            guard case .emphasis(let marker) = entry.open else { return }
            content.pieces[entry.piece] = .text(marker)
            content.placeholders[entry.id] = nil
        }
        // Everything below is found in one pass over the text, so no construct rescans the rest of it
        // (64 K unmatched '[' used to take a minute). A backslash escapes the character after it, as the
        // scans from any position the loop reaches would read it.
        var boundaries: [Bool] = Array(repeating: false, count: s.count)
        var bracketMatch: [Int?] = Array(repeating: nil, count: s.count)
        var parenMatch: [Int?] = Array(repeating: nil, count: s.count)
        var nextGreater: [Int?] = Array(repeating: nil, count: s.count + 1)
        do {
            var j = 0
            var brackets: [Int] = []
            while j < s.count {
                boundaries[j] = true
                if s[j] == "\\" {
                    j += 2
                    continue
                }
                if s[j] == "[" { brackets.append(j) }
                if s[j] == "]", let open = brackets.popLast() { bracketMatch[open] = j }
                j += 1
            }
            var parens: [Int] = []
            for k in s.indices {
                if s[k] == "(" { parens.append(k) }
                if s[k] == ")", let open = parens.popLast() { parenMatch[open] = k }
            }
            for k in s.indices.reversed() { nextGreater[k] = s[k] == ">" ? k : nextGreater[k + 1] }
        }
        /// For backticks and emphasis markers: the first boundary at or after `start` where `needle` (one
        /// character repeated) starts, answered from a tree of run lengths built once per character.
        var runTrees: [Character: RunLengthTree] = [:]
        func find(_ needle: [Character], from start: Int) -> Int? {
            guard let c = needle.first else { return nil }
            if runTrees[c] == nil {
                var runs = Array(repeating: 0, count: s.count)
                var following = 0
                for k in s.indices.reversed() {
                    following = s[k] == c ? following + 1 : 0
                    runs[k] = boundaries[k] ? following : 0
                }
                runTrees[c] = RunLengthTree(runs)
            }
            return runTrees[c]!.first(atLeast: needle.count, from: start)
        }
        func matchingBracket(_ start: Int) -> Int? { bracketMatch[start] }
        func destinationEnd(_ open: Int) -> Int? {
            guard open < s.count, s[open] == "(" else { return nil }
            return parenMatch[open]
        }
        while i < s.count {
            if linksClosingAt[i, default: 0] > 0,
                let linkIndex = stack.lastIndex(where: { if case .link(let closeAt, _) = $0.open { return closeAt == i } else { return false } }),
                case .link(_, let resumeAt) = stack[linkIndex].open
            {
                flush()
                // Emphasis still open inside the link text was never emphasis: its marker is text.
                while stack.count > linkIndex + 1 { unopen(pop()) }
                content.pieces.append(.close(pop().id))
                i = resumeAt
                continue
            }
            let c = s[i]
            if c == "\\", i + 1 < s.count, s[i + 1].isASCII, s[i + 1].isPunctuation || s[i + 1].isSymbol {
                literal.append(s[i + 1])
                i += 2
                continue
            }
            if c == "`" {
                let run = s[i...].prefix { $0 == "`" }.count
                if let close = find(Array(repeating: "`", count: run), from: i + run) {
                    standalone(String(s[i..<(close + run)]), "code")
                    i = close + run
                    continue
                }
            }
            if c == "!", i + 1 < s.count, s[i + 1] == "[", let close = matchingBracket(i + 1), let end = destinationEnd(close + 1) {
                // The alt text is translated in place; the image source is kept.
                flush()
                let id = content.add(Placeholder(open: .text("!["), close: .text(String(s[close...end])), label: "image \(String(s[(close + 2)..<end]))"))
                content.pieces.append(.open(id))
                push(.link(closeAt: close, resumeAt: end + 1), id)
                i += 2
                continue
            }
            if c == "[", let close = matchingBracket(i), let end = destinationEnd(close + 1) {
                flush()
                let id = content.add(Placeholder(open: .text("["), close: .text(String(s[close...end])), label: "link to \(String(s[(close + 2)..<end]))"))
                content.pieces.append(.open(id))
                push(.link(closeAt: close, resumeAt: end + 1), id)
                i += 1
                continue
            }
            if c == "<", let close = nextGreater[i], close > i + 1,
                s[i + 1].isLetter || s[i + 1] == "/" || s[i + 1] == "!"
            {
                let inner = String(s[(i + 1)..<close])
                standalone(String(s[i...close]), inner.contains(":") || inner.contains("@") ? "link" : "HTML")
                i = close + 1
                continue
            }
            if c == "&", let semicolon = s[i...].prefix(12).firstIndex(of: ";"), semicolon > i + 1,
                s[(i + 1)..<semicolon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "#" })
            {
                standalone(String(s[i...semicolon]), "character reference")
                i = semicolon + 1
                continue
            }
            if c == "*" || c == "_" {
                let double = i + 1 < s.count && s[i + 1] == c
                let marker = double ? String([c, c]) : String(c)
                let previous: Character? = i > 0 ? s[i - 1] : nil
                if let top = stack.last, case .emphasis(let open) = top.open, open == marker {
                    flush()
                    content.pieces.append(.close(top.id))
                    _ = pop()
                    i += marker.count
                    continue
                }
                // A closing marker for emphasis that is not innermost is literal text.
                if openEmphasis[marker, default: 0] > 0 {
                    literal += marker
                    i += marker.count
                    continue
                }
                let next: Character? = i + marker.count < s.count ? s[i + marker.count] : nil
                let canOpen = next.map { !$0.isWhitespace } ?? false && !(c == "_" && (previous?.isLetter ?? false || previous?.isNumber ?? false))
                if canOpen, find(Array(marker), from: i + marker.count) != nil {
                    flush()
                    let id = content.add(Placeholder(open: .text(marker), close: .text(marker), label: double ? "strong emphasis" : "emphasis"))
                    content.pieces.append(.open(id))
                    push(.emphasis(marker), id)
                    i += marker.count
                    continue
                }
            }
            literal.append(c)
            i += 1
        }
        flush()
        while !stack.isEmpty {
            let top = pop()
            if case .emphasis = top.open { unopen(top) } else { content.pieces.append(.close(top.id)) }
        }
        return content
    }
}

/// Answers "the first position at or after `start` whose value is at least `minimum`" in O(log n):
/// a max segment tree over the values.
struct RunLengthTree {
    private var tree: [Int]
    private let size: Int

    init(_ values: [Int]) {
        var size = 1
        while size < max(values.count, 1) { size *= 2 }
        self.size = size
        tree = Array(repeating: 0, count: 2 * size)
        for (index, value) in values.enumerated() { tree[size + index] = value }
        for node in stride(from: size - 1, to: 0, by: -1) { tree[node] = max(tree[2 * node], tree[2 * node + 1]) }
    }

    func first(atLeast minimum: Int, from start: Int) -> Int? {
        first(atLeast: minimum, from: start, node: 1, low: 0, high: size)
    }

    private func first(atLeast minimum: Int, from start: Int, node: Int, low: Int, high: Int) -> Int? {
        guard high > start, tree[node] >= minimum else { return nil }
        if high - low == 1 { return low }
        let middle = (low + high) / 2
        return first(atLeast: minimum, from: start, node: 2 * node, low: low, high: middle)
            ?? first(atLeast: minimum, from: start, node: 2 * node + 1, low: middle, high: high)
    }
}
