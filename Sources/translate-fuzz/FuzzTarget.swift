import Foundation
import TranslateKit

/// One parser under fuzzing: a name for `FUZZ_TARGET` and scripts/fuzz.sh, and a body that feeds it bytes
/// and stops the process (so libFuzzer saves the input) when an invariant that must always hold does not.
struct FuzzTarget: Sendable {
    let name: String
    /// Inputs longer than this are cut by libFuzzer (`-max_len`): long enough for the parser's structure,
    /// short enough to keep thousands of runs a second.
    let maximumLength: Int
    let run: @Sendable (Data) -> Void

    static let all: [FuzzTarget] = [
        .po, .messageFormat, .html, .markdown, .tmx, .xliff, .tbx, .csv, .config, .languages,
    ]

    static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}

/// Stops with the broken invariant's description; libFuzzer reports it as a crash and keeps the input.
func invariant(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) {
    if !condition() { fatalError("invariant broken: \(message())", file: file, line: line) }
}

/// The input as the tool would read it from a file (UTF-8 with or without BOM, UTF-16 with BOM), or nil when
/// the tool would refuse it as not text; the BOM flag lets round trips put it back.
func decodedText(_ data: Data, path: String) -> (text: String, utf8BOM: Bool)? {
    guard let text = try? TextFile.decode(data, path: path) else { return nil }
    return (text, data.starts(with: [0xEF, 0xBB, 0xBF]))
}

/// Equal byte for byte; `==` on String compares canonical equivalence and would hide a changed normalization.
func sameBytes(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }

/// A position is 1-based in line and column.
func isValid(_ position: TextPosition?) -> Bool {
    guard let position else { return false }
    return position.line >= 1 && position.column >= 1
}
