import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Every problem the PO reader reports points at a line and column, however the file is damaged:
/// a few hundred corrupted copies of the sample catalogs, from a seed the test prints.
@Suite struct POReaderPositionFuzzTests {
    static let catalogs = ["ar.po", "es-US.po", "pl.po", "zh-Hans.po", "messages.pot"].map {
        TranslateBinary.packageRoot.appendingPathComponent("Locales/\($0)")
    }

    /// One damage a file can suffer in transit or by hand, applied at a random place.
    static func corrupt(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var out = bytes
        let damages = Int.random(in: 1...4, using: &random)
        let junk: [[UInt8]] = [
            [0x22], [0x5C], [0x0A], [0x00], [0xFF], [0xC3], [0xE2, 0x80], [0x0D], Array("msgstr[7] ".utf8),
            Array("msgid_plural \"".utf8), Array("#~ msgctxt".utf8), Array("\"\\q\"".utf8), Array("msgctxt \"k\"\n".utf8),
            Array("\u{FEFF}".utf8), Array("#| msgid \"".utf8), Array("msgstr \"\"\n".utf8),
        ]
        for _ in 0..<damages where !out.isEmpty {
            let at = Int.random(in: 0..<out.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: out.insert(contentsOf: junk.randomElement(using: &random)!, at: at)
            case 1: out.removeSubrange(at..<min(out.count, at + Int.random(in: 1...40, using: &random)))
            case 2: out = Array(out[..<at])
            case 3:
                let end = min(out.count, at + Int.random(in: 1...200, using: &random))
                out.insert(contentsOf: out[at..<end], at: Int.random(in: 0...out.count, using: &random))
            default: out[at] = UInt8.random(in: 0...255, using: &random)
            }
        }
        return out
    }

    @Test func everyDiagnosticOfADamagedCatalogHasAPosition() throws {
        let seed = SeededRandom.seedFromEnvironment("TRANSLATE_PO_FUZZ_SEED")
        print("POReaderPositionFuzzTests seed \(seed) (TRANSLATE_PO_FUZZ_SEED=\(seed) replays it)")
        var random = SeededRandom(seed: seed)
        let originals = try Self.catalogs.map { [UInt8](try Data(contentsOf: $0)) }
        var diagnosticsSeen = 0
        var thrown = 0
        for round in 0..<300 {
            let index = round % originals.count
            let damaged = Self.corrupt(originals[index], &random)
            let path = "Locales/\(Self.catalogs[index].lastPathComponent)"
            let text: String
            do {
                text = try TextFile.decode(Data(damaged), path: path)
            } catch let error as TranslateError {
                thrown += 1
                #expect(error.position != nil, "round \(round), seed \(seed): \(error.description)")
                continue
            }
            let result = POReader.parse(text, path: path)
            for diagnostic in result.diagnostics {
                diagnosticsSeen += 1
                #expect(diagnostic.position != nil, "round \(round), seed \(seed): \(diagnostic.formatted)")
            }
        }
        print("POReaderPositionFuzzTests: 300 damaged catalogs, \(diagnosticsSeen) diagnostics, \(thrown) undecodable files, all with a position")
        #expect(diagnosticsSeen > 100, "the damage produced too few diagnostics to prove anything")
        #expect(thrown > 0)
    }

    @Test func theTooManyErrorsSummaryPointsAtTheFirstUnlistedError() {
        let text = String(repeating: "msgstr \"orphan\"\n", count: 205)
        let diagnostics = POReader.parse(text, path: "x.po").diagnostics
        #expect(
            diagnostics.last?.formatted.hasPrefix("x.po:201:1: error: [po-syntax] too many syntax errors (205)") == true, "\(diagnostics.last?.formatted ?? "")"
        )
    }
}
