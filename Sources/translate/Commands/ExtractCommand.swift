import Foundation
import TranslateKit

/// `translate extract`: content sources → Locales/messages.pot (then `sync` unless --no-sync).
enum ExtractCommand: Command {
    static let name = "extract"
    static let summary = "extract translatable text from the content into Locales/messages.pot"
    static let description = """
        Reads the content sources (translate.json "sources", default Content/): HTML pages, Markdown
        posts, plain-text notices and JSON message catalogs, and writes every translatable message to
        Locales/messages.pot, sorted by key, with no timestamps: unchanged content gives the same bytes.
        Inline markup becomes numbered tags (<x1>…</x1>, <x2></x2>) and URLs, e-mail addresses and phone
        numbers become arguments ({url1}, {email1}, {phone1}) that translators move but never type.
        Then runs 'translate sync' to bring every Locales/<tag>.po up to date, unless --no-sync.

        A file that cannot be read or parsed is reported with its path; the others are still
        extracted and the POT is written, and the exit status is 1.
        """
    static let epilogue = """
        Example:
          translate extract --lang es-US,ar
        """
    static let options: [OptionSpec] = [
        .flag("--no-sync", help: "write the POT only"),
        .value("--lang", placeholder: "TAG,…", help: "also create Locales/<TAG>.po for these languages when syncing"),
        .flag("--all-languages", help: "also create a catalog for every registry language when syncing"),
        .value("--dump-tokens", placeholder: "FILE", help: "print the HTML token stream of FILE as JSON and stop (a debugging aid)"),
        .format("text|json", help: "the summary's format (default text)"),
        .root,
    ]
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.outputFormat()
        if let file = options.value("--dump-tokens") {
            console.emit(try ExtractWorkflow.tokenDump(of: file, root: options.root))
            return ExitStatus.success
        }
        let sync = SyncWorkflow.Options(languages: options.all("--lang"), allLanguages: options.has("--all-languages"))
        let result = try ExtractWorkflow.run(
            try options.project(), .init(sync: !options.has("--no-sync"), syncOptions: sync),
            log: console.log(quiet: format == .json))
        return try console.emit(result, format: format)
    }
}
