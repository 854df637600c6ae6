import Foundation
import TranslateICU

/// A check's severity as a project sets it: one of the severities, or off.
public enum SeveritySetting: Equatable, Sendable {
    case severity(Severity)
    case off

    init?(_ text: String) {
        if text == "off" {
            self = .off
            return
        }
        guard let severity = Severity(rawValue: text) else { return nil }
        self = .severity(severity)
    }

    var text: String {
        switch self {
        case .off: return "off"
        case .severity(let severity): return severity.rawValue
        }
    }
}

/// A project's override for one check: for every language and, optionally, per language.
public struct CheckSetting: Equatable, Sendable {
    public var severity: SeveritySetting?
    /// Per language tag, as written in translate.json.
    public var languages: [String: SeveritySetting]
    /// For source checks: which template messages they read ("critical", the default, or "all").
    public var messages: CheckSettings.SourceMessages?
    /// For `readability`: the Flesch–Kincaid grade critical messages should not exceed (default 8).
    public var targetGrade: Double?
    /// For `readability`: the most words a sentence may have (default 25).
    public var sentenceWords: Int?

    public init(
        severity: SeveritySetting? = nil, languages: [String: SeveritySetting] = [:], messages: CheckSettings.SourceMessages? = nil,
        targetGrade: Double? = nil, sentenceWords: Int? = nil
    ) {
        self.severity = severity
        self.languages = languages
        self.messages = messages
        self.targetGrade = targetGrade
        self.sentenceWords = sentenceWords
    }
}

/// What a translation memory match does to an untranslated entry when pre-translating.
public enum PretranslateAction: String, Equatable, Sendable, CaseIterable {
    /// Fill it in as translated.
    case translated
    /// Fill it in, flagged fuzzy for a translator to confirm.
    case fuzzy
    /// Leave it empty.
    case skip
}

/// Translation memory settings.
public struct MemorySettings: Equatable, Sendable {
    /// A "101%" match: same source text and same key (context).
    public var contextMatch: PretranslateAction = .translated
    /// A "100%" match: same source text, other key.
    public var exactMatch: PretranslateAction = .fuzzy
    /// Lowest similarity (percent) a fuzzy match needs to be offered.
    public var fuzzyThreshold: Int = 75

    public init() {}
}

/// The project's settings, from translate.json at the project root.
public struct ProjectConfig: Equatable, Sendable {
    public static let fileName = "translate.json"

    /// Folders (relative to the root) content is extracted from.
    public var sources: [String] = [ProjectPaths.contentName]
    public var sourceLanguage: String = "en"
    /// Languages every critical message must be translated into before it ships.
    public var criticalLanguages: [String] = ["es-US"]
    /// Severity overrides by check id ("plural-categories").
    public var checks: [String: CheckSetting] = [:]
    /// Required completeness in percent, by tier.
    public var thresholds: [Language.Tier: Double] = ProjectConfig.defaultThresholds
    public var memory = MemorySettings()

    public static let defaultThresholds: [Language.Tier: Double] = [
        .source: 100, .core: 100, .onRequest: 90, .interpretation: 0, .fallback: 0,
    ]

    public init() {}

    /// The severity a check has for a language: the per-language override, then the check's,
    /// then the check's own default. Nil when the project turned the check off.
    public func severity(of check: String, language: String?, default fallback: Severity) -> Severity? {
        guard let setting = checks[check] else { return fallback }
        var chosen = setting.severity
        if let language {
            if let exact = setting.languages[language] ?? setting.languages.first(where: { $0.key.lowercased() == language.lowercased() })?.value {
                chosen = exact
            }
        }
        switch chosen {
        case .none: return fallback
        case .off: return nil
        case .severity(let severity): return severity
        }
    }

    /// The completeness threshold (percent) for a tier.
    public func threshold(for tier: Language.Tier) -> Double {
        thresholds[tier] ?? Self.defaultThresholds[tier] ?? 100
    }

    // MARK: Reading

    /// The largest translate.json read (1 MiB).
    static let maximumSize = 1 << 20

    static let topKeys = ["sources", "sourceLanguage", "criticalLanguages", "checks", "thresholds", "memory"]
    static let memoryKeys = ["contextMatch", "exactMatch", "fuzzyThreshold"]
    static let checkKeys = ["severity", "languages", "messages", "targetGrade", "sentenceWords"]

    /// Reads translate.json under `root`; the defaults when there is none.
    public static func load(root: URL) throws -> ProjectConfig {
        let url = try ProjectPaths(root: root).permitted(root.appendingPathComponent(fileName))
        guard FileManager.default.fileExists(atPath: url.path) else { return ProjectConfig() }
        // A config is a few hundred bytes; a file thousands of times larger is not one (and parsing 100 MB
        // took 45 s and 4 GB before the first unknown key was reported).
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maximumSize {
            throw TranslateError(
                path: fileName,
                "the file is \(size / 1_048_576 > 0 ? "\(size / 1_048_576) MB" : "\(size / 1024) KB"); a project configuration is at most \(maximumSize / 1_048_576) MB",
                hint: "check that this is the project's translate.json; 'translate init' writes a fresh one")
        }
        return try parse(TextFile.read(url, displayPath: fileName), path: fileName)
    }

