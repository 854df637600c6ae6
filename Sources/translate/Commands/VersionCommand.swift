import TranslateICU
import TranslateKit

/// `translate version`: the same as --version, with --format json.
enum VersionCommand: Command {
    static let name = "version"
    static let summary = "print the tool, ICU, CLDR and Unicode versions"
    static let description = """
        Prints the versions that decide what translate knows: its own, the ICU library's,
        the CLDR data's (plural rules, names, collation) and Unicode's.
        """
    static let options: [OptionSpec] = [.format("text|json", help: "text (default) or json")]
    static let needsProject = false

    /// The versions, as `translate version` prints them.
    struct Versions: WorkflowSummary {
        var translate = CommandLineTool.version
        var icu = ICU.version
        var cldr = ICU.cldrVersion
        var unicode = ICU.unicodeVersion
        static var jsonLayout: JSONLayout { .compact }

        func text(_ paint: TextPainter) -> String? { "translate \(translate)\nICU \(icu)\nCLDR \(cldr)\nUnicode \(unicode)" }
    }

    /// What `translate --version` and `translate version` print.
    static var text: String { Versions().text(.plain)! }

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        try console.emit(WorkflowResult(summary: Versions()), format: try options.outputFormat())
    }
}
