import Foundation
import TranslateKit

/// A small real-language project on disk: an English template with plural, selectordinal, select,
/// number and tag messages, and catalogs in Spanish, US Spanish, Portuguese, Arabic, Polish and Japanese.
public enum BuildTestProject {
    public static let tags: Set<String> = ["en", "es", "es-US", "pt", "pt-BR", "ar", "pl", "ja", "en-XA", "ar-XB"]

    public static func po(_ language: String, _ entries: [(key: String, source: String, translation: String, flags: String)]) -> String {
        var text = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: \(language)\\n\"\n\n"
        for entry in entries {
            if !entry.flags.isEmpty { text += "#, \(entry.flags)\n" }
            text += "msgctxt \"\(entry.key)\"\nmsgid \"\(escape(entry.source))\"\nmsgstr \"\(escape(entry.translation))\"\n\n"
        }
        return text
    }

    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    }

    public static let sources: [(key: String, source: String)] = [
        ("closing.snow", "Schools are closed today because of snow."),
        ("students.count", "{count, plural, one {# student} other {# students}}"),
        ("place", "You finished {place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}!"),
        ("teacher.reply", "{gender, select, female {She replied} male {He replied} other {They replied}} to {name}."),
        ("fee", "The fee is {amount, number} dollars."),
        ("read.more", "<x1>Read more</x1> about {school}."),
        ("welcome", "Welcome, {name}!"),
        ("quote", "Don''t forget: '{'braces'}' are literal."),
    ]

    public static func translations(_ tag: String) -> [String: (String, String)] {
        // key → (translation, flags)
        switch tag {
        case "es":
            return [
                "closing.snow": ("Las escuelas están cerradas hoy por la nieve.", ""),
                "students.count": ("{count, plural, one {# estudiante} many {# de estudiantes} other {# estudiantes}}", ""),
                "welcome": ("¡Bienvenido, {name}!", ""),
                "fee": ("La cuota es de {amount, number} dólares.", ""),
            ]
        case "es-US":
            return [
                "closing.snow": ("Las escuelas están cerradas hoy debido a la nieve.", "fuzzy"),
                "welcome": ("¡Bienvenidos, {name!", ""),  // broken ICU: must never ship
                "fee": ("El costo es {amount, number} dólares.", ""),
            ]
        case "pt":
            return [
                "closing.snow": ("As escolas estão fechadas hoje por causa da neve.", ""),
                "welcome": ("Bem-vindo, {name}!", ""),
            ]
        case "ar":
            return [
                "closing.snow": ("المدارس مغلقة اليوم بسبب الثلج.", ""),
                "students.count": ("{count, plural, zero {لا طلاب} one {طالب واحد} two {طالبان} few {# طلاب} many {# طالبًا} other {# طالب}}", ""),
                "read.more": ("<x1>اقرأ المزيد</x1> عن {school}.", ""),
            ]
        case "pl":
            return [
                "closing.snow": ("Szkoły są dziś zamknięte z powodu śniegu.", ""),
                "students.count": ("{count, plural, one {# uczeń} few {# uczniów} many {# uczniów} other {# ucznia}}", ""),
                "teacher.reply": ("{gender, select, female {Odpowiedziała} male {Odpowiedział} other {Odpowiedzieli}} {name}.", ""),
            ]
        case "ja":
            return [
                "closing.snow": ("本日は雪のため休校です。", ""),
                "students.count": ("{count, plural, other {生徒#人}}", ""),
                "place": ("{place, selectordinal, other {#位}}でゴールしました！", ""),
            ]
        default: return [:]
        }
    }

    public static let page = "<!doctype html>\n<html lang=\"en\"><body><p>Lunch menu for this week</p></body></html>\n"
    /// The key extraction gives the page's one message (so the catalogs can translate it).
    public static var pageKey: String {
        ContentExtractor.extract(text: page, path: "Content/lunch.html", format: .html).units[0].key
    }

    /// Writes the project under a new temporary folder and returns its root.
    public static func write() throws -> URL {
        var sources = self.sources
        sources.append((pageKey, "Lunch menu for this week"))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("build-test-\(UUID().uuidString)", isDirectory: true)
        let locales = root.appendingPathComponent("Locales", isDirectory: true)
        try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
        try po("", sources.map { ($0.key, $0.source, "", "") }).write(to: locales.appendingPathComponent("messages.pot"), atomically: true, encoding: .utf8)
        for tag in ["es", "es-US", "pt", "ar", "pl", "ja"] {
            var map = translations(tag)
            if tag == "ar" { map[pageKey] = ("قائمة الغداء لهذا الأسبوع", "") }
            let entries = sources.map { source -> (key: String, source: String, translation: String, flags: String) in
                let (translation, flags) = map[source.key] ?? ("", "")
                return (source.key, source.source, translation, flags)
            }
            try po(tag, entries).write(to: locales.appendingPathComponent("\(tag).po"), atomically: true, encoding: .utf8)
        }
        let content = root.appendingPathComponent("Content", isDirectory: true)
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try page.write(to: content.appendingPathComponent("lunch.html"), atomically: true, encoding: .utf8)
        return root
    }

    /// The project with a registry cut down to the test languages (the built-in rows, unchanged).
    public static func project(root: URL) -> Project {
        let registry = LanguageRegistry(languages: LanguageRegistry.builtIn().languages.filter { tags.contains($0.tag) })
        return Project(paths: ProjectPaths(root: root), config: ProjectConfig(), registry: registry)
    }
}
