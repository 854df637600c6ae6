import Foundation
import TranslateICU

/// A do-not-translate name of the source (a school, the district) that the translation does not keep verbatim.
public struct DoNotTranslateCheck: Check {
    public init() {}
    public let id = "do-not-translate"
    public let name = "Do not translate"
    public let summary = "a name the glossary marks do-not-translate is missing from the translation or was translated"
    public let rationale = """
        School and programme names are what families see on signs, buses and the website and what they type into \
        a search: "Weaver High School" translated as "Liceum Weaver" is a school no one can find. The names come \
        from the rows of Glossary/glossary.csv marked do-not-translate; the translation must contain the name \
        exactly as the English writes it. The examples use the district's sample glossary.
        """
    public let severity = Severity.error
    public let fixHint = "copy the name from the English exactly, letters and capitals as they are"
    public var examples: [CheckExample] {
        [
            .passing("es", "Welcome to Weaver High School!", "¡Bienvenidos a Weaver High School!"),
            .passing("ar", "Weaver High School is closed today.", "مدرسة Weaver High School مغلقة اليوم."),
            .passing("zh", "Weaver High School calendar", "Weaver High School 校历"),
            .failing("es", "Welcome to Weaver High School!", "¡Bienvenidos a la Escuela Secundaria Weaver!", "Weaver High School"),
            .failing("pl", "Weaver High School is closed today.", "Liceum Weaver jest dziś zamknięte.", "Weaver High School"),
            .failing("ru", "Weaver High School is closed today.", "Weaver high school сегодня закрыта.", "verbatim"),
        ]
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard let index = context.glossaryIndex else { return [] }
        let source = TermMatcher(text: unit.source, locale: ICU.Locale(identifier: "en"))
        let names = index.englishCandidates(in: source).filter(\.doNotTranslate)
        guard !names.isEmpty else { return [] }
        let sourceScalars = Array(unit.source.unicodeScalars)
        var findings: [Finding] = []
        var reported: Set<String> = []
        for entry in names {
            for range in source.ranges(of: entry.english, caseSensitive: entry.caseSensitive) {
                // The name as this message writes it ("Weaver High School"), which the translation must repeat.
                let written = String(String.UnicodeScalarView(sourceScalars[range]))
                guard !reported.contains(written), !unit.translation.contains(written) else { continue }
                reported.insert(written)
                let nearly = unit.translation.range(of: written, options: [.caseInsensitive]) != nil
                findings.append(
                    Finding(
                        "'\(written)' must appear verbatim in the translation" + (nearly ? " (it is there with different capitals)" : ""),
                        target: .source, range: range))
            }
        }
        return findings
    }
}
