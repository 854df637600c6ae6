/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and editors.
///
/// Rules come from the registry; columns count Unicode scalars, so the run declares
/// `columnKind: unicodeCodePoints` (SARIF's default is UTF-16 code units).
public enum SARIFReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public static func render(_ report: CheckReport, toolVersion: String, informationURI: String = "https://github.com/hartfordschools/translate") -> String {
        let descriptions = CheckRegistry.descriptions
        let ruleIndex = Dictionary(uniqueKeysWithValues: descriptions.enumerated().map { ($0.element.id, $0.offset) })
        let rules = descriptions.map { check -> ReportJSON in
            .object([
                "id": .string(check.id),
                "name": .string(check.name.replacingSpacesWithCamelCase()),
                "shortDescription": .object(["text": .string(check.summary)]),
                "fullDescription": .object(["text": .string(check.rationale)]),
                "help": .object(["text": .string("How to fix: \(check.fixHint).")]),
                "helpUri": .string("\(informationURI)/blob/main/docs/checks.md#\(check.id)"),
                "defaultConfiguration": .object(["level": .string(level(check.severity))]),
            ])
        }
        let results = report.diagnostics.map { d -> ReportJSON in
            var region: [String: ReportJSON] = [:]
            if let position = d.position {
                region["startLine"] = .int(max(position.line, 1))
                region["startColumn"] = .int(max(position.column, 1))
            } else {
                region["startLine"] = .int(1)
            }
            var text = d.message
            if !d.notes.isEmpty { text += "\n" + d.notes.map { "note: \($0)" }.joined(separator: "\n") }
            var result: [String: ReportJSON] = [
                "ruleId": .string(d.check ?? "translate"),
                "level": .string(level(d.severity)),
                "message": .object(["text": .string(text)]),
                "locations": .array([
                    .object([
                        "physicalLocation": .object([
                            "artifactLocation": .object(["uri": .string(uri(d.path))]),
                            "region": .object(region),
                        ])
                    ])
                ]),
            ]
            if let check = d.check, let index = ruleIndex[check] { result["ruleIndex"] = .int(index) }
            var properties: [String: ReportJSON] = [:]
            if let locale = d.locale { properties["locale"] = .string(locale) }
            if let key = d.key { properties["key"] = .string(key) }
            if !properties.isEmpty { result["properties"] = .object(properties) }
            return .object(result)
        }
        let run: ReportJSON = .object([
            "tool": .object([
                "driver": .object([
                    "name": .string("translate"),
                    "version": .string(toolVersion),
                    "informationUri": .string(informationURI),
                    "rules": .array(rules),
                ])
            ]),
            "columnKind": .string("unicodeCodePoints"),
            "results": .array(results),
        ])
        return ReportJSON.object(["$schema": .string(schema), "version": .string("2.1.0"), "runs": .array([run])]).rendered() + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A relative path as a URI reference: '/' separators, spaces and non-ASCII percent-encoded.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || "-._~/".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

private extension String {
    /// SARIF rule names are identifiers by convention ("PluralCategories").
    func replacingSpacesWithCamelCase() -> String {
        split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
