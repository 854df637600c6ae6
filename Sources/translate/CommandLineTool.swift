import Foundation
import TranslateICU
import TranslateKit

/// Exit statuses shared by every command.
enum ExitStatus {
    static let success: Int32 = 0
    static let findings: Int32 = 1
    static let failure: Int32 = 2

    /// The status a workflow's outcome exits with.
    static func of(_ outcome: WorkflowOutcome) -> Int32 { Int32(outcome.rawValue) }
}

/// One subcommand: declares its options once (they drive parsing, the usage line and --help)
/// and runs on what was parsed: options → workflow → emit.
protocol Command {
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// Usage lines after `translate <name>` for commands with several forms; empty: one line
    /// generated from `arguments` and the option table. `[--root DIR]` is added to each.
    static var synopsis: [String] { get }
    /// Positional arguments shown in the generated usage line (e.g. "FILE").
    static var arguments: String { get }
    /// What the command does, between the usage line and the options.
    static var description: String { get }
    /// Exit status and examples, after the options.
    static var epilogue: String { get }
    /// Every option the command takes, global ones included (`--root`, `--format`).
    static var options: [OptionSpec] { get }
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
    static var writesProject: Bool { false }
    static var takesArguments: Bool { false }
    static var synopsis: [String] { [] }
    static var arguments: String { "" }
    static var epilogue: String { "" }

    /// Full help: usage, description, options (generated from the table), exit status and examples.
    static var help: String {
        OptionSpec.help(
            command: name, synopsis: synopsis, arguments: arguments, description: description,
            options: options, epilogue: epilogue)
    }
}

/// A command's description and entry point, built generically so callers never open an
/// existential metatype (Swift 6.3's SILGen crashes on that in `run`).
struct CommandEntry {
    let name: String
    let summary: String
    let help: String
    let options: [OptionSpec]
    let writesProject: Bool
    let needsProject: Bool
    let takesArguments: Bool
    let run: (Options, Console) throws -> Int32

    init<C: Command>(_ command: C.Type) {
        name = C.name
        summary = C.summary
        help = C.help
        options = C.options
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
    static let globalValueOptions = OptionSpec.globalValueNames

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
            let options = try Options.parse(Array(arguments.dropFirst()), table: command.options)
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
        } catch let error as WorkflowOptionError {
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
