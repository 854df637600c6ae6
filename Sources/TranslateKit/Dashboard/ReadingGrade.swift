/// The English source's reading grade (Flesch–Kincaid) per content page, and the critical messages above the
/// project's target: what the writer of each page should look at first. Measured as `readability` measures.
public struct ReadingGrade: Sendable {
    /// One content file: the grade over all its units.
    public struct Page: Sendable {
        public var file: String
        public var measure: ReadingMeasure
    }

    /// A critical message above the target, with the page and line it comes from.
    public struct Message: Sendable {
        public var key: String
        public var source: String
        public var grade: Double
        public var reference: String
    }

    public var target: Double
    public var pages: [Page]
    public var aboveTarget: [Message]

    public init(target: Double = CheckSettings().targetReadingGrade, pages: [Page] = [], aboveTarget: [Message] = []) {
        self.target = target
        self.pages = pages
        self.aboveTarget = aboveTarget
    }

    /// Measures every unit of the template once; pages in file order, messages hardest first.
    public static func measure(_ template: Catalog, target: Double) -> ReadingGrade {
        var byFile: [String: ReadingMeasure] = [:]
        var above: [Message] = []
        for entry in template.entries where !entry.isObsolete && !entry.isHeader {
            let measure = ReadingMeasure(message: entry.source)
            for file in ContentReference.files(entry.references) { byFile[file, default: ReadingMeasure()].add(measure) }
            if entry.hasFlag("critical"), measure.words >= ReadabilityCheck.minimumWordsForGrade, let grade = measure.grade,
                ReadabilityCheck.rounded(grade) > target
            {
                above.append(Message(key: entry.effectiveKey, source: entry.source, grade: grade, reference: entry.references.first ?? ""))
            }
        }
        let pages = byFile.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { Page(file: $0, measure: byFile[$0]!) }
        return ReadingGrade(target: target, pages: pages, aboveTarget: above.sorted { $0.grade > $1.grade })
    }

    /// The report's section: a table of pages, then the critical messages above target.
    var html: String {
        var html: [String] = []
        html.append("<section aria-labelledby=\"reading\"><h2 id=\"reading\">Reading grade of the English</h2>")
        html.append(
            "<p>Flesch–Kincaid grade of each page's English (the school year a reader needs); the project's target for critical messages is grade \(ReadabilityCheck.format(target)). Plainer English is translated better, and read better by families reading in a second language.</p>"
        )
        if pages.isEmpty {
            html.append("<p>No English template to measure yet.</p>")
        } else {
            html.append(
                "<table><caption>Reading grade per page</caption><thead><tr><th scope=\"col\">Page</th><th scope=\"col\" class=\"num\">Grade</th><th scope=\"col\" class=\"num\">Words</th><th scope=\"col\" class=\"num\">Words per sentence</th></tr></thead><tbody>"
            )
            for page in pages {
                let grade = page.measure.grade.map { ReadabilityCheck.format($0) } ?? "–"
                let perSentence =
                    page.measure.sentences.isEmpty ? "–" : ReadabilityCheck.format(Double(page.measure.words) / Double(page.measure.sentences.count))
                html.append(
                    "<tr><th scope=\"row\">\(HTML.escape(page.file))</th><td class=\"num\">\(grade)</td><td class=\"num\">\(page.measure.words)</td><td class=\"num\">\(perSentence)</td></tr>"
                )
            }
            html.append("</tbody></table>")
        }
        if aboveTarget.isEmpty {
            html.append("<p>No critical message is above grade \(ReadabilityCheck.format(target)).</p>")
        } else {
            html.append(
                "<table><caption>Critical messages above the target grade</caption><thead><tr><th scope=\"col\">Message</th><th scope=\"col\" class=\"num\">Grade</th><th scope=\"col\">Where</th></tr></thead><tbody>"
            )
            for message in aboveTarget {
                html.append(
                    "<tr><td lang=\"en\">\(HTML.escape(message.source))</td><td class=\"num\">\(ReadabilityCheck.format(message.grade))</td><td><span class=\"tag\">\(HTML.escape(message.reference))</span></td></tr>"
                )
            }
            html.append("</tbody></table>")
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }
}
