import Foundation
import TranslateICU
import TranslateKit

/// One timed stage: reads the district under a root and does the work once.
struct Stage {
    var name: String
    var run: (URL) throws -> Sample
}

enum Stages {
    static let all: [Stage] = [extract, sync, merge, check] + memoryStages + buildStages
    /// Stages whose work is one unit per catalog language, for growth ratios between sizes with different language
    /// counts.
    static let perLanguage: Set<String> = ["sync", "check", "build"]
    /// Stages whose work is one unit per memory (5 at district size, 1 beyond).
    static let perMemory: Set<String> = ["tm-load", "lookup", "pretranslate", "analyze"]

    static let peerNotes = """
        ### What the peers do and do not do

        - **msgmerge** (GNU gettext) against `sync`: merges each `<tag>.po` with `messages.pot`, output to /dev/null. Two
          rows: `--no-fuzzy-matching` (exact matching, like sync, which matches by key) over every catalog, and the default
          (fuzzy matching of new messages against old ones, which sync does not do) over the first 10 catalogs, one run,
          district size only (it grows with new × all messages). It knows nothing of ICU MessageFormat.
        - **msgfmt --check** against `check`: PO syntax, header, and C-format directives — none of which apply to ICU
          messages; it does not parse ICU syntax, plural categories, markup tags, arguments or punctuation. It also compiles
          the .mo file (to /dev/null). Much less work than `check`.
        - **pofilter** (Translate Toolkit) against `check`: ~47 heuristic text tests (accelerators, variables, XML tags,
          punctuation, numbers, …) on msgstr; no ICU parsing or CLDR plural categories. Run over the first 10 catalogs
          (it takes ~1.3 s per district catalog); the ratio scales our time to the same share.
        - **html2po** (Translate Toolkit) against `extract`: HTML pages to one PO (with `--duplicates=merge`); it does not
          read Markdown, so it sees only the HTML pages (4 in 5), and it segments by block, not by sentence.
        - **rapidfuzz** `process.extractOne` (`fuzz.ratio`, `score_cutoff=75`) against `lookup`: the best match of each
          template message among a memory's English sources, per memory. Pure string similarity in C++; no index by
          key/context (101%), no tag or placeholder normalization, no TMX parsing (sources are read from the TMX by a regex
          beforehand, outside the timing).

        """

    static var icuVersion: String { "ICU \(ICU.version), CLDR \(ICU.cldrVersion)" }

    static func size(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? NSNumber)?.intValue ?? 0
    }

    static func languages(_ root: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Locales").path)) ?? []
        return names.filter { $0.hasSuffix(".po") }.map { String($0.dropLast(3)) }.sorted()
    }

    static let extract = Stage(name: "extract") { root in
        let files = ContentExtractor.files(root: root, sources: ["Content"])
        let result = ContentExtractor.extract(files: files)
        let text = POWriter.write(ContentExtractor.template(result.units))
        let bytes = files.reduce(0) { $0 + size($1.url) }
        return Sample(
            wall: 0, user: 0, system: 0, maxRSS: 0, messages: result.units.count, pages: files.count, bytes: bytes,
            note: "\(result.units.count) unique messages, POT \(text.utf8.count / 1000) kB, \(result.diagnostics.count) diagnostics")
    }

    static let sync = Stage(name: "sync") { root in
        let locales = root.appendingPathComponent("Locales")
        let template = try POReader.read(locales.appendingPathComponent("messages.pot"), displayPath: "Locales/messages.pot").catalog
        var messages = 0
        var bytes = size(locales.appendingPathComponent("messages.pot"))
        var added = 0
        var changed = 0
        var obsoleted = 0
        var written = 0
        for tag in languages(root) {
            let url = locales.appendingPathComponent("\(tag).po")
            bytes += size(url)
            let catalog = try POReader.read(url, displayPath: "Locales/\(tag).po").catalog
            let merged = CatalogMerger.merge(template: template, into: catalog)
            written += POWriter.write(merged.catalog).utf8.count
            messages += template.entries.count
            added += merged.added
            changed += merged.changed
            obsoleted += merged.obsoleted
        }
        return Sample(
            wall: 0, user: 0, system: 0, maxRSS: 0, messages: messages, pages: 0, bytes: bytes,
            note: "\(added) added, \(changed) changed, \(obsoleted) obsoleted; \(written / 1_000_000) MB written",
            languages: languages(root).count)
    }

    static let check = Stage(name: "check") { root in
        let report = try ProjectChecker.check(root: root, registry: LanguageRegistry.forProject(root: root))
        let locales = root.appendingPathComponent("Locales")
        let tags = languages(root)
        let bytes = tags.reduce(size(locales.appendingPathComponent("messages.pot"))) { $0 + size(locales.appendingPathComponent("\($1).po")) }
        // Template entries × languages: what was checked, translated or not.
        let template = try POReader.read(locales.appendingPathComponent("messages.pot"), displayPath: "messages.pot").catalog
        var byCheck: [String: Int] = [:]
        for diagnostic in report.diagnostics where diagnostic.severity == .error { byCheck[diagnostic.check ?? "?", default: 0] += 1 }
        let top = byCheck.sorted { $0.value > $1.value }.prefix(3).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return Sample(
            wall: 0, user: 0, system: 0, maxRSS: 0, messages: template.entries.count * tags.count, pages: 0, bytes: bytes,
            note: "\(report.errorCount) errors\(top.isEmpty ? "" : " (\(top))"), \(report.warningCount) warnings",
            languages: tags.count)
    }
}
