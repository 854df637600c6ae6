import Foundation
import TranslateKit

/// `translate init`: scaffolds a new project.
enum InitCommand: Command {
    static let name = "init"
    static let summary = "create a new project: translate.json, the language registry, folders"
    static let help = """
    Usage: translate init [--root DIR]

    Creates a translation project in DIR (default: the current folder):
      translate.json          settings with their defaults (content sources, source language,
                              languages required for critical messages, check severities,
                              completeness thresholds per tier, translation memory)
      Locales/languages.tsv   the district's language registry, to review and edit
      Content/                where the English content goes
      Glossary/               term lists per language
      Output/                 generated bundles (with a README)

    It never overwrites: when any of those files exists it stops with exit status 2 and
    creates nothing. Existing folders are kept.

    Options:
      --root DIR   the folder to create the project in (created if missing)

    Example:
      translate init --root hps-translations
    """
    static let valueOptions: Set<String> = []
    static let flagOptions: Set<String> = []
    static let needsProject = false

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        if !options.positional.isEmpty {
            throw UsageError(message: "unexpected argument '\(options.positional[0])' (use --root DIR)")
        }
        let root = options.root
        let created = try ProjectScaffold.create(root: root)
        console.out("Created a translate project in \(root.path):")
        for path in created { console.out("  \(console.paint("created", .green)) \(path)") }
        console.out("Next: put English content in Content/, review Locales/languages.tsv, then run 'translate languages'.")
        return ExitStatus.success
    }
}
