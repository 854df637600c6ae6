/// The subcommands, in help order (the order of the pipeline). Each command lives in its own file.
enum CommandRegistry {
    static let all: [CommandEntry] = [
        CommandEntry(InitCommand.self),
        CommandEntry(LanguagesCommand.self),
        CommandEntry(ExtractCommand.self),
        CommandEntry(SyncCommand.self),
        CommandEntry(MergeCommand.self),
        CommandEntry(StatusCommand.self),
        CommandEntry(CheckCommand.self),
        CommandEntry(GlossaryCommand.self),
        CommandEntry(TMCommand.self),
        CommandEntry(PretranslateCommand.self),
        CommandEntry(AnalyzeCommand.self),
        CommandEntry(ExportCommand.self),
        CommandEntry(ImportCommand.self),
        CommandEntry(BuildCommand.self),
        CommandEntry(ReportCommand.self),
        CommandEntry(VersionCommand.self),
    ]
}
