/// How many SMS segments an `sms` entry takes in the translation, GSM-7 or UCS-2.
public struct SMSLengthCheck: Check {
    public init() {}
    public let id = "sms-length"
    public let name = "SMS length"
    public let summary = "an entry flagged 'sms' needs more text-message segments than the English (or than the configured limit)"
    public let rationale = """
        A text message holds 160 GSM-7 characters (153 each when split; ^ { } \\ [ ~ ] | € count twice). One \
        character outside GSM-7 — Polish 'ł', Spanish 'á', any Arabic or Chinese letter — switches the whole \
        message to UCS-2: 70 characters (67 when split). Every extra segment costs the district money per family, \
        and some phones show split messages out of order.
        """
    public let severity = Severity.warning
    public let fixHint = "shorten the translation; where the language allows, avoid the character that forces UCS-2"
    public var examples: [CheckExample] {
        [
            .passing("es", "School closed today. Stay safe.", "Escuela cerrada hoy. Cuídense.", flags: ["sms"]),
            .passing("ar", "School closed today.", "المدرسة مغلقة اليوم.", flags: ["sms"]),
            .failing(
                "pl", String(repeating: "School closed today due to snow. ", count: 4), String(repeating: "Szkoła zamknięta dziś z powodu śniegu. ", count: 4),
                flags: ["sms"], "'ł' forced UCS-2"),
            .failing("ru", String(repeating: "Buses are late. ", count: 5), String(repeating: "Автобусы опаздывают. ", count: 5), flags: ["sms"], "segments"),
        ]
    }

    /// GSM 03.38 basic character set.
    static let gsmBasic: Set<Unicode.Scalar> = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)
    /// GSM 03.38 extension table: each costs two septets (escape + character).
    static let gsmExtension: Set<Unicode.Scalar> = Set("^{}\\[~]|€\u{0C}".unicodeScalars)

    /// The encoding, length in encoding units, segment count, and the first character that forced UCS-2.
    public struct Measure: Equatable, Sendable {
        public var encoding: String
        public var units: Int
        public var segments: Int
        public var forcedUCS2: (offset: Int, scalar: Unicode.Scalar)?

        public static func == (a: Self, b: Self) -> Bool {
            a.encoding == b.encoding && a.units == b.units && a.segments == b.segments && a.forcedUCS2?.offset == b.forcedUCS2?.offset
        }
    }

    public static func measure(_ text: String) -> Measure {
        var septets = 0
        var forced: (Int, Unicode.Scalar)?
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if gsmBasic.contains(scalar) {
                septets += 1
            } else if gsmExtension.contains(scalar) {
                septets += 2
            } else {
                forced = (offset, scalar)
                break
            }
        }
        if let forced {
            let units = text.utf16.count
            return Measure(encoding: "UCS-2", units: units, segments: units <= 70 ? 1 : (units + 66) / 67, forcedUCS2: forced)
        }
        return Measure(encoding: "GSM-7", units: septets, segments: septets <= 160 ? 1 : (septets + 152) / 153, forcedUCS2: nil)
    }

    public func check(_ unit: CheckUnit, _ context: CheckContext) -> [Finding] {
        guard unit.entry.hasFlag("sms"), !unit.translation.isEmpty else { return [] }
        let source = Self.measure(unit.source)
        let translation = Self.measure(unit.translation)
        let limit = context.settings.maximumSMSSegments
        let tooLong = limit.map { translation.segments > $0 } ?? (translation.segments > source.segments)
        guard tooLong else { return [] }
        var message =
            "needs \(translation.segments) SMS segments (\(translation.encoding), \(translation.units) \(translation.encoding == "GSM-7" ? "septets" : "UTF-16 units"))"
        if let limit { message += "; the limit is \(limit)" } else { message += "; the English needs \(source.segments)" }
        var range: Range<Int>? = nil
        if let forced = translation.forcedUCS2 {
            message += "; \(describe(forced.scalar)) forced UCS-2"
            range = forced.offset..<(forced.offset + 1)
        }
        let severity: Severity? = limit != nil ? .error : nil
        return [Finding(message, severity: severity, range: range)]
    }
}
