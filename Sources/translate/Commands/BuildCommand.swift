import Foundation
import TranslateKit

/// `translate build`: writes the localized bundles, manifest, language picker and pages to Output/.
enum BuildCommand: Command {
    static let name = "build"
    static let summary = "build Output/: one ICU bundle per language with fallbacks, manifest, picker, pages"
    static let help = """
    Usage: translate build [--force] [--verify] [--no-pages] [--format text|json] [--root DIR]

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

    Options:
      --force           build despite check errors (entries with errors fall back)
      --verify          build and compare with Output/ file by file, writing nothing; exit 1 listing the files that differ
      --no-pages        do not render localized pages
      --format FORMAT   text (default) or json summary
      --root DIR        the project folder (default: the current folder)

    Exit status: 0 built (or, with --verify, Output/ is up to date), 1 check errors or Output/ differs,
    2 usage or input error.

    Examples:
      translate build
      translate build --force
      translate build --verify     # in CI
    """
    static let valueOptions: Set<String> = []
    static let flagOptions: Set<String> = ["--force", "--verify", "--no-pages"]
    static let writesProject = true

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        if !options.positional.isEmpty {
            throw UsageError(message: "unexpected argument '\(options.positional[0])'")
        }
        let format = try options.format(["text", "json"])
        let project = try Project.open(root: options.root)
        let settings = CheckSettings(config: project.config, registry: project.registry)
        // One read of each catalog: the bundles are made from the bytes this check saw.
        let snapshot = CatalogSnapshot()
        let report = try ProjectChecker.check(root: project.paths.root, settings: settings, registry: project.registry, snapshot: snapshot)
        let errors = report.diagnostics.filter { $0.severity == .error }
        if !report.unreadable.isEmpty {
            // Not even --force builds from a file that cannot be read.
            for diagnostic in errors where report.unreadable.contains(diagnostic.path) {
                console.err(console.paint(diagnostic.formatted, .red, stderr: true))
                for note in diagnostic.notes { console.err("note: \(note)") }
            }
            return ExitStatus.failure
        }
        if !errors.isEmpty && !options.has("--force") {
            for diagnostic in errors {
                console.err(console.paint(diagnostic.formatted, .red, stderr: true))
                for note in diagnostic.notes { console.err("note: \(note)") }
            }
            console.err("note: \(errors.count) error(s) found by 'translate check'; fix them, or run 'translate build --force' "
                        + "to build anyway (entries with errors then fall back along their language's chain)")
            return ExitStatus.findings
        }
        var builder = BundleBuilder(project: project, generatorVersion: CommandLineTool.version,
                                    excludedKeys: BundleBuilder.excludedKeys(from: report), snapshot: snapshot)
        builder.renderPages = !options.has("--no-pages")
        let output = try project.paths.permitted(project.paths.output)
        let verify = options.has("--verify")
        console.progress("build: \(builder.bundleLanguages.count) languages")
        if verify {
            let comparison = BuildOutput.Comparison(against: output)
            _ = try builder.build(previous: nil, into: comparison)
            let differences = comparison.differences
            if format == "json" {
                let items = differences.map { "{\"kind\":\"\($0.kind.rawValue)\",\"path\":\(quote($0.path))}" }
                console.out("{\"differences\":[" + items.joined(separator: ",") + "],\"upToDate\":\(differences.isEmpty)}")
            } else if differences.isEmpty {
                console.out("Output/ is up to date (\(comparison.count) files)")
            } else {
                for difference in differences { console.out("\(difference.kind.rawValue): Output/\(difference.path)") }
                console.err("note: Output/ differs from a fresh build in \(differences.count) file(s); run 'translate build' and commit the result")
            }
            return differences.isEmpty ? ExitStatus.success : ExitStatus.findings
        }

        // Test-only hook: pause after N files so a test can kill the build mid-write.
        let pauseAfter = ProcessInfo.processInfo.environment["TRANSLATE_BUILD_PAUSE_AFTER_FILES"].flatMap(Int.init)
        // Files go straight into a temporary sibling of Output/, swapped in once every language is built.
        let result = try BuildOutput.install(at: output, afterFile: { written in
            if written == pauseAfter {
                console.err("build: paused after \(written) files")
                sleep(60)
            }
        }) { sink in try builder.build(previous: output, into: sink) }
        let fallbacks = result.manifest.languages.reduce(0) { $0 + $1.fallbacks }
        for warning in result.warnings {
            console.err(console.paint(warning.formatted, .yellow, stderr: true))
            for note in warning.notes { console.err("note: \(note)") }
        }
        if format == "json" {
            console.out("{\"excludedForErrors\":\(result.excludedForErrors),\"fallbacks\":\(fallbacks),\"files\":\(result.fileCount),"
                        + "\"languages\":\(result.manifest.languages.count),\"reused\":\(result.reused.count)}")
        } else {
            console.out("Built \(result.manifest.languages.count) languages (\(result.reused.count) unchanged) into Output/: "
                        + "\(result.fileCount) files, \(fallbacks) fallback messages"
                        + (result.excludedForErrors > 0 ? ", \(result.excludedForErrors) entries excluded for check errors" : ""))
        }
        return ExitStatus.success
    }

    private static func quote(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }
}
