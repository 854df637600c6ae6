import Foundation
import TranslateKit

/// `translate build`: writes the localized bundles, manifest, language picker and pages to Output/.
enum BuildCommand: Command {
    static let name = "build"
    static let summary = "build Output/: one ICU bundle per language with fallbacks, manifest, picker, pages"
    static let description = """
        Writes Output/<tag>.json for the source language, every target language and the pseudo-locales
        en-XA and ar-XB (test only): a flat key → ICU MessageFormat object that FormatJS/react-intl and
        i18next (ICU plugin) load as-is. Untranslated, fuzzy, stale and check-error entries fall back along
        the language's chain (pt-BR → pt → en), ending in the English of Locales/messages.pot, so no key is
        ever missing. Output/<tag>.meta.json says which keys fell back and why; Output/manifest.json lists
        every language (names, script, direction, plural categories, completeness, SHA-256 of its file);
        Output/languages.json is the language picker; Output/pages/<tag>/… are the localized content pages.

        The build runs translate check first and refuses to build when it finds errors, unless --force
        (then entries with errors fall back). Everything is written to a sibling folder and swapped in at
        once: a failed or interrupted build leaves Output/ as it was. Output/report/ is kept. Languages
        whose inputs did not change are copied from the previous build (Output/.build-state.json).
        """
    static let epilogue = """
        Exit status: 0 built (or, with --verify, Output/ is up to date), 1 check errors or Output/ differs,
        2 usage or input error.

        Examples:
          translate build
          translate build --force
          translate build --verify     # in CI
        """
    static let options: [OptionSpec] = [
        .flag("--force", help: "build despite check errors (entries with errors fall back)"),
        .flag("--verify", help: "build and compare with Output/ file by file, writing nothing; exit 1 listing the files that differ"),
        .flag("--no-pages", help: "do not render localized pages"),
        .format("text|json", help: "text (default) or json summary"),
        .root,
    ]
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let format = try options.outputFormat()
        // Test-only hook: pause after N files so a test can kill the build mid-write.
        let pauseAfter = ProcessInfo.processInfo.environment["TRANSLATE_BUILD_PAUSE_AFTER_FILES"].flatMap(Int.init)
        let result = try BuildWorkflow.run(
            try options.project(),
            .init(
                force: options.has("--force"), verify: options.has("--verify"),
                renderPages: !options.has("--no-pages"),
                generatorVersion: CommandLineTool.version,
                pauseAfterFiles: pauseAfter), log: console.log())
        return try console.emit(result, format: format)
    }
}
