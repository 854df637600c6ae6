import Foundation
import Testing

@testable import TranslateKit

/// Runs the vendored html5lib-tests tokenizer suite (Fixtures/html5lib-tokenizer) against HTMLTokenizer.
///
/// Output tokens are compared exactly (attributes as a set, as the suite's JSON objects are unordered);
/// error lists are not compared. Every case that is not run is listed in `excluded` with its reason.
@Suite struct HTML5LibTokenizerTests {
    struct Case {
        var file: String
        var description: String
        var input: String
        var expected: [HTMLToken]
        var initialStates: [HTMLTokenizer.ContentState]
        var lastStartTag: String?
        var errorCodes: [String]
        /// `code@line:col` of each expected error.
        var errorPlaces: [String]
    }

    static let fixtures: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
        .appendingPathComponent("html5lib-tokenizer")

    /// Loads every case; cases that cannot be expressed for this API are returned as exclusions with the reason.
    static func load() throws -> (cases: [Case], excluded: [(String, String)]) {
        let folder = try #require(fixtures)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".test") }.sorted()
        #expect(files.count >= 13)
        var cases: [Case] = []
        var excluded: [(String, String)] = []
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            if let xml = root["xmlViolationTests"] as? [[String: Any]] {
                for test in xml {
                    excluded.append(
                        (
                            "\(file): \(test["description"] as? String ?? "?")",
                            "expects the XML-infoset coercion of the DOM, which is not tokenizer output"
                        ))
                }
                continue
            }
            let tests = try #require(root["tests"] as? [[String: Any]], "\(file) has no tests")
            for test in tests {
                let description = test["description"] as? String ?? "?"
                let doubleEscaped = test["doubleEscaped"] as? Bool ?? false
                let rawInput = try #require(test["input"] as? String)
                guard let input = doubleEscaped ? unescape(rawInput) : rawInput else {
                    excluded.append(
                        (
                            "\(file): \(description)",
                            "input holds a lone surrogate, which a Swift String cannot carry"
                        ))
                    continue
                }
                guard let expected = expectedTokens(test["output"] as? [Any] ?? [], doubleEscaped: doubleEscaped) else {
                    excluded.append(
                        (
                            "\(file): \(description)",
                            "expected output holds a lone surrogate, which a Swift String cannot carry"
                        ))
                    continue
                }
                let states = (test["initialStates"] as? [String] ?? ["Data state"]).map { name in
                    HTMLTokenizer.ContentState.allCases.first { $0.rawValue.lowercased() == name.lowercased() }
                }
                guard states.allSatisfy({ $0 != nil }) else {
                    Issue.record("\(file): \(description): unknown initial state in \(states)")
                    continue
                }
                cases.append(
                    Case(
                        file: file, description: description, input: input, expected: expected,
                        initialStates: states.map { $0! }, lastStartTag: test["lastStartTag"] as? String,
                        errorCodes: (test["errors"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String },
                        errorPlaces: (test["errors"] as? [[String: Any]] ?? []).map {
                            let line = $0["line"] as? Int ?? 0
                            let column = scalarColumn(line: line, utf16Column: $0["col"] as? Int ?? 0, in: input)
                            return "\($0["code"] as? String ?? "?")@\(line):\(column)"
                        }))
            }
        }
        return (cases, excluded)
    }

