import Foundation
import TranslateICU
import TranslateKit

extension FuzzTarget {
    /// MessageFormat: our parser accepts exactly what ICU accepts (the oracle of MessageFormatOracleTests, on
    /// mutated input), except beyond our nesting limit, which ICU does not have.
    static let messageFormat = FuzzTarget(name: "messageformat", maximumLength: 4_096) { data in
        guard let pattern = String(data: data, encoding: .utf8) else { return }
        let ours = MessageFormatParser.parse(pattern)
        for error in ours.errors + ours.warnings {
            invariant(
                error.offset >= 0 && error.offset <= pattern.unicodeScalars.count,
                "error offset \(error.offset) outside the pattern: \(pattern.debugDescription)")
        }
        if ours.errors.contains(where: { $0.message.contains("nested more than") }) { return }
        let icu = ICU.MessageFormat.validate(pattern, locale: english)
        invariant(
            icu.accepted == ours.isValid,
            "ICU \(icu.accepted ? "accepts" : "rejects (\(icu.errorName ?? "?"))"), ours \(ours.isValid ? "accepts" : "rejects: \(ours.errors[0].message)"): \(pattern.debugDescription)"
        )
    }
}

private let english = ICU.Locale(identifier: "en")