    /// Reads a translate.json text; every problem is a TranslateError at its line and column.
    public static func parse(_ text: String, path: String) throws -> ProjectConfig {
        let root = try JSONValue.parse(text, path: path)
        var config = ProjectConfig()
        let members = try object(root, "translate.json", path: path)
        for member in members {
            try knownKey(member, among: topKeys, in: "translate.json", path: path)
            let value = member.value
            switch member.key {
            case "sources":
                config.sources = try strings(value, "'sources'", path: path)
                for (index, source) in config.sources.enumerated() where source.isEmpty || source.hasPrefix("/") || source.split(separator: "/").contains("..")
                {
                    throw TranslateError(
                        path: path, position: value.array![index].position, "content source '\(source)' must be a folder inside the project",
                        hint: "write a relative path such as \"\(ProjectPaths.contentName)\"")
                }
            case "sourceLanguage":
                config.sourceLanguage = try tag(value, "'sourceLanguage'", path: path)
            case "criticalLanguages":
                let items = try strings(value, "'criticalLanguages'", path: path)
                for (index, item) in items.enumerated() { _ = try tag(value.array![index], "'criticalLanguages'", path: path, text: item) }
                config.criticalLanguages = items
            case "checks":
                for check in try object(value, "'checks'", path: path) {
                    config.checks[check.key] = try checkSetting(check, path: path)
                }
            case "thresholds":
                for entry in try object(value, "'thresholds'", path: path) {
                    guard let tier = Language.Tier(rawValue: entry.key) else {
                        throw unknown(entry, among: Language.Tier.allCases.map(\.rawValue), in: "'thresholds' (tiers)", path: path)
                    }
                    config.thresholds[tier] = try percent(entry.value, "threshold for '\(entry.key)'", path: path)
                }
            case "memory":
                for entry in try object(value, "'memory'", path: path) {
                    try knownKey(entry, among: memoryKeys, in: "'memory'", path: path)
                    switch entry.key {
                    case "contextMatch": config.memory.contextMatch = try action(entry.value, "'contextMatch'", path: path)
                    case "exactMatch": config.memory.exactMatch = try action(entry.value, "'exactMatch'", path: path)
                    default:
                        let number = try percent(entry.value, "'fuzzyThreshold'", path: path)
                        guard number == number.rounded(), number >= 1 else {
                            throw TranslateError(path: path, position: entry.value.position, "'fuzzyThreshold' must be a whole number from 1 to 100")
                        }
                        config.memory.fuzzyThreshold = Int(number)
                    }
                }
            default: break
            }
        }
        return config
    }

    private static func unknown(_ member: JSONMember, among keys: [String], in place: String, path: String) -> TranslateError {
        var message = "unknown key '\(member.key)' in \(place)"
        if let near = NameSuggestion.closest(to: member.key, among: keys) { message += " (did you mean '\(near)'?)" }
        return TranslateError(path: path, position: member.keyPosition, message, hint: "known keys: \(keys.joined(separator: ", "))")
    }

    private static func knownKey(_ member: JSONMember, among keys: [String], in place: String, path: String) throws {
        if !keys.contains(member.key) { throw unknown(member, among: keys, in: place, path: path) }
    }

    private static func typeError(_ node: JSONNode, _ what: String, expected: String, path: String) -> TranslateError {
        TranslateError(path: path, position: node.position, "\(what) must be \(expected), not \(node.value.kindName)")
    }

    private static func object(_ node: JSONNode, _ what: String, path: String) throws -> [JSONMember] {
        guard let members = node.members else { throw typeError(node, what, expected: "an object", path: path) }
        return members
    }

    private static func strings(_ node: JSONNode, _ what: String, path: String) throws -> [String] {
        guard let items = node.array else { throw typeError(node, what, expected: "an array of strings", path: path) }
        return try items.map { item in
            guard let text = item.string else { throw typeError(item, "each item of \(what)", expected: "a string", path: path) }
            return text
        }
    }

    private static func tag(_ node: JSONNode, _ what: String, path: String, text: String? = nil) throws -> String {
        guard let value = text ?? node.string else { throw typeError(node, what, expected: "a language tag string", path: path) }
        do {
            _ = try ICU.Locale(tag: value)
        } catch let error as ICU.Locale.TagError {
            throw TranslateError(path: path, position: node.position, "ill-formed language tag '\(value)' in \(what): \(error.reason)")
        }
        return value
    }

    private static func severitySetting(_ node: JSONNode, _ what: String, path: String) throws -> SeveritySetting {
        guard let text = node.string else { throw typeError(node, what, expected: "\"error\", \"warning\", \"info\" or \"off\"", path: path) }
        guard let setting = SeveritySetting(text) else {
            throw TranslateError(path: path, position: node.position, "\(what) must be \"error\", \"warning\", \"info\" or \"off\", not \"\(text)\"")
        }
        return setting
    }

