import Foundation
import TranslateKit

/// `translate export`: one language's messages as XLIFF, JSON or CSV for vendors and volunteers.
enum ExportCommand: Command {
    static let name = "export"
    static let summary = "write one language's messages as XLIFF 2.1, XLIFF 1.2, JSON or CSV for vendors and volunteers"
    static let help = """
    Usage: translate export --lang TAG --format xliff|xliff12|json|csv [--output FILE] [--bom] [--root DIR]

    Reads Locales/<TAG>.po and writes its current messages (obsolete ones and gettext plural
    entries left out) in a format translators' tools take:
      xliff    XLIFF 2.1 for CAT tools and vendors: key as unit name, notes, state initial (to do or
               needs review) or translated; tags <x1>…</x1> as <pc> (<g> in 1.2), simple arguments
               {name} as <ph disp="{name}"/>; plural and select messages as ICU text
      xliff12  XLIFF 1.2 for older CAT tools (<g>/<x> inline codes)
      json     a flat object key → translated message (translated messages only, keys sorted)
      csv      a sheet for volunteers: key, source, translation, state, note (UTF-8, CR LF);
               a cell starting with = + - @ tab or CR (after any apostrophes) gets one more apostrophe
               in front so spreadsheets do not run it; import removes exactly that one
    Bring the work back with 'translate import'. The same catalog always gives the same file.

    Options:
      --lang TAG          the language to export (required)
      --format FORMAT     xliff (default), xliff12, json or csv
      --output FILE       write here (default: standard output)
      --bom               start the file with a UTF-8 byte order mark (Excel needs it for CSV)
      --root DIR          the project folder (default: the current folder)

    Examples:
      translate export --lang ar --format xliff --output ar.xlf
      translate export --lang es-US --format csv --bom --output volunteers-es.csv
    """
    static let valueOptions: Set<String> = ["--lang", "--output"]
    static let flagOptions: Set<String> = ["--bom"]

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = ExchangeFormat(rawValue: try options.format(ExchangeFormat.allCases.map(\.rawValue), default: "xliff"))!
        if !options.positional.isEmpty { throw UsageError(message: "unexpected argument '\(options.positional[0])'") }
        guard let tag = options.value("--lang") else { throw UsageError(message: "--lang TAG is required") }
        let project = try Project.open(root: options.root)
        let path = "Locales/\(tag).po"
        let parsed = try POReader.read(try project.paths.catalog(for: tag), displayPath: path)
        for diagnostic in parsed.diagnostics where diagnostic.severity == .error { console.err(diagnostic.formatted) }
        let document = ExchangeDocument(catalog: parsed.catalog, language: tag, sourceLanguage: project.config.sourceLanguage)
        let plural = parsed.catalog.entries.filter { !$0.isObsolete && $0.sourcePlural != nil }.count
        if plural > 0 { console.err("note: \(plural) gettext plural entries (msgid_plural) are not exported; translate them in the PO file") }
        let data = try document.encoded(as: format, byteOrderMark: options.has("--bom"))
        if let output = options.value("--output") {
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
            console.progress("exported \(document.units.count) messages of \(path) as \(format.rawValue) to \(output)")
        } else {
            FileHandle.standardOutput.write(data)
        }
        return ExitStatus.success
    }
}
