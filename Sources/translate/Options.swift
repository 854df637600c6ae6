import Foundation
import TranslateKit

/// One option of a command, declared once: parsing, the usage line and the Options section of
/// `--help` are all derived from it.
struct OptionSpec {
    /// The option's names, the first shown first ("-o", "--output").
    var names: [String]
    /// What the value looks like ("TAG,…"); nil for a flag.
    var placeholder: String?
    /// The Options line; more lines after "\n" are indented under the first.
    var help: String
    /// Accepted before the command name too (`translate --root DIR status`).
    var isGlobal = false
    /// Shown without brackets in the usage line.
    var isRequired = false

    static func flag(_ names: String..., help: String) -> OptionSpec {
        OptionSpec(names: names, placeholder: nil, help: help)
    }

    static func value(_ names: String..., placeholder: String, help: String, required: Bool = false) -> OptionSpec {
        OptionSpec(names: names, placeholder: placeholder, help: help, isRequired: required)
    }

    /// --root DIR, which every command takes.
    static let root = OptionSpec(names: ["--root"], placeholder: "DIR", help: "the project folder (default: the current folder)", isGlobal: true)

    /// --format, global on the commands that have it; `formats` as the usage line shows them ("text|json").
    static func format(_ formats: String, help: String) -> OptionSpec {
        OptionSpec(names: ["--format"], placeholder: formats, help: help, isGlobal: true)
    }

    /// Options every command takes whether or not its table lists them.
    static let implicit: [OptionSpec] = [
        .root, OptionSpec(names: ["-h", "--help"], placeholder: nil, help: "this help", isGlobal: true),
    ]

    /// Global value options, as `CommandLineTool.movingGlobalOptions` moves them from before the command.
    static let globalValueNames: Set<String> = ["--root", "--format"]

    /// `[--lang TAG,…]`, `--lang TAG` when required, `[--force]`.
    var usage: String {
        let text = names.last! + (placeholder.map { " \($0)" } ?? "")
        return isRequired ? text : "[\(text)]"
    }

    /// `--lang TAG,…` or `-o, --output FILE` as the Options section lists it.
    var label: String { names.joined(separator: ", ") + (placeholder.map { " \($0)" } ?? "") }

    /// The help text of a command: usage lines (each with [--root DIR]), the description, the
    /// options generated from the table, then exit status and examples.
    static func help(
        command: String, synopsis: [String], arguments: String, description: String,
        options: [OptionSpec], epilogue: String
    ) -> String {
        let table = options.contains { $0.names.contains("--root") } ? options : options + [.root]
        let forms: [String]
        if synopsis.isEmpty {
            let ordered = table.filter { !$0.names.contains("--root") } + table.filter { $0.names.contains("--root") }
            forms = [([arguments] + ordered.map(\.usage)).filter { !$0.isEmpty }.joined(separator: " ")]
        } else {
            forms = synopsis.map { $0.contains("[--root DIR]") ? $0 : $0 + " [--root DIR]" }
        }
        var lines = forms.enumerated().map { index, form in (index == 0 ? "Usage: " : "       ") + "translate \(command) \(form)" }
        lines.append("")
        lines.append(description)
        lines.append("")
        lines.append("Options:")
        let width = min(max(table.map(\.label.count).max() ?? 0, 8) + 2, 22)
        for option in table {
            let label = option.label
            let helpLines = option.help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let indent = String(repeating: " ", count: 2 + width)
            if label.count + 2 > width {
                lines.append("  \(label)")
                lines += helpLines.map { indent + $0 }
            } else {
                lines.append("  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + helpLines[0])
                lines += helpLines.dropFirst().map { indent + $0 }
            }
        }
        if !epilogue.isEmpty {
            lines.append("")
            lines.append(epilogue)
        }
        return lines.joined(separator: "\n")
    }
}

/// Parsed command line: options by name (repeatable) and positional arguments.
struct Options {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positional: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// The project root from --root (default: the current folder).
    var root: URL {
        let path = value("--root") ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// --format, checked against the formats a command supports.
    func format(_ allowed: [String], default fallback: String = "text") throws -> String {
        let format = value("--format") ?? fallback
        guard allowed.contains(format) else {
            throw UsageError(message: "unknown format '\(format)'; use one of: \(allowed.joined(separator: ", "))")
        }
        return format
    }

    /// Parses a command's arguments against its option table (plus --root and --help).
    static func parse(_ arguments: [String], table: [OptionSpec]) throws -> Options {
        let known = table + OptionSpec.implicit
        let values = Set(known.filter { $0.placeholder != nil }.flatMap(\.names))
        let flags = Set(known.filter { $0.placeholder == nil }.flatMap(\.names))
        // Aliases are stored under the option's last (long) name.
        var canonical: [String: String] = [:]
        for option in known { for name in option.names { canonical[name] = option.names.last! } }
        var options = Options()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                options.positional.append(contentsOf: arguments[index...])
                break
            }
            if argument.hasPrefix("-") && argument.count > 1 {
                var name = argument
                var inline: String?
                if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                    name = String(argument[..<equals])
                    inline = String(argument[argument.index(after: equals)...])
                }
                if values.contains(name) {
                    let key = canonical[name] ?? name
                    if let inline {
                        options.values[key, default: []].append(inline)
                        continue
                    }
                    guard index < arguments.count else { throw UsageError(message: "option '\(name)' needs a value") }
                    options.values[key, default: []].append(arguments[index])
                    index += 1
                } else if flags.contains(name) && inline == nil {
                    options.flags.insert(canonical[name] ?? name)
                } else {
                    var message = "unknown option '\(name)'"
                    if let suggestion = NameSuggestion.closest(to: name, among: values.union(flags).sorted()) {
                        message += " (did you mean '\(suggestion)'?)"
                    }
                    throw UsageError(message: message)
                }
            } else {
                options.positional.append(argument)
            }
        }
        return options
    }
}

extension Options {
    /// The project at --root, opened and validated (translate.json against the registry) once.
    func project() throws -> Project { try Project.open(root: root) }

    /// --format as text or json (the summary formats).
    func outputFormat() throws -> OutputFormat { OutputFormat(rawValue: try format(["text", "json"]))! }
}