    /// The suite counts columns in UTF-16 units; the project counts scalars.
    static func scalarColumn(line: Int, utf16Column: Int, in input: String) -> Int {
        let lines = input.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return utf16Column }
        var units = 0
        var scalars = 0
        for scalar in lines[line - 1].unicodeScalars {
            if units >= utf16Column - 1 { break }
            units += scalar.value > 0xFFFF ? 2 : 1
            scalars += 1
        }
        return scalars + 1 + max(0, utf16Column - 1 - units)
    }

    /// The suite's second round of `\uHHHH` unescaping; nil when a lone surrogate remains.
    static func unescape(_ text: String) -> String? {
        var units: [UInt16] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\\", i + 5 < scalars.count, scalars[i + 1] == "u",
                let value = UInt16(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16)
            {
                units.append(value)
                i += 6
            } else {
                units.append(contentsOf: String(scalars[i]).utf16)
                i += 1
            }
        }
        var result = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.append(scalar)
            case .emptyInput: return String(result)
            case .error: return nil
            }
        }
    }

    static func expectedTokens(_ output: [Any], doubleEscaped: Bool) -> [HTMLToken]? {
        func text(_ value: Any?) -> String?? {
            guard let string = value as? String else { return .some(nil) }
            guard doubleEscaped else { return .some(string) }
            guard let unescaped = unescape(string) else { return nil }
            return .some(unescaped)
        }
        var tokens: [HTMLToken] = []
        for item in output {
            guard let array = item as? [Any], let kind = array.first as? String else { continue }  // "ParseError"
            switch kind {
            case "StartTag":
                guard let name = text(array[1]), let name else { return nil }
                var attributes: [HTMLAttribute] = []
                for (key, value) in array[2] as? [String: String] ?? [:] {
                    guard let key = text(key), let key, let value = text(value), let value else { return nil }
                    attributes.append(HTMLAttribute(name: key, value: value))
                }
                attributes.sort { $0.name < $1.name }
                let selfClosing = array.count > 3 && (array[3] as? Bool ?? false)
                tokens.append(.startTag(name: name, attributes: attributes, selfClosing: selfClosing))
            case "EndTag":
                guard let name = text(array[1]), let name else { return nil }
                tokens.append(.endTag(name: name))
            case "Character":
                guard let data = text(array[1]), let data else { return nil }
                if case .character(let previous)? = tokens.last {
                    tokens[tokens.count - 1] = .character(previous + data)
                } else {
                    tokens.append(.character(data))
                }
            case "Comment":
                guard let data = text(array[1]), let data else { return nil }
                tokens.append(.comment(data))
            case "DOCTYPE":
                guard let name = text(array[1]), let publicId = text(array[2]), let systemId = text(array[3])
                else { return nil }
                tokens.append(
                    .doctype(
                        name: name, publicId: publicId, systemId: systemId,
                        forceQuirks: !(array[4] as? Bool ?? true)))
            default:
                Issue.record("unknown token kind \(kind)")
            }
        }
        return tokens
    }

    static func normalized(_ tokens: [HTMLToken]) -> [HTMLToken] {
        tokens.map { token in
            if case let .startTag(name, attributes, selfClosing) = token {
                return .startTag(name: name, attributes: attributes.sorted { $0.name < $1.name }, selfClosing: selfClosing)
            }
            return token
        }
    }

    @Test func everyOutputMatches() throws {
        let (cases, excluded) = try Self.load()
        var runs = 0
        var failures: [String] = []
        var perFile: [String: (Int, Int)] = [:]
        for test in cases {
            for state in test.initialStates {
                runs += 1
                let tokenizer = HTMLTokenizer(
                    test.input, initialState: state, lastStartTag: test.lastStartTag,
                    followsContentModel: false)
                let actual = Self.normalized(tokenizer.tokens())
                var counts = perFile[test.file] ?? (0, 0)
                counts.1 += 1
                if actual == test.expected {
                    counts.0 += 1
                } else {
                    failures.append(
                        """
                        \(test.file): \(test.description) [\(state.rawValue)]
                          input:    \(JSONString.literal(test.input))
                          expected: \(test.expected.map(HTMLTokenizer.jsonArray).joined(separator: ", "))
                          actual:   \(actual.map(HTMLTokenizer.jsonArray).joined(separator: ", "))
                        """)
                }
                perFile[test.file] = counts
            }
        }
        for (file, counts) in perFile.sorted(by: { $0.key < $1.key }) {
            print("html5lib tokenizer \(file): \(counts.0)/\(counts.1)")
        }
        print(
            "html5lib tokenizer: \(runs - failures.count) of \(runs) runs match (\(cases.count) cases), "
                + "\(excluded.count) cases excluded:")
        for (name, reason) in excluded { print("  excluded \(name) — \(reason)") }
        for failure in failures.prefix(40) { print(failure) }
        #expect(failures.isEmpty, "\(failures.count) of \(runs) html5lib tokenizer runs differ")
        // The suite is big; a loader that silently dropped most of it must not pass.
        #expect(runs > 7000)
        #expect(excluded.count <= 10)
    }

    /// Cases whose expected error lists are not comparable, with why (errors are optional for conformance; these
    /// are listed so that none is skipped silently).
    static let errorsExempt: [String: String] = [
        // The `/` is at 1:3, not 1:2, and the CR is counted as a column though preprocessing makes it a line break;
        // also no duplicate-attribute for the second `0`, though the spec reports one on leaving the name state.
        "fuzz.test: Lots of started attributes, EOF in tag": "positions follow no consistent convention",
        // The 2020 snapshot's CDATA cases put EOF one column late; upstream's newer cdataSection.test (vendored too)
        // has the same inputs with the positions this tokenizer gives (1:1 and 2:1).
        "test3.test: [empty]": "stale position, fixed upstream in cdataSection.test",
        "test3.test: \\u000A": "stale position, fixed upstream in cdataSection.test",
        // EOF after `<!----! >` (9 scalars) is at 1:10; the snapshot says 1:9 for these four.
        "test3.test: <!----! >": "EOF column one short in the snapshot",
        "test3.test: <!----!LF>": "EOF position ignores the line break in the snapshot",
        "test3.test: <!----!CR>": "EOF position ignores the line break in the snapshot",
        "test3.test: <!----!CRLF>": "EOF position ignores the line break in the snapshot",
    ]

    @Test func errorCodesAndPositionsMatch() throws {
        // Matching error codes is not required, but they should be right nearly always: this guards the
        // positions and codes that `translate` shows users.
        let (cases, _) = try Self.load()
        var sameCodes = 0
        var samePresence = 0
        var samePlaces = 0
        var exempt = 0
        var differences: [String] = []
        for test in cases {
            let tokenizer = HTMLTokenizer(
                test.input, initialState: test.initialStates[0],
                lastStartTag: test.lastStartTag, followsContentModel: false)
            let errors = tokenizer.tokenize().errors
            let codes = errors.map(\.code)
            let places = errors.map { "\($0.code)@\($0.position.line):\($0.position.column)" }
            if Self.errorsExempt["\(test.file): \(test.description)"] != nil {
                exempt += 1
                continue
            }
            if places.sorted() == test.errorPlaces.sorted() {
                samePlaces += 1
            } else if codes.sorted() == test.errorCodes.sorted() {
                differences.append("\(test.file): \(test.description): expected \(test.errorPlaces), got \(places)")
            }
            if codes.isEmpty == test.errorCodes.isEmpty { samePresence += 1 }
            if codes.sorted() == test.errorCodes.sorted() {
                sameCodes += 1
            } else {
                differences.append("\(test.file): \(test.description): expected \(test.errorCodes), got \(codes)")
            }
        }
        let compared = cases.count - exempt
        print(
            "html5lib tokenizer: error codes match on \(sameCodes) of \(compared) cases, with positions on "
                + "\(samePlaces), presence on \(samePresence); \(exempt) exempt:")
        for (name, reason) in Self.errorsExempt.sorted(by: { $0.key < $1.key }) { print("  exempt \(name) — \(reason)") }
        for difference in differences.prefix(40) { print("  " + difference) }
        #expect(samePlaces == compared, "error codes and positions should all match outside the exempt cases")
    }
}
