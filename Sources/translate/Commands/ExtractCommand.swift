import Foundation
import TranslateKit

/// `translate extract`: content sources → Locales/messages.pot (then `sync` unless --no-sync).
enum ExtractCommand: Command {
    static let name = "extract"
    static let summary = "extract translatable text from the content into Locales/messages.pot"
    static let help = """
    Usage: translate extract [--no-sync] [--lang TAG,…] [--all-languages] [--dump-tokens FILE] [--format text|json] [--root DIR]

    Reads the content sources (translate.json "sources", default Content/): HTML pages, Markdown
    posts, plain-text notices and JSON message catalogs, and writes every translatable message to
    Locales/messages.pot, sorted by key, with no timestamps: unchanged content gives the same bytes.
    Inline markup becomes numbered tags (<x1>…</x1>, <x2></x2>) and URLs, e-mail addresses and phone
    numbers become arguments ({url1}, {email1}, {phone1}) that translators move but never type.
    Then runs 'translate sync' to bring every Locales/<tag>.po up to date, unless --no-sync.

    A file that cannot be read or parsed is reported with its path; the others are still
    extracted and the POT is written, and the exit status is 1.

    Options:
      --no-sync           write the POT only
      --lang TAG,…        also create Locales/<TAG>.po for these languages when syncing
      --all-languages     also create a catalog for every registry language when syncing
      --dump-tokens FILE  print the HTML token stream of FILE as JSON and stop (a debugging aid)
      --format text|json  the summary's format (default text)

    Example:
      translate extract --lang es-US,ar
    """
    static let valueOptions: Set<String> = ["--dump-tokens", "--lang"]
    static let flagOptions: Set<String> = ["--no-sync", "--all-languages"]
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.format(["text", "json"])
        let root = options.root
        if let dump = options.value("--dump-tokens") {
            let url = URL(fileURLWithPath: dump, relativeTo: root).standardizedFileURL
            let text = try TextFile.read(url, displayPath: dump)
            var json = HTMLTokenizer.dumpJSON(text)
            if json.hasSuffix("\n") { json.removeLast() }
            console.out(json)
            return ExitStatus.success
        }
        let sources = try ContentSources.load(root: root)
        let (files, refused) = ContentExtractor.scan(root: root, sources: sources)
        if files.isEmpty && refused.isEmpty {
            throw TranslateError(path: sources.joined(separator: ", "), "no content files found",
                                 hint: "put .html, .md, .txt or .json files under Content/, or list sources in translate.json")
        }
        var result = ContentExtractor.extract(files: files)
        result.diagnostics = refused + result.diagnostics
        let catalog = ContentExtractor.template(result.units)
        let potURL = try ProjectPaths(root: root).permitted(ProjectPaths(root: root).template)
        let changed = try AtomicFile.writeIfChanged(Data(POWriter.write(catalog).utf8), to: potURL)
        for diagnostic in result.diagnostics {
            console.err(console.paint(diagnostic.formatted, diagnostic.severity == .error ? .red : .yellow, stderr: true))
            for note in diagnostic.notes { console.err("note: \(note)") }
        }
        // Counted per message in messages.pot (a message on every page counts once), as status and analyze count.
        let words = catalog.entries.reduce(0) { $0 + ($1.isHeader ? 0 : WordCount.of($1.source)) }
        if format == "json" {
            let summary: [String: Any] = [
                "files": files.count, "messages": result.units.count, "words": words, "changed": changed,
                "output": "Locales/messages.pot",
                "diagnostics": result.diagnostics.map { ["severity": $0.severity.rawValue, "path": $0.path, "message": $0.message] },
            ]
            let data = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys, .withoutEscapingSlashes])
            console.out(String(decoding: data, as: UTF8.self))
        } else {
            console.progress("extracted \(result.units.count) messages (\(words) words) from \(files.count) files → Locales/messages.pot\(changed ? "" : " (unchanged)")")
        }
        var status = result.diagnostics.contains { $0.severity == .error } ? ExitStatus.findings : ExitStatus.success
        if !options.has("--no-sync") {
            let syncStatus = try SyncCommand.sync(root: root, languages: options.all("--lang"), allLanguages: options.has("--all-languages"), console: console, quiet: format == "json")
            status = max(status, syncStatus)
        }
        return status
    }
}
