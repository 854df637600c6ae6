import Foundation
import TranslateKit

extension FuzzTarget {
    /// TMX: a memory that reads is written in a form that reads again, and writing that is stable, so
    /// `tm import` then `tm export` never produces a file the tool itself refuses.
    static let tmx = FuzzTarget(name: "tmx", maximumLength: 16_384) { data in
        guard let document = try? TMXReader.parse(data, path: "fuzz.tmx") else { return }
        let written = TMXWriter.write(document)
        let again: TMXDocument
        do { again = try TMXReader.parse(written, path: "written.tmx") } catch {
            fatalError("invariant broken: TMX written by TMXWriter does not read back: \(error)\n\(written)")
        }
        let rewritten = TMXWriter.write(again)
        invariant(sameBytes(written, rewritten), "TMX write is not stable:\n\(written)\n---\n\(rewritten)")
    }
}
