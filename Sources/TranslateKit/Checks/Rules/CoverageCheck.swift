import Foundation

/// How complete a language is, and whether its `critical` messages are translated.
public struct CoverageCheck: CatalogCheck {
    public init() {}
    public let id = "coverage"
    public let name = "Coverage"
    public let summary = "a language is below its completeness threshold, or a message flagged 'critical' is untranslated or fuzzy"
    public let rationale = """
        Emergency closings, health notices and enrolment deadlines must reach every family in its language. \
        Entries flagged 'critical' must be translated and reviewed in every required language; for the rest, \
        a per-language threshold (configured) says how much may still be in English.
        """
    public let severity = Severity.error
    public let fixHint = "translate the entry (and remove 'fuzzy' once reviewed); critical messages come first"
    public var examples: [CheckExample] {
        [
            .passing("es", "Schools are closed today because of snow.", "Las escuelas están cerradas hoy por la nieve.", flags: ["critical"]),
            .passing("ar", "Lunch menu", ""),
            .failing("ar", "Schools are closed today because of snow.", "", flags: ["critical"], "critical message is not translated"),
            .failing("ru", "Schools are closed today because of snow.", "Школы закрыты.", flags: ["critical", "fuzzy"], "critical message needs review"),
        ]
    }

    public func check(_ file: CatalogFile, _ context: CheckContext) -> [CatalogFinding] {
        var findings: [CatalogFinding] = []
        let entries = file.catalog.entries.enumerated().filter { !$0.element.isObsolete && !$0.element.isHeader }
        let byKey = Dictionary(entries.map { ($0.element.effectiveKey, $0) }, uniquingKeysWith: { first, _ in first })
        let required = context.settings.isRequired(file.language)

        // The template decides what should exist; without one, the file itself does.
        let expected: [CatalogEntry] = file.template.map { $0.entries.filter { !$0.isObsolete && !$0.isHeader } } ?? entries.map(\.element)
        var done = 0
        for wanted in expected {
            let found = byKey[wanted.effectiveKey]
            let state = found?.element.state ?? .untranslated
            if state == .translated { done += 1 }
            let critical = wanted.hasFlag("critical") || (found?.element.hasFlag("critical") ?? false)
            guard critical, required, state != .translated else { continue }
            if found?.element.hasFlag("ignore-coverage") ?? false { continue }
            let label = wanted.key.map { "'\($0)'" } ?? "\"\(wanted.source.prefix(60))\""
            if state == .fuzzy {
                findings.append(CatalogFinding("critical message needs review (fuzzy): \(label)", entryIndex: found?.offset))
            } else if found == nil {
                findings.append(
                    CatalogFinding(
                        "critical message is not translated: \(label) is missing from the file", entryIndex: nil,
                        notes: ["run 'translate update' to add new messages to every language"]))
            } else {
                findings.append(CatalogFinding("critical message is not translated: \(label)", entryIndex: found?.offset))
            }
        }
        if let threshold = context.settings.coverageThreshold(for: file.language), !expected.isEmpty {
            let ratio = Double(done) / Double(expected.count)
            if ratio + 1e-9 < threshold {
                let percent = { (x: Double) in String(format: "%.1f", (x * 1000).rounded(.down) / 10) }
                findings.append(
                    CatalogFinding(
                        "\(percent(ratio))% translated (\(done) of \(expected.count)); the project requires \(percent(threshold))%",
                        severity: .warning, position: TextPosition(line: 1, column: 1)))
            }
        }
        return findings
    }
}
