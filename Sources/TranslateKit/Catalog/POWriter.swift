import Foundation
import TranslateICU

/// Writes PO files. Entries unchanged since they were read are written back exactly as they
/// were read; new and changed entries are written the way GNU msgcat writes them (strings
/// wrapped at 79 columns at line-break opportunities and after "\n", `msgid ""` first when a
/// string wraps), so translators' tools see minimal diffs. Nothing volatile is ever added.
public enum POWriter {
    /// The page width gettext wraps at.
    public static let pageWidth = 79

    /// The whole file: BOM if read with one, header, entries, then the text that followed the last entry.
    public static func write(_ catalog: Catalog) -> String {
        let eol = catalog.lineEnding
        var out = catalog.hasByteOrderMark ? "\u{FEFF}" : ""
        var wroteEntry = false
        func emit(_ entry: CatalogEntry) {
            if let original = entry.originalText, original.entry == entry {
                if wroteEntry && !endsWithNewline(out) { out += eol }
                out += original.leading
                out += original.body
            } else {
                if wroteEntry {
                    if !endsWithNewline(out) { out += eol }
                    out += entry.originalText?.leading ?? eol
                } else if let leading = entry.originalText?.leading {
                    out += leading
                }
                out += format(entry, lineEnding: eol)
            }
            wroteEntry = true
        }
        if let header = catalog.header { emit(header) }
        for entry in catalog.entries { emit(entry) }
        if !catalog.trailingText.isEmpty && wroteEntry && !endsWithNewline(out) { out += eol }
        out += catalog.trailingText
        return out
    }

    /// Writes atomically (temporary file, then rename).
    public static func save(_ catalog: Catalog, to url: URL) throws {
        try AtomicFile.write(write(catalog), to: url)
    }

    /// One entry in canonical form, every line ended by `lineEnding`.
    public static func format(_ entry: CatalogEntry, lineEnding: String = "\n") -> String {
        var lines: [String] = []
        for comment in entry.translatorComments { lines.append(comment.isEmpty ? "#" : "# " + comment) }
        for comment in entry.extractedComments { lines.append(comment.isEmpty ? "#." : "#. " + comment) }
        if !entry.references.isEmpty {
            // As gettext does: fill "#:" lines up to the page width.
            var line = "#:"
            var column = 2
            for reference in entry.references {
                let length = 1 + displayWidth(reference)
                if column > 2 && column + length > pageWidth {
                    lines.append(line)
                    line = "#:"
                    column = 2
                }
                line += " " + reference
                column += length
            }
            lines.append(line)
        }
        if !entry.flags.isEmpty { lines.append("#, " + entry.flags.joined(separator: ", ")) }
        let previousPrefix = entry.isObsolete ? "#~| " : "#| "
        if let previousKey = entry.previousKey { wrap(previousPrefix, "msgctxt", previousKey, into: &lines) }
        if let previousSource = entry.previousSource { wrap(previousPrefix, "msgid", previousSource, into: &lines) }
        if let previousPlural = entry.previousSourcePlural { wrap(previousPrefix, "msgid_plural", previousPlural, into: &lines) }
        let prefix = entry.isObsolete ? "#~ " : ""
        if let key = entry.key { wrap(prefix, "msgctxt", key, into: &lines) }
        wrap(prefix, "msgid", entry.source, into: &lines)
        if let plural = entry.sourcePlural {
            wrap(prefix, "msgid_plural", plural, into: &lines)
            let forms = [entry.translation] + entry.pluralTranslations
            for (index, form) in forms.enumerated() { wrap(prefix, "msgstr[\(index)]", form, into: &lines) }
        } else {
            wrap(prefix, "msgstr", entry.translation, into: &lines)
        }
        return lines.map { $0 + lineEnding }.joined()
    }

    // MARK: Wrapping, after gettext's write-po.c

    /// Appends `prefix name "value"` lines, wrapped as gettext wraps them.
    static func wrap(_ prefix: String, _ name: String, _ value: String, into lines: inout [String]) {
        let prefixWidth = prefix.unicodeScalars.count
        // Columns after a break: the prefix and the opening quote; one more is kept for the closing quote.
        let startAfterBreak = prefixWidth + 1
        let width = pageWidth - 1 - startAfterBreak
        let portions = splitAfterNewlines(value)
        var firstLine = true
        for (portionIndex, portion) in portions.enumerated() {
            let escaped = escape(portion)
            let isLast = portionIndex == portions.count - 1
            var startColumn = prefixWidth + name.unicodeScalars.count + 2 - startAfterBreak
            if !firstLine { startColumn = 0 }
            var breaks = lineBreaks(escaped, width: width, startColumn: startColumn)
            if firstLine && !escaped.isEmpty && (!isLast || startColumn > width || !breaks.isEmpty) {
                lines.append(prefix + name + " \"\"")
                firstLine = false
                startColumn = 0
                breaks = lineBreaks(escaped, width: width, startColumn: 0)
            }
            var line = prefix + (firstLine ? name + " " : "") + "\""
            firstLine = false
            var breakIterator = breaks.makeIterator()
            var nextBreak = breakIterator.next()
            for (offset, scalar) in escaped.enumerated() {
                if offset == nextBreak {
                    lines.append(line + "\"")
                    line = prefix + "\""
                    nextBreak = breakIterator.next()
                }
                line.unicodeScalars.append(scalar)
            }
            lines.append(line + "\"")
        }
    }

