/// Renders the report's static pages: inline CSS only, no scripts, fonts or network, printable.
public enum ReportPage {
    /// Okabe–Ito colours (distinguishable with every common colour-vision deficiency), each
    /// state also has its own pattern and the table carries the numbers, so colour is never needed.
    static let style = """
        :root { --translated: #0072B2; --fuzzy: #E69F00; --untranslated: #FFFFFF; --ink: #1A1A1A; --muted: #4D4D4D; --rule: #8C8C8C; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #FFFFFF; margin: 1.5rem; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        p.meta, .note { color: var(--muted); }
        a { color: #004F7C; }
        a:focus { outline: 3px solid #E69F00; outline-offset: 1px; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border-bottom: 1px solid #D0D0D0; padding: .25rem .4rem; vertical-align: middle; text-align: left; }
        thead th { border-bottom: 2px solid var(--ink); background: #F2F2F2; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        .tag { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; color: var(--muted); }
        .english { color: var(--muted); font-size: .85em; font-weight: normal; }
        table.coverage th[scope=row] { min-width: 13rem; }
        table.coverage th[scope=row] .english, table.coverage th[scope=row] .tag { display: block; }
        .endonym { font-size: 1.05em; }
        .bar { display: flex; width: 100%; min-width: 7rem; height: 1.1rem; border: 1px solid var(--ink); background: var(--untranslated); }
        .bar span { display: block; height: 100%; }
        .swatch { display: inline-block; width: 1.6rem; height: .9rem; border: 1px solid var(--ink); vertical-align: middle; margin-right: .3rem; }
        .translated { background: var(--translated); }
        .fuzzy { background: repeating-linear-gradient(45deg, var(--fuzzy) 0 4px, #FFFFFF 4px 6px); }
        .untranslated { background: repeating-linear-gradient(90deg, #FFFFFF 0 5px, #BDBDBD 5px 6px); }
        .bar span.untranslated { background: transparent; }
        .legend { margin: .5rem 0; }
        .legend span.item { margin-right: 1.2rem; white-space: nowrap; }
        .badge { display: inline-block; padding: 0 .35rem; border-radius: .25rem; border: 1px solid; font-size: .85em; white-space: nowrap; }
        .badge.error { background: #FBE3D6; border-color: #D55E00; color: #6B2A00; }
        .badge.warning { background: #FFF3D1; border-color: #B07A00; color: #4D3500; }
        .badge.clean { background: #E3F1EA; border-color: #009E73; color: #00432F; }
        .badge.none { background: #EEEEEE; border-color: #767676; color: #333333; }
        .summary { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
        .summary div { border: 1px solid var(--rule); padding: .5rem .8rem; min-width: 12rem; }
        .summary strong { display: block; font-size: 1.5rem; }
        ul.langs { margin: .2rem 0; padding-left: 1.2rem; }
        .location, td.trend { white-space: nowrap; }
        table.coverage { font-size: .85rem; }
        code.excerpt { display: inline-block; margin-top: .2rem; padding: .1rem .3rem; background: #F2F2F2; border-left: 3px solid var(--rule); white-space: pre-wrap; }
        code.key { font-weight: normal; color: var(--muted); }
        table.critical th[scope=row] { width: 40%; }
        code, .location { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        @media print {
          body { margin: 0; font-size: 10pt; }
          a { color: var(--ink); text-decoration: none; }
          h2 { break-after: avoid; }
          tr { break-inside: avoid; }
          .bar, .swatch, .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """

    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en" dir="ltr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(HTML.escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static func name(_ language: Language) -> String {
        HTML.foreign(language.endonym, tag: language.tag, rightToLeft: language.isRightToLeft)
    }

    /// Endonym, then the English name and tag (shown on lines of their own in the coverage table).
    static func fullName(_ language: Language) -> String {
        "<span class=\"endonym\">\(name(language))</span> <span class=\"english\">\(HTML.escape(language.englishName))</span> <span class=\"tag\">\(HTML.escape(language.tag))</span>"
    }

    static func plural(_ count: Int, _ one: String, _ other: String) -> String {
        "\(ReportNumbers.count(count)) \(count == 1 ? one : other)"
    }

    static func findingsBadge(_ counts: CheckReport.Counts, translatedWords: Int = 1) -> String {
        // A language with nothing translated has nothing to find: a green badge there would look healthy.
        if translatedWords == 0 && counts.errors == 0 && counts.warnings == 0 { return "<span class=\"badge none\">nothing translated yet</span>" }
        if counts.errors == 0 && counts.warnings == 0 { return "<span class=\"badge clean\">no findings</span>" }
        var parts: [String] = []
        if counts.errors > 0 { parts.append("<span class=\"badge error\">✖ \(plural(counts.errors, "error", "errors"))</span>") }
        if counts.warnings > 0 { parts.append("<span class=\"badge warning\">⚠ \(plural(counts.warnings, "warning", "warnings"))</span>") }
        return parts.joined(separator: " ")
    }

    /// Change since the previous record, in words and arrows so it reads without colour.
    static func trend(_ row: ProjectReport.Row, current: String) -> String {
        guard let before = row.previousPercent, let old = Double(before), let now = Double(current) else {
            return "<span class=\"note\">new</span>"
        }
        let delta = now - old
        let change = ReportNumbers.percent(abs(delta))
        if change == "0.0" { return "<span class=\"note\">no change</span>" }
        return "\(delta > 0 ? "▲ up" : "▼ down") \(change) points<br><span class=\"note\">was \(HTML.escape(before))%</span>"
    }

    /// One sentence for the top of the page: how many families (or languages) can read every critical
    /// message, and how many languages have nothing translated.
    static func headline(_ report: ProjectReport) -> String {
        let untouched = report.rows.filter { $0.status.statistics.translated.words == 0 }.count
        let covered = report.rows.filter { $0.weight > 0 && $0.missingCritical.isEmpty }
        var sentence: String
        if report.critical.isEmpty {
            sentence = "No message is flagged critical, so no family is sure to read closures and safety notices in its language"
        } else if report.weighting == .families {
            let families = covered.reduce(0) { $0 + $1.weight }
            sentence =
                "\(ReportNumbers.count(families)) of \(ReportNumbers.count(report.totalWeight)) families (\(ReportNumbers.percent(report.fullyCoveredShare))%) can read every critical message in their language"
        } else {
            sentence = "\(covered.count) of \(report.rows.filter { $0.weight > 0 }.count) languages can show every critical message"
        }
        if untouched > 0 { sentence += "; \(untouched) of \(report.rows.count) languages have nothing translated yet" }
        return sentence + "."
    }

    /// Output/report/index.html.
    public static func index(_ report: ProjectReport) -> String {
        var html: [String] = []
        html.append("<header>")
        html.append("<h1>Translation report: which families can read what</h1>")
        html.append(
            "<p class=\"meta\">Report date \(HTML.escape(report.date)). \(report.rows.count) target languages. Made by <code>translate report</code> from Locales/; works offline and prints.</p>"
        )
        html.append(
            "<nav aria-label=\"Sections\"><p><a href=\"#coverage\">Coverage</a> · <a href=\"#critical\">Critical messages</a> · <a href=\"#findings\">Findings</a>"
                + (report.rows.contains { $0.memoryFile != nil } ? " · <a href=\"#memory\">Translation memory</a>" : "") + "</p></nav>")
        html.append("</header>")
        html.append("<main>")

        // At a glance.
        let complete = report.rows.filter { $0.status.statistics.percentComplete >= 100 }.count
        let errors = report.rows.reduce(0) { $0 + $1.counts.errors }
        let warnings = report.rows.reduce(0) { $0 + $1.counts.warnings }
        html.append("<section aria-labelledby=\"glance\"><h2 id=\"glance\">At a glance</h2>")
        html.append("<p class=\"headline\">\(HTML.escape(headline(report)))</p><div class=\"summary\">")
        html.append("<div><strong>\(ReportNumbers.percent(report.overallCriticalCoverage))%</strong>weighted coverage of critical messages</div>")
        html.append(
            "<div><strong>\(ReportNumbers.percent(report.fullyCoveredShare))%</strong>of \(report.weighting == .families ? "families" : "languages") can read every critical message</div>"
        )
        html.append("<div><strong>\(complete) of \(report.rows.count)</strong>languages fully translated</div>")
        html.append("<div><strong>\(ReportNumbers.count(errors)) / \(ReportNumbers.count(warnings))</strong>errors / warnings from check</div>")
        html.append("</div></section>")

        // Coverage chart.
        html.append("<section aria-labelledby=\"coverage\"><h2 id=\"coverage\">Coverage by language</h2>")
        let hasFamilies = report.rows.contains { $0.language.families != nil }
        html.append(
            "<p>Source words by state for every language in the registry, \(hasFamilies ? "sorted by families served (largest first; languages without a count after, by tier)" : "sorted by tier: core first, then on-request, then interpretation, then shared fallback catalogs (the registry has no family counts)"). Percent complete counts translated words only; fuzzy translations need review and are not shown to families.</p>"
        )
        html.append(
            "<p class=\"legend\" aria-hidden=\"true\"><span class=\"item\"><span class=\"swatch translated\"></span>translated (solid blue)</span><span class=\"item\"><span class=\"swatch fuzzy\"></span>fuzzy, needs review (orange stripes)</span><span class=\"item\"><span class=\"swatch untranslated\"></span>untranslated (white with grey lines)</span></p>"
        )
        html.append("<table class=\"coverage\">")
        html.append("<caption>Translated, fuzzy and untranslated source words per language</caption>")
        html.append(
            "<thead><tr><th scope=\"col\">Language</th>\(hasFamilies ? "<th scope=\"col\" class=\"num\">Families</th>" : "")<th scope=\"col\">Tier</th><th scope=\"col\" class=\"num\">Translated words</th><th scope=\"col\" class=\"num\">Fuzzy words</th><th scope=\"col\" class=\"num\">Untranslated words</th><th scope=\"col\" class=\"num\">Complete</th><th scope=\"col\">Chart</th><th scope=\"col\">\(report.previous.map { "Trend since \(HTML.escape($0.date))" } ?? "Trend")</th><th scope=\"col\">Findings</th></tr></thead>"
        )
        html.append("<tbody>")
        for row in report.rows {
            let s = row.status.statistics
            let total = s.total.words
            let percent = report.current.percent[row.language.tag] ?? ReportNumbers.percent(s.percentComplete)
            let bar =
                "<div class=\"bar\" aria-hidden=\"true\"><span class=\"translated\" style=\"width:\(ReportNumbers.width(s.translated.words, of: total))\"></span><span class=\"fuzzy\" style=\"width:\(ReportNumbers.width(s.fuzzy.words, of: total))\"></span><span class=\"untranslated\" style=\"width:\(ReportNumbers.width(s.untranslated.words, of: total))\"></span></div>"
            let trendCell = report.previous == nil ? "<span class=\"note\">—</span>" : trend(row, current: percent)
            let families =
                hasFamilies ? "<td class=\"num\">" + (row.language.families.map(ReportNumbers.count) ?? "<span class=\"note\">unknown</span>") + "</td>" : ""
            html.append(
                "<tr data-tag=\"\(HTML.escape(row.language.tag))\"><th scope=\"row\">\(fullName(row.language))</th>"
                    + "\(families)<td>\(HTML.escape(row.language.tier.rawValue))</td>"
                    + "<td class=\"num\">\(ReportNumbers.count(s.translated.words))</td><td class=\"num\">\(ReportNumbers.count(s.fuzzy.words))</td><td class=\"num\">\(ReportNumbers.count(s.untranslated.words))</td>"
                    + "<td class=\"num\">\(percent)%</td><td>\(bar)</td><td class=\"trend\">\(trendCell)</td>"
                    + "<td><a href=\"\(HTML.escape(row.pageName))\">\(findingsBadge(row.counts, translatedWords: s.translated.words))<span class=\"visually-hidden\"> in \(HTML.escape(row.language.englishName))</span></a></td></tr>"
            )
        }
        html.append("</tbody></table>")
        if let previous = report.previous {
            html.append("<p class=\"note\">Trend compares with the report of \(HTML.escape(previous.date)) (Output/report/history.json).</p>")
        } else {
            html.append(
                "<p class=\"note\">No earlier report with different numbers yet: the trend column fills in once history.json has an earlier record.</p>")
        }
        html.append("</section>")

        // Critical messages.
        html.append("<section aria-labelledby=\"critical\"><h2 id=\"critical\">Critical messages: who can read them</h2>")
        let weightWords: String
        switch report.weighting {
        case .families:
            weightWords =
                "Each language is weighted by its number of families (the registry's <code>families</code> column; total \(ReportNumbers.count(report.totalWeight)))."
                + (report.uncounted.isEmpty
                    ? ""
                    : " \(report.uncounted.count) languages have no family count and weigh nothing: \(report.uncounted.map { HTML.escape($0) }.joined(separator: ", ")).")
        case .perLanguage:
            weightWords = "The registry has no family counts, so each language weighs 1 (\(report.totalWeight) languages)."
        }
        html.append(
            "<p>Messages flagged <code>critical</code> in Locales/messages.pot. A language counts for a message when its translation is there and not fuzzy. \(weightWords) Shared fallback catalogs (tier fallback) are not weighted: families read them only through a regional language.</p>"
        )
        if report.critical.isEmpty {
            html.append("<p>No message is flagged critical.</p>")
        } else {
            html.append(
                "<p><strong>Overall: \(ReportNumbers.percent(report.overallCriticalCoverage))%</strong> of weighted \(report.weighting == .families ? "families" : "languages") × critical messages can be read.</p>"
            )
            html.append("<table class=\"critical\"><caption>Weighted share that can read each critical message</caption>")
            html.append(
                "<thead><tr><th scope=\"col\">Message (English) and key</th><th scope=\"col\" class=\"num\">Can read</th><th scope=\"col\">Missing in</th></tr></thead><tbody>"
            )
            let weighted = report.rows.filter { $0.weight > 0 }.map(\.language)
            func list(_ languages: [Language]) -> String {
                languages.map { "\(name($0)) <span class=\"tag\">\(HTML.escape($0.tag))</span>" }.joined(separator: ", ")
            }
            for message in report.critical {
                let share = report.totalWeight > 0 ? 100 * Double(message.readableWeight) / Double(report.totalWeight) : 100
                let missingSet = Set(message.missing)
                let missing = weighted.filter { missingSet.contains($0.tag) }
                let readable = weighted.filter { !missingSet.contains($0.tag) }
                let place: String
                if missing.isEmpty {
                    place = "none"
                } else if readable.isEmpty {
                    place = "all \(plural(missing.count, "weighted language", "weighted languages"))"
                } else if missing.count <= readable.count {
                    place = "\(plural(missing.count, "language", "languages")): \(list(missing))"
                } else {
                    // The shorter list says the same: every weighted language but these.
                    place = "\(plural(missing.count, "language", "languages")): every weighted language except \(list(readable))"
                }
                html.append(
                    "<tr><th scope=\"row\">\(HTML.escape(message.source))<br><code class=\"key\">\(HTML.escape(message.key))</code></th><td class=\"num\">\(ReportNumbers.percent(share))%</td><td>\(place)</td></tr>"
                )
            }
            html.append("</tbody></table>")
        }
        html.append("</section>")

        html.append(report.readingGrade.html)

        // Findings.
        html.append("<section aria-labelledby=\"findings\"><h2 id=\"findings\">Findings from check</h2>")
        html.append(
            "<p>Errors are what would reach families wrong (a lost link, a broken placeholder); warnings are what might. Each language's page lists them with file:line:col and how to fix them.</p>"
        )
        let withFindings = report.rows.filter { $0.counts.errors + $0.counts.warnings > 0 }
        if withFindings.isEmpty {
            html.append("<p>No errors or warnings in any language.</p>")
        } else {
            html.append(
                "<table class=\"findings\"><caption>Languages with findings</caption><thead><tr><th scope=\"col\">Language</th><th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th><th scope=\"col\">Details</th></tr></thead><tbody>"
            )
            for row in withFindings.sorted(by: { ($0.counts.errors, $0.counts.warnings) > ($1.counts.errors, $1.counts.warnings) }) {
                html.append(
                    "<tr><th scope=\"row\">\(name(row.language)) <span class=\"english\">\(HTML.escape(row.language.englishName))</span></th><td class=\"num\">\(row.counts.errors)</td><td class=\"num\">\(row.counts.warnings)</td><td><a href=\"\(HTML.escape(row.pageName))\">findings for \(HTML.escape(row.language.englishName))</a> <span class=\"tag\">\(HTML.escape(row.pageName))</span></td></tr>"
                )
            }
            html.append("</tbody></table>")
        }
        if !report.sourceDiagnostics.isEmpty {
            html.append(
                "<p>The English template has \(plural(report.sourceDiagnostics.count, "finding", "findings")): <a href=\"\(HTML.escape(ReportWriter.pageName(for: report.sourceTag)))\">source findings</a>.</p>"
            )
        }
        html.append("</section>")

        // Memory (optional).
        let memories = report.rows.filter { $0.memoryFile != nil }
        if !memories.isEmpty {
            html.append("<section aria-labelledby=\"memory\"><h2 id=\"memory\">Translation memory (optional)</h2>")
            html.append(
                "<p>Languages with a memory in Locales/memory/, analysed as <code>translate analyze</code> does (the bands memoQ and Trados report): source words of every active message, translated or not, by the best match the memory offers. Reusable counts words in the 101%, repetition, 100% and 75–99% bands.</p>"
            )
            let bands = AnalysisBand.allCases
            html.append(
                "<table class=\"memory\"><caption>Translation memory leverage: source words per match band</caption><thead><tr><th scope=\"col\">Language</th>"
                    + bands.map { "<th scope=\"col\" class=\"num\">\(HTML.escape($0.rawValue))</th>" }.joined()
                    + "<th scope=\"col\" class=\"num\">Total words</th><th scope=\"col\" class=\"num\">Reusable</th></tr></thead><tbody>")
            for row in memories {
                guard let analysis = row.memoryAnalysis else { continue }
                let total = analysis.total.words
                let reusable = [AnalysisBand.inContext, .repetition, .exact, .high, .good, .fair].reduce(0) { $0 + (analysis.bands[$1]?.words ?? 0) }
                let share = total > 0 ? ReportNumbers.percent(100 * Double(reusable) / Double(total)) + "%" : "—"
                html.append(
                    "<tr data-memory=\"\(HTML.escape(row.language.tag))\"><th scope=\"row\">\(name(row.language)) <span class=\"english\">\(HTML.escape(row.language.englishName))</span> <span class=\"tag\">\(HTML.escape(row.memoryFile ?? ""))</span></th>"
                        + bands.map { "<td class=\"num\">\(ReportNumbers.count(analysis.bands[$0]?.words ?? 0))</td>" }.joined()
                        + "<td class=\"num\">\(ReportNumbers.count(total))</td><td class=\"num\">\(share)</td></tr>")
            }
            html.append("</tbody></table></section>")
        }
        html.append("</main>")
        return document(title: "Translation report \(report.date)", body: html.joined(separator: "\n"))
    }

