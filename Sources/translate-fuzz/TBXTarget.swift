import Foundation
import TranslateKit

extension FuzzTarget {
    /// TBX: a glossary that reads is exported in a form that reads back to the same glossary.
    static let tbx = FuzzTarget(name: "tbx", maximumLength: 16_384) { data in
        guard let (text, _) = decodedText(data, path: "fuzz.tbx"),
            let glossary = try? TBXDocument.read(text, path: "fuzz.tbx"),
            let written = try? TBXDocument.write(glossary)
        else { return }
        do {
            let again = try TBXDocument.read(written, path: "written.tbx")
            invariant(comparable(again) == comparable(glossary), "TBX round trip changed the glossary:\n\(glossary)\n---\n\(again)")
        } catch {
            fatalError("invariant broken: TBX we wrote does not read back: \(error)\n\(written)")
        }
    }
}

/// What a round trip must keep: not the line each entry was read from, and (for now) neither languages without
/// any term, which the export cannot write yet (FuzzRegressionTests.languageWithoutTermsSurvivesExportAndImport),
/// nor the order of languages, which import takes from the first entry that has each (issue #17, item 12).
private func comparable(_ glossary: Glossary) -> Glossary {
    var glossary = glossary
    glossary.languages.removeAll { language in !glossary.entries.contains { !($0.terms[language] ?? []).isEmpty } }
    glossary.languages.sort()
    for index in glossary.entries.indices { glossary.entries[index].line = 0 }
    return glossary
}
