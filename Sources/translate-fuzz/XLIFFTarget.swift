import Foundation
import TranslateKit

extension FuzzTarget {
    /// XLIFF 1.2 and 2.x: a file either reader accepts is written in a form that reads back to the same
    /// document, so export after import loses nothing.
    static let xliff = FuzzTarget(name: "xliff", maximumLength: 16_384) { data in
        guard let (text, _) = decodedText(data, path: "fuzz.xlf") else { return }
        roundTrip(text, version: "2.x", read: XLIFFDocument.read, write: XLIFFDocument.write)
        roundTrip(text, version: "1.2", read: XLIFF12Document.read, write: XLIFF12Document.write)
    }

    private static func roundTrip(
        _ text: String, version: String,
        read: (String, String) throws -> ExchangeDocument,
        write: (ExchangeDocument) throws -> String
    ) {
        guard let document = try? read(text, "fuzz.xlf"), let written = try? write(document) else { return }
        do {
            let again = try read(written, "written.xlf")
            invariant(withoutPositions(again) == withoutPositions(document), "XLIFF \(version) round trip changed the document:\n\(document)\n---\n\(again)")
        } catch {
            fatalError("invariant broken: XLIFF \(version) we wrote does not read back: \(error)\n\(written)")
        }
    }
}

/// Where each unit was read from is not part of what a round trip keeps.
private func withoutPositions(_ document: ExchangeDocument) -> ExchangeDocument {
    var document = document
    for index in document.units.indices { document.units[index].position = nil }
    return document
}
