/// The subcommands, in help order. Each command lives in its own file.
enum CommandRegistry {
    static let all: [CommandEntry] = [
        CommandEntry(VersionCommand.self),
        CommandEntry(InitCommand.self),
        CommandEntry(LanguagesCommand.self),
        CommandEntry(CheckCommand.self),
        CommandEntry(ExtractCommand.self),
        CommandEntry(SyncCommand.self),
        CommandEntry(BuildCommand.self),
    ]
}
