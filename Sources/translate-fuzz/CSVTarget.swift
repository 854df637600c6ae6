import Foundation
import TranslateKit

extension FuzzTarget {
    /// CSV: every field has a position, records written by CSVTable read back to the same values, and the
    /// exchange and glossary readers built on it never crash.
    static let csv = FuzzTarget(name: "csv", maximumLength: 16_384) { data in
        guard let (text, _) = decodedText(data, path: "fuzz.csv"),
            let table = try? CSVTable.parse(text, path: "fuzz.csv")
        else { return }
        for field in table.records.joined() {
            invariant(isValid(field.position), "CSV field \(field.value.debugDescription) without a valid position")
        }
        let values = table.records.map { $0.map(\.value) }
        let written = CSVTable.write(values)
        do {
            let again = try CSVTable.parse(written, path: "written.csv").records.map { $0.map(\.value) }
            invariant(
                again.count == values.count && zip(again, values).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy(sameBytes) },
                "CSV round trip changed the records: \(values) became \(again)")
        } catch {
            fatalError("invariant broken: CSV we wrote does not read back: \(error)\n\(written)")
        }
        _ = try? ExchangeCSV.read(text, path: "fuzz.csv")
        _ = try? Glossary.parse(text, path: "Glossary/glossary.csv")
    }
}