    /// The string cut after each "\n"; an empty string is one empty portion, as in gettext.
    static func splitAfterNewlines(_ value: String) -> [String.UnicodeScalarView.SubSequence] {
        let scalars = value.unicodeScalars
        var portions: [String.UnicodeScalarView.SubSequence] = []
        var start = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if scalars[index] == "\n" {
                portions.append(scalars[start..<next])
                start = next
            }
            index = next
        }
        if start < scalars.endIndex || portions.isEmpty { portions.append(scalars[start..<scalars.endIndex]) }
        return portions
    }

    /// The escaped form of a portion, as scalars.
    static func escape<S: Sequence>(_ portion: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        var out: [Unicode.Scalar] = []
        for scalar in portion {
            switch scalar {
            case "\u{07}": out += ["\\", "a"]
            case "\u{08}": out += ["\\", "b"]
            case "\u{0C}": out += ["\\", "f"]
            case "\n": out += ["\\", "n"]
            case "\r": out += ["\\", "r"]
            case "\t": out += ["\\", "t"]
            case "\u{0B}": out += ["\\", "v"]
            case "\\": out += ["\\", "\\"]
            case "\"": out += ["\\", "\""]
            default: out.append(scalar)
            }
        }
        return out
    }

    /// Offsets in `escaped` where a new line starts, by the greedy algorithm of libunistring's
    /// ulc_width_linebreaks over UAX #14 break opportunities (from ICU).
    static func lineBreaks(_ escaped: [Unicode.Scalar], width: Int, startColumn: Int) -> [Int] {
        let widths = escaped.map(scalarWidth)
        let total = widths.reduce(0, +)
        // Nothing can need a break when the whole portion fits: skip the ICU call.
        if startColumn + total <= width { return [] }
        var possible = breakOpportunities(escaped)
        // Never break inside an escape sequence, nor before a final "\n".
        var i = 0
        while i < escaped.count {
            if escaped[i] == "\\" && i + 1 < escaped.count {
                possible[i + 1] = false
                i += 2
            } else {
                i += 1
            }
        }
        if escaped.count >= 2 && escaped[escaped.count - 2] == "\\" && escaped[escaped.count - 1] == "n" {
            possible[escaped.count - 2] = false
        }
        var breaks: [Int] = []
        var lastPossible: Int? = nil
        var lastColumn = startColumn
        var pieceWidth = 0
        for index in 0..<escaped.count {
            if possible[index] {
                if let last = lastPossible, lastColumn + pieceWidth > width {
                    breaks.append(last)
                    lastColumn = 0
                }
                lastPossible = index
                lastColumn += pieceWidth
                pieceWidth = 0
            }
            pieceWidth += widths[index]
        }
        if let last = lastPossible, lastColumn + pieceWidth > width { breaks.append(last) }
        return breaks
    }

    /// possible[i]: a line may start at scalar i (UAX #14 by ICU; never at 0).
    static func breakOpportunities(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var possible = [Bool](repeating: false, count: scalars.count)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let segments = ICU.BreakIterator.segments(text, kind: .line)
        let view = text.unicodeScalars
        var offset = 0
        var cursor = view.startIndex
        for segment in segments.dropFirst() {
            offset += view.distance(from: cursor, to: segment.range.lowerBound)
            cursor = segment.range.lowerBound
            if offset > 0 && offset < possible.count { possible[offset] = true }
        }
        // Where libunistring (which gettext uses) differs from ICU's current rules: it keeps
        // "%(name)s" directives and "/2024" whole and allows a break after "." or ":" before a letter.
        // (Older gettext also broke before an escaped quote after a word; current gettext does not.)
        for index in 1..<max(1, scalars.count) {
            let before = scalars[index - 1]
            let current = scalars[index]
            if before == "%" || (before == "/" && ("0"..."9").contains(current)) { possible[index] = false }
            if (before == "." || before == ":") && current.properties.isAlphabetic { possible[index] = true }
        }
        return possible
    }

    /// Display columns of a scalar as libunistring's uc_width counts them.
    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    static func displayWidth(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + scalarWidth($1) } }

    private static func endsWithNewline(_ text: String) -> Bool { text.utf8.last == 0x0A }
}
