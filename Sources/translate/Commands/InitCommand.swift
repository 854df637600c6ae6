import Foundation
import TranslateKit

/// `translate init`: scaffolds a new project.
enum InitCommand: Command {
    static let name = "init"
    static let summary = "create a new project: translate.json, the language registry, folders"
    static let description = """
        Creates a translation project in DIR (default: the current folder):
          translate.json          settings with their defaults (content sources, source language,
                                  languages required for critical messages, check severities,
                                  completeness thresholds per tier, translation memory)
          Locales/languages.tsv   the district's language registry, to review and edit
          Content/                where the English content goes
          Glossary/               term lists per language
          Output/                 generated bundles (with a README)
          .gitattributes          the merge drivers for Locales/*.po, *.pot and memory/*.tmx
                                  (missing lines are appended to an existing file)

        Then it prints the 'git config' line that enables each merge driver in a clone (git
        never runs a driver a repository names until each clone enables it; see 'translate
        merge --help').

        It never overwrites: when any of those files exists it stops with exit status 2 and
        creates nothing. Existing folders are kept.
        """
    static let epilogue = """
        Example:
          translate init --root hps-translations
        """
    static let options: [OptionSpec] = [
        .flag("--git", help: "only add the merge drivers to .gitattributes (for an existing project)"),
        OptionSpec(names: ["--root"], placeholder: "DIR", help: "the folder to create the project in (created if missing)", isGlobal: true),
    ]
    static let needsProject = false

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        try console.emit(try InitWorkflow.run(root: options.root, .init(gitOnly: options.has("--git")), log: console.log()), format: .text)
    }
}
