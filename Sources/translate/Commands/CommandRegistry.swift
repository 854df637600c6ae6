/// The subcommands, in help order. Each command lives in its own file.
enum CommandRegistry {
    static let all: [CommandEntry] = [
        CommandEntry(VersionCommand.self),
        CommandEntry(TMCommand.self),
        CommandEntry(PretranslateCommand.self),
        CommandEntry(AnalyzeCommand.self),
    ]
}
