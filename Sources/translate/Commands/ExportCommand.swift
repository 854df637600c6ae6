import Foundation
import TranslateKit

/// `translate export`: one language's messages as XLIFF, JSON or CSV for vendors and volunteers.
enum ExportCommand: Command {
    static let name = "export"
    static let summary = "write one language's messages as XLIFF 2.1, XLIFF 1.2, JSON or CSV for vendors and volunteers"
    static let description = """
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
        """
    static let epilogue = """
        Examples:
          translate export --lang ar --format xliff --output ar.xlf
          translate export --lang es-US --format csv --bom --output volunteers-es.csv
        """
    static let options: [OptionSpec] = [
        .value("--lang", placeholder: "TAG", help: "the language to export (required)", required: true),
        OptionSpec(
            names: ["--format"], placeholder: "xliff|xliff12|json|csv", help: "xliff (default), xliff12, json or csv",
            isGlobal: true, isRequired: true),
        .value("--output", placeholder: "FILE", help: "write here (default: standard output)"),
        .flag("--bom", help: "start the file with a UTF-8 byte order mark (Excel needs it for CSV)"),
        .root,
    ]

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = ExchangeFormat(rawValue: try options.format(ExchangeFormat.allCases.map(\.rawValue), default: "xliff"))!
        guard let tag = options.value("--lang") else { throw UsageError(message: "--lang TAG is required") }
        let result = try ExportWorkflow.run(
            try options.project(), .init(language: tag, format: format, byteOrderMark: options.has("--bom")),
            log: console.log())
        let exported = result.summary
        try console.write(exported.data, to: options.value("--output")) {
            "exported \(exported.messages) messages of \(exported.catalog) as \(exported.format) to \($0)"
        }
        return ExitStatus.of(result.outcome)
    }
}
