import Foundation

/// The sample project with the footer's "©" mis-decoded as a Windows-1252 editor would leave it, for the
/// source checks' unit and end-to-end tests.
public enum MojibakeSample {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// A scratch sample project with the mojibake, the glossary rows the checks read, and `config` as the checks'
    /// message settings in translate.json. Throws when the sample no longer has the footer the test damages.
    public static func make(config: [String: String] = [:]) throws -> URL {
        let root = try TranslateBinary.sampleProject()
        let pot = root.appendingPathComponent("Locales/messages.pot")
        let text = try String(contentsOf: pot, encoding: .utf8)
        guard text.contains("Copyright © 2025") else { throw Missing(description: "Locales/messages.pot has no \"Copyright © 2025\"") }
        try text.replacingOccurrences(of: "Copyright © 2025", with: "Copyright Â© 2025").write(to: pot, atomically: true, encoding: .utf8)
        // The district defines "ELA" in its glossary, spelled out, and keeps "CIAC" as a do-not-translate term.
        let glossary = root.appendingPathComponent("Glossary/glossary.csv")
        let rows =
            "English Language Arts (ELA),,,,,,,noun,Reading and writing class.,preferred,no\nCIAC,,,,,,,proper noun,The state's school sports body.,preferred,yes\n"
        try (try String(contentsOf: glossary, encoding: .utf8) + rows).write(to: glossary, atomically: true, encoding: .utf8)
        if !config.isEmpty {
            let settings = config.sorted { $0.key < $1.key }.map { "\"\($0.key)\": {\"messages\": \"\($0.value)\"}" }.joined(separator: ", ")
            try "{\"checks\": {\(settings)}}".write(to: root.appendingPathComponent("translate.json"), atomically: true, encoding: .utf8)
        }
        return root
    }
}
