import Foundation
import Testing
import TranslateICU
import TranslateTestSupport

@testable import TranslateKit

/// Real and generated message corpora for the MessageFormat parser tests.
enum MessageCorpus {
    /// The Django PO corpus folder, or nil when it is absent (outside CI).
    static func djangoFolder() -> URL? {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { folder.deleteLastPathComponent() }
        let corpus = folder.appendingPathComponent(".corpus/django")
        if FileManager.default.fileExists(atPath: corpus.appendingPathComponent(".complete").path) { return corpus }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("the Django PO corpus is missing at \(corpus.path): run bash .ci/setup")
        }
        return nil
    }

    /// Every msgid, msgid_plural and msgstr (obsolete and previous entries left out) of every PO file, and the file count.
    static func djangoStrings() -> (strings: [String], files: Int)? {
        guard let folder = djangoFolder() else { return nil }
        var files: [URL] = []
        if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "po" { files.append(url) }
        }
        files.sort { $0.path < $1.path }
        var strings: [String] = []
        for url in files {
            guard let data = try? Data(contentsOf: url) else {
                Issue.record("cannot read \(url.path)")
                continue
            }
            strings.append(contentsOf: quotedStrings(in: [UInt8](data)))
        }
        return (strings, files.count)
    }

    /// A small PO extraction over UTF-8 bytes: keyword lines (msgid, msgid_plural, msgstr, msgstr[n]) and their
    /// continuation lines, C escapes resolved; comments, obsolete (#~) and previous (#|) entries are skipped.
    static func quotedStrings(in bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var current: [UInt8]?
        func finish() {
            if let c = current, !c.isEmpty { result.append(String(decoding: c, as: UTF8.self)) }
            current = nil
        }
        func appendQuoted(from start: Int, to end: Int) {
            var k = start
            while k < end && bytes[k] != 0x22 { k += 1 }
            k += 1
            var stop = end
            while stop > k && bytes[stop - 1] != 0x22 { stop -= 1 }
            stop -= 1
            while k < stop {
                var b = bytes[k]
                if b == 0x5C && k + 1 < stop {
                    k += 1
                    switch bytes[k] {
                    case 0x6E: b = 0x0A
                    case 0x74: b = 0x09
                    case 0x72: b = 0x0D
                    default: b = bytes[k]
                    }
                }
                current!.append(b)
                k += 1
            }
        }
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let first = bytes[lineStart]
            // "msg", not "msgctxt"
            if first == 0x6D, lineEnd - lineStart > 3, bytes[lineStart + 1] == 0x73, bytes[lineStart + 2] == 0x67, bytes[lineStart + 3] != 0x63 {
                finish()
                current = []
                appendQuoted(from: lineStart, to: lineEnd)
            } else if first == 0x22, current != nil {
                appendQuoted(from: lineStart, to: lineEnd)
            } else {
                finish()
            }
            lineStart = lineEnd + 1
        }
        finish()
        return result
    }

    /// The strings once each, in first-seen order.
    static func distinct(_ strings: [String]) -> [String] {
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }

    // MARK: Generated corpus

    static let texts = [
        "لديك # رسائل جديدة", "У вас {count} новых файлов", "Masz # plików", "ファイルが#件あります", "Mae gennych # ffeil",
        "你有#个文件", "Tienes # archivos", "It's done", "l'élève", "don''t", "'{literal}'", "a '#' sign", "📁 files 🎉",
        "<0>click</0> here", "<1/>", "50% off", "%(name)s", "{0}", "{name}", "{ name }", "{n, number}", "{n, number, integer}",
        "{d, date, short}", "{d, time, ::jmm}", "{n, number, ::percent}", "{n, spellout}", "{n, ordinal}", "{x, number, #,##0.00}",
        "cost: {price, number, currency}", "{p, number, ::currency/EUR .00}", "{k, number, ::compact-short sign-always}",
        "{s, number, ::scale/100 integer-width/+00}", "{q, number, ::.00/@@#r}", "{e, number, ::E+!00}", "{d, date, ::yMMMd}", "",
    ]
    static let keywords = ["zero", "one", "two", "few", "many", "other", "=0", "=1", "=2", "uno", "один", "jeden", "一", "male", "female"]
    static let specials: [Character] = ["{", "}", "'", "#", ",", "=", ":", "|", " ", "<", "/", ">", "\n", "0", "-", "ω", "😀"]

    static func branchingMessage(_ r: inout SeededRandom, depth: Int) -> String {
        let kind = r.pick(["plural", "selectordinal", "select", "plural", "select", "choice"])
        let name = r.pick(["n", "count", "gender", "0", "1", "名前", "x_y"])
        if kind == "choice" {
            return "{\(name), choice, 0#\(r.pick(texts))|1#\(r.pick(texts))|1<\(r.pick(texts))}"
        }
        var s = "{\(name), \(kind),"
        if kind != "select" && r.chance(20) { s += " offset:\(r.below(3))" }
        var selectors: [String] = []
        for _ in 0..<(1 + r.below(4)) {
            selectors.append(kind == "select" ? r.pick(["male", "female", "neutral", "uno", "один"]) : r.pick(keywords))
        }
        if r.chance(85) { selectors.append("other") }
        for selector in selectors {
            s += " \(selector) {" + fragment(&r, depth: depth + 1) + "}"
        }
        return s + "}"
    }

    static func fragment(_ r: inout SeededRandom, depth: Int) -> String {
        var s = ""
        for _ in 0..<(1 + r.below(3)) {
            if depth < 3 && r.chance(25) { s += branchingMessage(&r, depth: depth) } else { s += r.pick(texts) }
        }
        return s
    }

    static func mutate(_ s: String, _ r: inout SeededRandom) -> String {
        var chars = Array(s)
        for _ in 0..<(1 + r.below(3)) {
            switch r.below(5) {
            case 0 where !chars.isEmpty: chars.remove(at: r.below(chars.count))
            case 1: chars.insert(r.pick(specials), at: r.below(chars.count + 1))
            case 2 where !chars.isEmpty: chars[r.below(chars.count)] = r.pick(specials)
            case 3 where chars.count > 2:
                let a = r.below(chars.count)
                let b = min(chars.count, a + 1 + r.below(6))
                chars.insert(contentsOf: chars[a..<b], at: r.below(chars.count + 1))
            default:
                var text = String(chars)
                for (from, to) in [("other", "otro"), ("one", "uno"), ("plural", "Plural"), ("{", "'{"), ("'", "''"), ("#", "'#'"), ("}", "")]
                where r.chance(15) {
                    if let range = text.range(of: from) { text.replaceSubrange(range, with: to) }
                }
                chars = Array(text)
            }
        }
        return String(chars)
    }

    /// `count` generated messages from `seed`: half well-formed, half mutated.
    static func generated(seed: UInt64, count: Int) -> [String] {
        var r = SeededRandom(seed: seed)
        var result: [String] = []
        result.reserveCapacity(count)
        while result.count < count {
            let base = r.chance(70) ? fragment(&r, depth: 0) : branchingMessage(&r, depth: 0)
            result.append(r.chance(50) ? base : mutate(base, &r))
        }
        return result
    }
}