    private static func checkSetting(_ member: JSONMember, path: String) throws -> CheckSetting {
        let what = "check '\(member.key)'"
        if member.value.string != nil { return CheckSetting(severity: try severitySetting(member.value, what, path: path)) }
        guard let members = member.value.members else {
            throw typeError(member.value, what, expected: "a severity string or an object with \"severity\" and \"languages\"", path: path)
        }
        var setting = CheckSetting()
        for entry in members {
            try knownKey(entry, among: checkKeys, in: what, path: path)
            if entry.key == "severity" {
                setting.severity = try severitySetting(entry.value, "\(what) severity", path: path)
            } else if entry.key == "messages" {
                guard let text = entry.value.string, let messages = CheckSettings.SourceMessages(rawValue: text) else {
                    throw typeError(entry.value, "\(what) messages", expected: "\"critical\" or \"all\"", path: path)
                }
                setting.messages = messages
            } else if entry.key == "targetGrade" {
                guard let grade = entry.value.number, (0...30).contains(grade) else {
                    throw typeError(entry.value, "\(what) targetGrade", expected: "a reading grade from 0 to 30", path: path)
                }
                setting.targetGrade = grade
            } else if entry.key == "sentenceWords" {
                guard let words = entry.value.number, words >= 1, words == words.rounded(), words <= 1000 else {
                    throw typeError(entry.value, "\(what) sentenceWords", expected: "a whole number of words from 1", path: path)
                }
                setting.sentenceWords = Int(words)
            } else {
                for language in try object(entry.value, "\(what) languages", path: path) {
                    do {
                        _ = try ICU.Locale(tag: language.key)
                    } catch let error as ICU.Locale.TagError {
                        throw TranslateError(
                            path: path, position: language.keyPosition, "ill-formed language tag '\(language.key)' in \(what): \(error.reason)")
                    }
                    setting.languages[language.key] = try severitySetting(language.value, "\(what) for '\(language.key)'", path: path)
                }
            }
        }
        return setting
    }

    private static func percent(_ node: JSONNode, _ what: String, path: String) throws -> Double {
        guard let number = node.number else { throw typeError(node, what, expected: "a number from 0 to 100", path: path) }
        guard (0...100).contains(number) else {
            throw TranslateError(path: path, position: node.position, "\(what) must be from 0 to 100, not \(number)")
        }
        return number
    }

    private static func action(_ node: JSONNode, _ what: String, path: String) throws -> PretranslateAction {
        let names = PretranslateAction.allCases.map(\.rawValue)
        guard let text = node.string else { throw typeError(node, what, expected: "one of \(names.map { "\"\($0)\"" }.joined(separator: ", "))", path: path) }
        guard let action = PretranslateAction(rawValue: text) else {
            throw TranslateError(
                path: path, position: node.position, "\(what) must be one of \(names.map { "\"\($0)\"" }.joined(separator: ", ")), not \"\(text)\"")
        }
        return action
    }

    // MARK: Writing

    /// translate.json as `translate init` writes it: every setting with its default, keys in a fixed order.
    public var jsonText: String {
        func quoted(_ s: String) -> String { JSONString.literal(s) }
        func number(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }
        var lines: [String] = ["{"]
        lines.append("  \"sources\": [\(sources.map(quoted).joined(separator: ", "))],")
        lines.append("  \"sourceLanguage\": \(quoted(sourceLanguage)),")
        lines.append("  \"criticalLanguages\": [\(criticalLanguages.map(quoted).joined(separator: ", "))],")
        if checks.isEmpty {
            lines.append("  \"checks\": {},")
        } else {
            lines.append("  \"checks\": {")
            let sorted = checks.sorted { $0.key < $1.key }
            for (index, (id, setting)) in sorted.enumerated() {
                var parts: [String] = []
                if let severity = setting.severity { parts.append("\"severity\": \(quoted(severity.text))") }
                if !setting.languages.isEmpty {
                    let languages = setting.languages.sorted { $0.key < $1.key }.map { "\(quoted($0.key)): \(quoted($0.value.text))" }
                    parts.append("\"languages\": {\(languages.joined(separator: ", "))}")
                }
                if let messages = setting.messages { parts.append("\"messages\": \(quoted(messages.rawValue))") }
                if let grade = setting.targetGrade { parts.append("\"targetGrade\": \(number(grade))") }
                if let words = setting.sentenceWords { parts.append("\"sentenceWords\": \(words)") }
                lines.append("    \(quoted(id)): {\(parts.joined(separator: ", "))}" + (index < sorted.count - 1 ? "," : ""))
            }
            lines.append("  },")
        }
        lines.append("  \"thresholds\": {")
        let tiers = Language.Tier.allCases.filter { thresholds[$0] != nil }
        for (index, tier) in tiers.enumerated() {
            lines.append("    \(quoted(tier.rawValue)): \(number(thresholds[tier]!))" + (index < tiers.count - 1 ? "," : ""))
        }
        lines.append("  },")
        lines.append("  \"memory\": {")
        lines.append("    \"contextMatch\": \(quoted(memory.contextMatch.rawValue)),")
        lines.append("    \"exactMatch\": \(quoted(memory.exactMatch.rawValue)),")
        lines.append("    \"fuzzyThreshold\": \(memory.fuzzyThreshold)")
        lines.append("  }")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
