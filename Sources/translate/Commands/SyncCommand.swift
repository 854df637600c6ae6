import Foundation
import TranslateICU
import TranslateKit

/// `translate sync`: merges Locales/messages.pot into every Locales/<tag>.po.
enum SyncCommand: Command {
    static let name = "sync"
    static let summary = "bring every Locales/<tag>.po up to date with Locales/messages.pot"
    static let description = """
        Merges Locales/messages.pot into each Locales/<tag>.po by key: new messages are added
        untranslated; a message whose English changed keeps its translation marked fuzzy, with the
        old English as a '#|' comment; a message gone from the content becomes obsolete ('#~'), so no
        translation is ever lost. When a sentence with a text-derived key is edited, its old
        translation moves to the new key as fuzzy (if the two are similar and on the same page).
        Files that would not change are not written.
        """
    static let epilogue = """
        Example:
          translate sync --lang pl,zh-Hans
        """
    static let options: [OptionSpec] = [
        .value("--lang", placeholder: "TAG,…", help: "also create Locales/<TAG>.po for these languages (BCP 47 tags)"),
        .flag(
            "--all-languages",
            help: """
                also create a catalog for every language of the registry
                (Locales/languages.tsv, else the built-in one)
                """),
        .format("text|json", help: "the summary's format (default text)"),
        .root,
    ]
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.outputFormat()
        let result = try SyncWorkflow.run(
            try options.project(), .init(languages: options.all("--lang"), allLanguages: options.has("--all-languages")),
            log: console.log(quiet: format == .json))
        return try console.emit(result, format: format)
    }
}
