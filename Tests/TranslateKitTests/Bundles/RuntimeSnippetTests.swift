import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// The README's ICU4C program, compiled with the system ICU and run on the built sample bundles: a stock
/// ICU runtime formats every plural and selectordinal message of a fallback bundle exactly as English does
/// (Japanese, Russian, French, Polish, Vietnamese, Dinka, Assyrian, Rohingya, Liberian English), with the locale the meta file names.
@Suite("Runtime snippets", .serialized) struct RuntimeSnippetTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The fenced block after `<!-- snippet: NAME -->` in README.md.
    static func snippet(_ name: String) throws -> String {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let afterMarker = try #require(readme.components(separatedBy: "<!-- snippet: \(name) -->").dropFirst().first)
        // The first fenced block after the marker, without its fence lines.
        let blocks = afterMarker.components(separatedBy: "```")
        #expect(blocks.count >= 3)
        let block = blocks[1]
        return String(block.drop { $0 != "\n" }.dropFirst())
    }

    /// Compiles the ICU4C snippet with the toolchain's clang++ (or the system's c++), or nil when there is none.
    static func compileICU4C() throws -> URL? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icu4c-snippet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("format.cpp")
        let binary = folder.appendingPathComponent("format")
        try Data(try snippet("icu4c").utf8).write(to: source)
        for compiler in ["clang++", "c++", "g++"] {
            let result = try ExternalTool.run(
                URL(fileURLWithPath: "/bin/sh"),
                ["-c", "command -v \(compiler) >/dev/null && \(compiler) -std=c++17 \(source.path) $(pkg-config --cflags --libs icu-i18n) -o \(binary.path)"])
            if result.status == 0 { return binary }
        }
        return nil
    }

    @Test func icu4cFormatsFallbackPluralsAsEnglishDoes() throws {
        guard let program = try Self.compileICU4C() else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("no C++ compiler to build the README's ICU4C program") }
            return
        }
        defer { try? FileManager.default.removeItem(at: program.deletingLastPathComponent()) }
        let output = Self.repository.appendingPathComponent("Output")
        func load(_ name: String) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(name))) as? [String: Any] ?? [:]
        }
        let english = try load("en.json") as? [String: String] ?? [:]
        func format(_ locale: String, _ message: String, _ values: [String]) throws -> String {
            let result = try ExternalTool.run(program, [locale, message] + values)
            #expect(result.status == 0, "\(locale) \(message): \(result.stderr)")
            return result.stdout
        }
        var compared = 0
        for tag in ["ja", "ru", "fr", "pl", "vi", "din", "aii", "rhg", "lir"] {
            let bundle = try load("\(tag).json") as? [String: String] ?? [:]
            let meta = try load("\(tag).meta.json")
            let fallbacks = meta["fallbacks"] as? [String: String] ?? [:]
            let pluralLocales = meta["pluralLocales"] as? [String: String] ?? [:]
            for (key, message) in bundle.sorted(by: { $0.key < $1.key }) where fallbacks[key] == "en" {
                guard let parsed = MessageFormatParser.parse(message).message,
                    parsed.branchingArguments.contains(where: { $0.type == .plural || $0.type == .selectordinal })
                else { continue }
                let types = parsed.argumentTypes
                for n in [0, 1, 2, 3, 5, 11, 21, 101] {
                    let values = types.keys.sorted().map { name in
                        "\(name)=" + (types[name]!.contains { $0.isNumeric } ? "\(n)" : "X")
                    }
                    let shown = try format(pluralLocales[key] ?? tag, message, values)
                    let expected = try format("en", english[key] ?? "", values)
                    #expect(shown == expected, "\(tag) \(key) n=\(n): ICU4C shows '\(shown)', English reads '\(expected)'")
                    compared += 1
                }
            }
        }
        print("ICU4C: \(compared) renderings of fallback plurals compared with English")
        #expect(compared > 100)
    }
}
