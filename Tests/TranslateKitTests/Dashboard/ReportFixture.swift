import Foundation

@testable import TranslateKit

/// Small projects on disk for the report tests: a registry with Spanish (US), Arabic, Japanese and
/// Polish, a template with critical messages, and catalogs in different states.
enum ReportFixture {
    static let header =
        "tag\tenglish_name\tendonym\tendonym_source\tscript\tdirection\tfallback\ttier\tfamilies\tcardinal\tordinal\tplural_reason\tcollation\tflags\tevidence\tnotes"

    /// A registry line; `families` nil leaves the column blank.
    static func language(
        _ tag: String, _ english: String, _ endonym: String, script: String, rtl: Bool = false,
        fallback: String = "en", tier: String = "on-request", families: Int? = nil
    ) -> String {
        [
            tag, english, endonym, "ICU", script, rtl ? "rtl" : "ltr", fallback, tier, families.map(String.init) ?? "",
            "", "", "", "", "", "test", "",
        ].joined(separator: "\t")
    }

    static func entry(_ key: String, _ source: String, _ translation: String = "", flags: [String] = []) -> String {
        var lines: [String] = []
        if !flags.isEmpty { lines.append("#, " + flags.joined(separator: ", ")) }
        lines.append("msgctxt \"\(key)\"")
        lines.append("msgid \"\(source)\"")
        lines.append("msgstr \"\(translation)\"")
        return lines.joined(separator: "\n")
    }

    static func catalog(language: String, _ entries: [String]) -> String {
        (["msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: \(language)\\n\"\n"] + entries).joined(separator: "\n\n") + "\n"
    }

    static let templateEntries: [(key: String, source: String, critical: Bool)] = [
        ("school-closed", "All schools are closed today because of the snowstorm.", true),
        ("call-for-updates", "For updates, call the district office.", true),
        ("welcome", "Welcome to Hartford Public Schools.", false),
        ("lunch-menu", "The lunch menu for this week is online.", false),
    ]

    /// es-US: everything translated; ar: one critical translated, one fuzzy, one other translated;
    /// ja: one critical translated; pl: no file at all.
    static func make(families: Bool = true, englishNameOfArabic: String = "Arabic") throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("translate-report-\(UUID().uuidString)", isDirectory: true)
        let locales = root.appendingPathComponent("Locales", isDirectory: true)
        try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
        let registry =
            [
                header,
                language("en", "English", "English", script: "Latn", fallback: "", tier: "source"),
                language("es", "Spanish", "español", script: "Latn", tier: "fallback"),
                language("es-US", "Spanish (US)", "español (Estados Unidos)", script: "Latn", fallback: "es en", tier: "core", families: families ? 1200 : nil),
                language("ar", englishNameOfArabic, "العربية", script: "Arab", rtl: true, families: families ? 300 : nil),
                language("ja", "Japanese", "日本語", script: "Jpan"),
                language("pl", "Polish", "polski", script: "Latn", families: families ? 50 : nil),
            ].joined(separator: "\n") + "\n"
        try registry.write(to: locales.appendingPathComponent("languages.tsv"), atomically: true, encoding: .utf8)
        let template = templateEntries.map { entry($0.key, $0.source, flags: $0.critical ? ["critical"] : []) }
        try catalog(language: "", template).write(to: locales.appendingPathComponent("messages.pot"), atomically: true, encoding: .utf8)
        let spanish = [
            entry("school-closed", templateEntries[0].source, "Todas las escuelas están cerradas hoy por la tormenta de nieve.", flags: ["critical"]),
            entry("call-for-updates", templateEntries[1].source, "Para novedades, llame a la oficina del distrito.", flags: ["critical"]),
            entry("welcome", templateEntries[2].source, "Bienvenidos a las Escuelas Públicas de Hartford."),
            entry("lunch-menu", templateEntries[3].source, "El menú del almuerzo de esta semana está en línea."),
        ]
        try catalog(language: "es-US", spanish).write(to: locales.appendingPathComponent("es-US.po"), atomically: true, encoding: .utf8)
        let arabic = [
            entry("school-closed", templateEntries[0].source, "جميع المدارس مغلقة اليوم بسبب العاصفة الثلجية.", flags: ["critical"]),
            entry("call-for-updates", templateEntries[1].source, "للمستجدات، اتصلوا بمكتب المنطقة.", flags: ["fuzzy", "critical"]),
            entry("welcome", templateEntries[2].source, "مرحبًا بكم في مدارس هارتفورد العامة."),
            entry("lunch-menu", templateEntries[3].source),
        ]
        try catalog(language: "ar", arabic).write(to: locales.appendingPathComponent("ar.po"), atomically: true, encoding: .utf8)
        let japanese = [
            entry("school-closed", templateEntries[0].source, "吹雪のため、本日は全校休校です。", flags: ["critical"]),
            entry("call-for-updates", templateEntries[1].source, flags: ["critical"]),
            entry("welcome", templateEntries[2].source),
            entry("lunch-menu", templateEntries[3].source),
        ]
        try catalog(language: "ja", japanese).write(to: locales.appendingPathComponent("ja.po"), atomically: true, encoding: .utf8)
        return root
    }

    /// Every file under Output/report/, name → bytes.
    static func outputs(_ root: URL) throws -> [String: Data] {
        let folder = root.appendingPathComponent("Output/report", isDirectory: true)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    static func text(_ root: URL, _ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Output/report/\(name)"), encoding: .utf8)
    }
}