    /// A findings table: location, severity, check, message and fix hint.
    static func findingsTable(_ diagnostics: [Diagnostic], excerpts: [String?], language: Language?, caption: String) -> String {
        if diagnostics.isEmpty { return "<p>No findings.</p>" }
        var html = [
            "<table class=\"diagnostics\"><caption>\(HTML.escape(caption))</caption><thead><tr><th scope=\"col\">Location</th><th scope=\"col\">Severity</th><th scope=\"col\">Check</th><th scope=\"col\">Message</th><th scope=\"col\">How to fix</th></tr></thead><tbody>"
        ]
        for (index, diagnostic) in diagnostics.enumerated() {
            var excerpt = ""
            if index < excerpts.count, let line = excerpts[index] {
                // The file's line holds the translation: marked with its language, kept left to right as the file is.
                let lang = language.map { " lang=\"\(HTML.escape($0.tag))\"" } ?? ""
                excerpt = "<br><code class=\"excerpt\" dir=\"ltr\"\(lang)>\(HTML.escape(Diagnostic.visible(line)))</code>"
            }
            var location = diagnostic.path
            if let position = diagnostic.position { location += ":\(position.line):\(position.column)" }
            let severity: String
            switch diagnostic.severity {
            case .error: severity = "<span class=\"badge error\">✖ error</span>"
            case .warning: severity = "<span class=\"badge warning\">⚠ warning</span>"
            case .info: severity = "<span class=\"badge clean\">ℹ info</span>"
            }
            let hints = diagnostic.notes.filter { !$0.isEmpty }.map { "<li>\(HTML.escape($0))</li>" }.joined()
            html.append(
                "<tr><td class=\"location\">\(HTML.escape(location))</td><td>\(severity)</td><td><code>\(HTML.escape(diagnostic.check ?? ""))</code></td>"
                    + "<td>\(HTML.escape(diagnostic.message))\(excerpt)\(diagnostic.key.map { "<br><span class=\"note\">key <code>\(HTML.escape($0))</code></span>" } ?? "")</td>"
                    + "<td>\(hints.isEmpty ? "" : "<ul class=\"langs\">\(hints)</ul>")</td></tr>")
        }
        html.append("</tbody></table>")
        return html.joined(separator: "\n")
    }

    /// Output/report/<tag>.html: one language's numbers and findings.
    public static func language(_ row: ProjectReport.Row, report: ProjectReport) -> String {
        let s = row.status.statistics
        var html: [String] = []
        html.append("<header><p><a href=\"index.html\">← Translation report</a></p>")
        html.append(
            "<h1>\(name(row.language)) <span class=\"english\">\(HTML.escape(row.language.englishName))</span> <span class=\"tag\">\(HTML.escape(row.language.tag))</span></h1>"
        )
        html.append(
            "<p class=\"meta\">Report date \(HTML.escape(report.date)). File: <code>\(HTML.escape(row.status.file ?? "none yet (every message untranslated)"))</code>.</p></header><main>"
        )
        html.append("<section aria-labelledby=\"numbers\"><h2 id=\"numbers\">Progress</h2>")
        html.append(
            "<table><caption>Messages and source words by state</caption><thead><tr><th scope=\"col\">State</th><th scope=\"col\" class=\"num\">Messages</th><th scope=\"col\" class=\"num\">Words</th></tr></thead><tbody>"
        )
        for (label, count) in [("Translated", s.translated), ("Fuzzy (needs review)", s.fuzzy), ("Untranslated", s.untranslated)] {
            html.append(
                "<tr><th scope=\"row\">\(label)</th><td class=\"num\">\(ReportNumbers.count(count.messages))</td><td class=\"num\">\(ReportNumbers.count(count.words))</td></tr>"
            )
        }
        html.append(
            "</tbody></table><p><strong>\(report.current.percent[row.language.tag] ?? ReportNumbers.percent(s.percentComplete))% complete</strong> (translated words).</p>"
        )
        if !row.missingCritical.isEmpty && row.weight > 0 {
            let sources = Dictionary(report.critical.map { ($0.key, $0.source) }, uniquingKeysWith: { a, _ in a })
            html.append(
                "<h3>Critical messages families cannot read yet (\(row.missingCritical.count))</h3><ul class=\"langs\">"
                    + row.missingCritical.map { "<li>\(HTML.escape(sources[$0] ?? $0)) <code class=\"key\">\(HTML.escape($0))</code></li>" }.joined() + "</ul>")
        }
        html.append("</section>")
        html.append("<section aria-labelledby=\"issues\"><h2 id=\"issues\">Findings: \(findingsBadge(row.counts))</h2>")
        html.append(
            findingsTable(
                row.diagnostics, excerpts: row.excerpts, language: row.language, caption: "Findings from translate check for \(row.language.englishName)"))
        html.append("</section></main>")
        return document(title: "\(row.language.englishName) (\(row.language.tag)): translation report", body: html.joined(separator: "\n"))
    }

    /// The page for findings in the English template, named for the source language.
    public static func source(_ report: ProjectReport) -> String {
        var html: [String] = []
        html.append("<header><p><a href=\"index.html\">← Translation report</a></p><h1>English source: Locales/messages.pot</h1>")
        html.append(
            "<p class=\"meta\">Report date \(HTML.escape(report.date)). Problems in the English are reported once here rather than in every language.</p></header><main>"
        )
        html.append("<section aria-labelledby=\"issues\"><h2 id=\"issues\">Findings</h2>")
        html.append(findingsTable(report.sourceDiagnostics, excerpts: report.sourceExcerpts, language: nil, caption: "Findings in the English template"))
        html.append("</section></main>")
        return document(title: "English source: translation report", body: html.joined(separator: "\n"))
    }
}
