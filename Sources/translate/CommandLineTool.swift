import Foundation
import TranslateKit
import TranslateICU

/// Exit statuses shared by every command.
enum ExitStatus {
    static let success: Int32 = 0
    static let findings: Int32 = 1
    static let failure: Int32 = 2
}

/// One subcommand: describes itself for --help and runs on parsed options.
protocol Command {
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// Full help: usage, description, options, examples.
    static var help: String { get }
    /// Options that take a value (e.g. "--lang"); all others are flags.
    static var valueOptions: Set<String> { get }
    static var flagOptions: Set<String> { get }
    /// Whether the command writes into the project (catalogs, memories, glossary, Output/): such commands
    /// hold the project lock for their whole run, so concurrent writers serialize.
    static var writesProject: Bool { get }
    /// Whether the command takes positional arguments (files, a subcommand); any other rejects them (exit 2).
    static var takesArguments: Bool { get }
    static func run(_ options: Options, _ console: Console) throws -> Int32
    /// Whether the command works on a project (all but init and version), so that run
    /// outside one it stops with exit 2 rather than report an empty project as complete.
    static var needsProject: Bool { get }
}

extension Command {
    static var needsProject: Bool { true }
}

extension Command {
    static var writesProject: Bool { false }
    static var takesArguments: Bool { false }
}

/// A command's description and entry point, built generically so callers never open an
/// existential metatype (Swift 6.3's SILGen crashes on that in `run`).
struct CommandEntry {
    let name: String
    let summary: String
    let help: String
    let valueOptions: Set<String>
    let flagOptions: Set<String>
    let writesProject: Bool
    let needsProject: Bool
    let takesArguments: Bool
    let run: (Options, Console) throws -> Int32

    init<C: Command>(_ command: C.Type) {
        name = C.name
        summary = C.summary
        help = C.help
        valueOptions = C.valueOptions
        flagOptions = C.flagOptions
        writesProject = C.writesProject
        needsProject = C.needsProject
        takesArguments = C.takesArguments
        run = { try C.run($0, $1) }
    }
}

/// A usage mistake: printed with the command's usage line, exit 2.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
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

    static func parse(_ arguments: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws -> Options {
        var options = Options()
        var index = 0
        let values = valueOptions.union(["--root", "--format"])
        let flags = flagOptions.union(["--help", "-h"])
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
                    if let inline { options.values[name, default: []].append(inline); continue }
                    guard index < arguments.count else { throw UsageError(message: "option '\(name)' needs a value") }
                    options.values[name, default: []].append(arguments[index])
                    index += 1
                } else if flags.contains(name) && inline == nil {
                    options.flags.insert(name == "-h" ? "--help" : name)
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

/// Output channels: results on stdout, progress and errors on stderr; colour only on a terminal without NO_COLOR.
final class Console {
    let colorOut: Bool
    let colorErr: Bool

    init() {
        let environment = ProcessInfo.processInfo.environment
        // NO_COLOR (no-color.org) or a terminal that cannot show colour (TERM=dumb, as Emacs shells set).
        let noColor = (environment["NO_COLOR"].map { !$0.isEmpty } ?? false) || environment["TERM"] == "dumb"
        colorOut = !noColor && isatty(1) != 0
        colorErr = !noColor && isatty(2) != 0
    }

    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func err(_ text: String) {
        fflush(stdout)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Progress for long work; on stderr so stdout stays parseable.
    func progress(_ text: String) { err(text) }

    enum Style: String { case red = "31", yellow = "33", green = "32", bold = "1", dim = "2", cyan = "36" }

    func paint(_ text: String, _ style: Style, stderr: Bool = false) -> String {
        (stderr ? colorErr : colorOut) ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

enum CommandLineTool {
    static let version = "0.1.0"

    /// Every subcommand, in the order `translate --help` lists them.
    static let commands: [CommandEntry] = CommandRegistry.all

    static var help: String {
        let width = commands.map { $0.name.count }.max() ?? 10
        let list = commands.map { "  \($0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\($0.summary)" }.joined(separator: "\n")
        return """
        translate — extract, translate, check and publish a school district's content in every family language

        Usage: translate <command> [options]

        Commands:
        \(list)

        Options for every command:
          --root DIR     the project folder (default: the current folder)
          --help, -h     help for a command
          --version      the tool, ICU and CLDR versions

        Exit status: 0 success, 1 findings (e.g. check found errors), 2 usage or input error.
        Run 'translate <command> --help' for a command's options.
        """
    }

    /// Takes the project lock for a writing command when `root` is a project (the rule `requireProject` applies);
    /// elsewhere the command itself reports what is wrong.
    static func lockProject(_ root: URL, command: String, console: Console) throws -> ProjectLock? {
        guard ProjectPaths(root: root).isProject else { return nil }
        return try ProjectLock(root: root) {
            console.progress("translate \(command): waiting for another translate command that is writing this project to finish…")
        }
    }

    /// Options every command takes, accepted before the command name too (`translate --root DIR status`).
    static let globalValueOptions: Set<String> = ["--root", "--format"]

    /// Moves global options written before the command name to after it, where the command parses them.
    static func movingGlobalOptions(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            guard globalValueOptions.contains(name) else { break }
            if argument.contains("=") || index + 1 >= arguments.count {
                leading.append(argument)
                index += 1
            } else {
                leading += [argument, arguments[index + 1]]
                index += 2
            }
        }
        guard !leading.isEmpty, index < arguments.count else { return arguments }
        return [arguments[index]] + leading + arguments[(index + 1)...]
    }

    static func run(_ given: [String]) -> Int32 {
        let console = Console()
        let arguments = movingGlobalOptions(given)
        guard let first = arguments.first else {
            console.err(help)
            return ExitStatus.failure
        }
        if first == "--help" || first == "-h" || first == "help" {
            if first == "help", arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                console.out(command.help)
            } else {
                console.out(help)
            }
            return ExitStatus.success
        }
        if first == "--version" {
            console.out(VersionCommand.text)
            return ExitStatus.success
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            var message = "translate: unknown command '\(first)'"
            if let suggestion = NameSuggestion.closest(to: first, among: commands.map(\.name)) {
                message += " (did you mean '\(suggestion)'?)"
            }
            console.err(message + "\nRun 'translate --help' for the list of commands.")
            return ExitStatus.failure
        }
        do {
            let options = try Options.parse(Array(arguments.dropFirst()), valueOptions: command.valueOptions, flagOptions: command.flagOptions)
            if options.has("--help") {
                console.out(command.help)
                return ExitStatus.success
            }
            if !command.takesArguments, let extra = options.positional.first {
                throw UsageError(message: "unexpected argument '\(extra)'")
            }
            if command.needsProject { try ProjectPaths(root: options.root).requireProject() }
            let lock = command.writesProject ? try lockProject(options.root, command: command.name, console: console) : nil
            defer { withExtendedLifetime(lock) {} }
            return try command.run(options, console)
        } catch let error as UsageError {
            console.err("translate \(command.name): \(error.message)\nRun 'translate \(command.name) --help' for usage.")
            return ExitStatus.failure
        } catch let error as TranslateError {
            console.err(error.description)
            return ExitStatus.failure
        } catch {
            console.err("error: \(error)")
            return ExitStatus.failure
        }
    }
}
