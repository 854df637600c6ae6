import Foundation
import TranslateKit

extension FuzzTarget {
    /// PO: every diagnostic points at a line and column, and a file read without errors is written back
    /// byte for byte when nothing changed (what lets sync and import touch only the entries they change).
    static let po = FuzzTarget(name: "po", maximumLength: 16_384) { data in
        guard let (text, utf8BOM) = decodedText(data, path: "fuzz.po") else { return }
        var result = POReader.parse(text, path: "fuzz.po")
        for diagnostic in result.diagnostics {
            invariant(isValid(diagnostic.position), "PO diagnostic without a position: \(diagnostic.formatted)")
        }
        // UTF-16 files are written back as UTF-8, so only UTF-8 input can come back byte for byte.
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        guard !utf16, !result.diagnostics.contains(where: { $0.severity == .error }) else { return }
        if utf8BOM { result.catalog.hasByteOrderMark = true }
        let written = POWriter.write(result.catalog)
        invariant(
            sameBytes(written, (utf8BOM ? "\u{FEFF}" : "") + text),
            "unchanged PO not written back byte for byte: read \(text.debugDescription), wrote \(written.debugDescription)")
    }
}
