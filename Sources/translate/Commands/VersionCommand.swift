import TranslateICU

/// `translate version`: the same as --version, with --format json.
enum VersionCommand: Command {
    static let name = "version"
    static let summary = "print the tool, ICU, CLDR and Unicode versions"
    static let help = """
    Usage: translate version [--format text|json]

    Prints the versions that decide what translate knows: its own, the ICU library's,
    the CLDR data's (plural rules, names, collation) and Unicode's.
    """
    static let valueOptions: Set<String> = []
    static let flagOptions: Set<String> = []
    static let needsProject = false

    /// What `translate --version` and `translate version` print.
    static var text: String {
        "translate \(CommandLineTool.version)\nICU \(ICU.version)\nCLDR \(ICU.cldrVersion)\nUnicode \(ICU.unicodeVersion)"
    }

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.format(["text", "json"])
        if format == "json" {
            console.out("{\"cldr\":\"\(ICU.cldrVersion)\",\"icu\":\"\(ICU.version)\",\"translate\":\"\(CommandLineTool.version)\",\"unicode\":\"\(ICU.unicodeVersion)\"}")
        } else {
            console.out(text)
        }
        return ExitStatus.success
    }
}
