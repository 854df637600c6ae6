import Foundation
import Testing
import TranslateICU
import TranslateTestSupport

@testable import TranslateKit

/// The project's sample content, read from the source tree.
enum SampleContent {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static var files: [(url: URL, path: String)] { ContentExtractor.files(root: root, sources: ["Content"]) }

    static func text(_ path: String) throws -> String {
        try TextFile.read(root.appendingPathComponent(path), displayPath: path)
    }

    static func pot() -> String {
        POWriter.write(ContentExtractor.template(ContentExtractor.extract(files: files).units))
    }
}

@Suite("Extraction")
struct ExtractionTests {
    @Test("the sample content extracts to the golden messages.pot (RECORD_GOLDEN=1 rewrites it)")
    func golden() throws {
        let pot = SampleContent.pot()
        let goldenSource = SampleContent.root.appendingPathComponent("Tests/TranslateKitTests/Fixtures/Extraction/messages.pot")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try AtomicFile.write(pot, to: goldenSource)
            Issue.record("recorded \(goldenSource.path); run again without RECORD_GOLDEN")
            return
        }
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let golden = try TextFile.read(fixtures.appendingPathComponent("Extraction/messages.pot"))
        if pot != golden {
            let a = pot.split(separator: "\n", omittingEmptySubsequences: false)
            let b = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record(
                "messages.pot differs from the golden file at line \(line + 1): got '\(line < a.count ? a[line] : "<end>")', expected '\(line < b.count ? b[line] : "<end>")'"
            )
        }
    }

    @Test("every file of the sample content gives messages, and every message is valid ICU")
    func everyFile() throws {
        let files = SampleContent.files
        #expect(files.count == 8)
        let result = ContentExtractor.extract(files: files)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        for file in files {
            #expect(result.units.contains { ContentReference.files($0.references).contains(file.path) }, "no message from \(file.path)")
        }
        for unit in result.units {
            let verdict = ICU.MessageFormat.validate(unit.source)
            #expect(verdict.accepted, "\(unit.key): \(unit.source) → \(verdict.errorName ?? "")")
            #expect(unit.wordCount > 0)
        }
        let sources = Set(result.units.map(\.source))
        // Script, style, pre, code, translate="no", class="notranslate" and lang="es" never reach translators.
        for text in [
            "document.querySelector", "background:", "HPS_DME_SOP", "SOTD2024", "BEGIN:VCALENDAR", "Capital Preparatory",
            "Equity & Diversity Council", "En español", "Presupuesto", "Español", "this indented line",
        ] {
            #expect(!sources.contains { $0.contains(text) }, "\(text) was extracted")
        }
        // The shared footer is one entry with every page in its references.
        let rights = try #require(result.units.first { $0.source == "All rights reserved." })
        // The shared footer is one entry with every page (and the line it is on) in its references.
        #expect(rights.references == ["Content/equity-faq.html:28", "Content/events.html:44", "Content/index.html:61", "Content/strategic-plan.html:51"])
        // The notice is marked for SMS and as critical; the explicit id is used as the key.
        #expect(
            result.units.filter { ContentReference.files($0.references) == ["Content/notices/school-closing.txt"] }.allSatisfy {
                $0.flags == ["critical", "sms"]
            })
        #expect(result.units.contains { $0.key == "plan.title" && $0.source == "The District Model for Excellence" })
        // JSON catalogs keep their keys, flattened.
        #expect(result.units.contains { $0.key == "nav.signOut" && $0.source == "Sign out" })
        #expect(result.units.contains { $0.key == "inbox.unread" && $0.source.hasPrefix("{count, plural,") })
    }

    @Test("HTML: inline markup becomes numbered tags; attributes are messages; phones and e-mails are arguments")
    func htmlUnits() throws {
        let html = """
            <html lang="en"><body>
            <p>Call <strong>(860) 695-8000</strong> or write to <a href="mailto:info@hartfordschools.org">info@hartfordschools.org</a> today.</p>
            <img src="x.jpg" alt="Students at the library">
            <input type="submit" value="Send">
            <p>Dr. Smith will meet families at 280 Trumbull St. on Monday. She speaks Spanish.<br></p>
            <p>It's {not} an ICU argument.</p>
            </body></html>
            """
        let units = HTMLExtractor.extract(tokens: ContentExtractor.tokenize(html), path: "x.html").units
        let sources = units.map(\.source)
        #expect(sources.contains("Call <x1>{phone1}</x1> or write to <x2>{email1}</x2> today."))
        #expect(sources.contains("Students at the library"))
        #expect(sources.contains("Send"))
        // Abbreviations do not end sentences; real sentence ends do.
        #expect(sources.contains("Dr. Smith will meet families at 280 Trumbull St. on Monday."))
        #expect(sources.contains("She speaks Spanish."))
        #expect(sources.contains("It''s '{'not'}' an ICU argument."))
        let call = try #require(units.first { $0.source.hasPrefix("Call") })
        #expect(call.notes.contains("{phone1} = (860) 695-8000"))
        #expect(call.notes.contains("<x2>…</x2> = link"))
        #expect(call.wordCount == ICU.BreakIterator.wordCount("Call or write to today."))
    }

    @Test("HTML: lang, translate=no, notranslate, data-i18n-flags and data-i18n-id")
    func htmlSelection() {
        let html = """
            <div lang="es"><p>Hola familias.</p><p lang="en">Families, welcome.</p></div>
            <div class="box notranslate"><p>Board Policy 5145</p><p lang="en">Still not translated.</p></div>
            <section data-i18n-flags="critical sms"><p>Schools close at noon.</p></section>
            <p data-i18n-id="closing.title">Closing notice. Read it now.</p>
            <p translate="no" title="Not this">Nor this.</p>
            <p>Plain <code>git pull</code> and <span lang="fr">bonjour</span> here.</p>
            """
        let units = HTMLExtractor.extract(tokens: ContentExtractor.tokenize(html), path: "x.html").units
        #expect(units.map(\.source) == ["Families, welcome.", "Schools close at noon.", "Closing notice. Read it now.", "Plain <x1></x1> and <x2></x2> here."])
        #expect(units[1].flags == ["critical", "sms"])
        #expect(units[2].key == "closing.title")
        #expect(units[3].notes.contains("<x1></x1> = code \u{201C}git pull\u{201D}"))
        #expect(units[3].notes.contains("<x2></x2> = span \u{201C}bonjour\u{201D} (not translated)"))
    }

    @Test("running extraction twice gives byte-identical output, whatever the file order")
    func stability() {
        let first = SampleContent.pot()
        let second = SampleContent.pot()
        #expect(first == second)
        let reversed = POWriter.write(ContentExtractor.template(ContentExtractor.extract(files: SampleContent.files.reversed()).units))
        #expect(first == reversed)
        #expect(!first.contains("POT-Creation-Date"))
    }

    @Test("each unit's reference names the line it starts on, gettext style, in HTML, Markdown and plain text")
    func referencesCarryLines() {
        let html = ContentExtractor.extract(
            text: "<html>\n<body>\n  <h1>Welcome</h1>\n  <p>\n    Schools open at nine.\n  </p>\n<img alt=\"A school bus\">\n</body>", path: "a.html",
            format: .html)
        #expect(html.units.map { $0.references } == [["a.html:3"], ["a.html:5"], ["a.html:7"]])
        let markdown = ContentExtractor.extract(text: "# Title\n\nFirst paragraph\nwraps here.\n\n- one item\n- two item\n", path: "b.md", format: .markdown)
        #expect(markdown.units.map { $0.references } == [["b.md:1"], ["b.md:3"], ["b.md:6"], ["b.md:7"]])
        let text = ContentExtractor.extract(text: "<!-- i18n: critical -->\nSchools are closed. Stay safe.\n\r\nCall us.\n", path: "c.txt", format: .text)
        #expect(text.units.map { $0.references } == [["c.txt:2"], ["c.txt:2"], ["c.txt:4"]])
    }

    @Test("merging: a message shared by many pages keeps each reference once, sorted; notes and flags once; a key reused for other text warns")
    func mergeSharedMessages() {
        var units: [ExtractedUnit] = []
        for page in (0..<300).reversed() {
            let path = "Content/schools/s\(page).html"
            units.append(
                ExtractedUnit(
                    key: "nav.enroll", source: "Enroll", references: [path + ":3", path + ":3"], notes: ["navigation"],
                    wordCount: 1, flags: page % 2 == 0 ? ["critical"] : []))
            units.append(ExtractedUnit(key: "p\(page)", source: "Page \(page)", references: [path + ":9"], wordCount: 2))
        }
        units.append(ExtractedUnit(key: "nav.enroll", source: "Inscribirse", references: ["Content/zz.html:1"], wordCount: 1))
        let merged = ContentExtractor.merge(units)
        #expect(merged.units.count == 301)
        let nav = merged.units.first { $0.key == "nav.enroll" }
        #expect(nav?.source == "Enroll")
        #expect(nav?.references.count == 300)
        #expect(nav?.references == nav?.references.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(nav?.references.first == "Content/schools/s0.html:3")
        #expect(nav?.notes == ["navigation"] && nav?.flags == ["critical"])
        #expect(merged.diagnostics.map(\.message) == ["key 'nav.enroll' is used for two different texts; the first is kept"])
        #expect(merged.units.map(\.key) == merged.units.map(\.key).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test("editing one sentence changes only that message's key and source")
    func oneEdit() throws {
        let original = try SampleContent.text("Content/index.html")
        let edited = original.replacingOccurrences(
            of: "All students will graduate prepared to transform our world.",
            with: "Every student will graduate ready to transform our world.")
        #expect(edited != original)
        let before = Set(HTMLExtractor.extract(tokens: ContentExtractor.tokenize(original), path: "i.html").units.map { $0.key + "\u{1}" + $0.source })
        let after = Set(HTMLExtractor.extract(tokens: ContentExtractor.tokenize(edited), path: "i.html").units.map { $0.key + "\u{1}" + $0.source })
        #expect(before.subtracting(after).count == 1)
        #expect(after.subtracting(before).count == 1)
        #expect(after.subtracting(before).first?.hasSuffix("Every student will graduate ready to transform our world.") == true)
    }

    @Test("keys are derived from NFC-normalized, whitespace-collapsed text")
    func keys() {
        let composed = UnitKey.derive(source: "Bienvenue à l’école", plainText: "Bienvenue à l’école")
        let decomposed = UnitKey.derive(source: "Bienvenue a\u{300}  l’e\u{301}cole", plainText: "Bienvenue à l’école")
        #expect(composed == decomposed)
        #expect(composed == "bienvenue-a-l-ecole." + UnitKey.hash("Bienvenue à l’école"))
        #expect(UnitKey.slug("欢迎") == "text")
        #expect(UnitKey.hash("Home").count == 10)
        #expect(UnitKey.hash("Home") != UnitKey.hash("Home."))
    }

    @Test("malformed HTML never crashes extraction or rendering (seeded junk)")
    func malformed() {
        let fragments = [
            "<p>", "</p>", "<b>", "</i>", "<a href='x'>", "</a>", "<li>", "<table><tr><td>", "</td>", "<br/>", "<span translate=no>",
            "</span>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#xZZ;", "<", ">", "Hello world.", " Dr. No. ", "{x}", "'",
            "<img alt=\"A cat\">", "<div lang=es>", "</div>", "<pre>", "call (860) 695-8000", "é", "<<>>", "</", "<p class=notranslate>",
            "<ul><li>One<li>Two</ul>", "<b><i>misnested</b></i>", "<x1>", "</x1>",
        ]
        let seed = UInt64(ProcessInfo.processInfo.environment["EXTRACTION_SEED"] ?? "") ?? 20_261_123
        print("malformed HTML seed: \(seed)")
        var generator = ExtractionRandom(seed: seed)
        for _ in 0..<300 {
            let count = Int.random(in: 1...30, using: &generator)
            let html = (0..<count).map { _ in fragments.randomElement(using: &generator)! }.joined()
            let tokens = ContentExtractor.tokenize(html)
            let units = HTMLExtractor.extract(tokens: tokens, path: "junk.html").units
            for unit in units { #expect(ICU.MessageFormat.validate(unit.source).accepted, "seed \(seed): \(html) → \(unit.source)") }
            let rendered = PageRenderer.renderHTML(tokens: tokens, locale: "es", lookup: { _ in "<x1>x</x1> <script>" })
            #expect(!rendered.contains("<script>x"), "seed \(seed): \(html)")
            // Every message rendered as its own source comes back as the same message.
            let sources = Dictionary(units.map { ($0.key, $0.source) }, uniquingKeysWith: { a, _ in a })
            let same = PageRenderer.renderHTML(tokens: tokens, locale: "en", lookup: { sources[$0] })
            let again = HTMLExtractor.extract(tokens: ContentExtractor.tokenize(same), path: "junk.html").units
            #expect(again.map(\.source) == units.map(\.source), "seed \(seed): \(html.debugDescription) → \(same.debugDescription)")
        }
    }

    @Test("malformed Markdown never crashes extraction or rendering (seeded junk)")
    func malformedMarkdown() {
        let fragments = [
            "# ", "## Title", "\n", "\n\n", "- ", "1. ", "> ", "| a | b |\n|---|---|\n", "```", "~~~", "    code", "*", "**", "_", "[", "]",
            "(", ")", "](http://x)", "![alt](y.png)", "`", "\\", "<b>", "&amp;", "Hello world. ", "Dr. Who ", "{", "}", "'", "===\n", "---\n",
            "<!-- i18n: sms -->\n", "call 860-695-8000 ", "https://x.org/a_b*c ", "ä", "\r\n", "\t",
        ]
        let seed = UInt64(ProcessInfo.processInfo.environment["EXTRACTION_SEED"] ?? "") ?? 4_242
        print("malformed Markdown seed: \(seed)")
        var generator = ExtractionRandom(seed: seed)
        for _ in 0..<300 {
            let count = Int.random(in: 1...40, using: &generator)
            let text = (0..<count).map { _ in fragments.randomElement(using: &generator)! }.joined()
            let document = MarkdownExtractor.parse(text, path: "junk.md")
            for unit in document.units { #expect(ICU.MessageFormat.validate(unit.source).accepted, "seed \(seed): \(text) → \(unit.source)") }
            // Rendered as its own source, every message restores all its placeholders: none comes out escaped.
            let same = PageRenderer.renderMarkdown(text, locale: "en", lookup: { key in document.units.first { $0.key == key }?.source })
            #expect(same.range(of: #"\\</?[0-9]"#, options: .regularExpression) == nil, "seed \(seed): \(text.debugDescription) → \(same.debugDescription)")
            // Junk may re-parse into other blocks (paragraphs not separated by blank lines), but never loses text.
            let letters = { (s: String) in s.unicodeScalars.filter { $0.properties.isAlphabetic }.count }
            #expect(letters(same) >= letters(text), "seed \(seed)")
            _ = PlainTextExtractor.extract(text, path: "junk.txt")
        }
    }

    @Test("Markdown: headings, lists, quotes, tables; code skipped; links and emphasis are tags")
    func markdown() throws {
        let document = MarkdownExtractor.parse(try SampleContent.text("Content/news/2024-11-20-state-of-the-district.md"), path: "n.md")
        let sources = document.units.map(\.source)
        #expect(sources.contains("State of the District 2024"))
        #expect(sources.contains("You can <x1>watch the entire event</x1> in English and in Spanish."))
        #expect(
            sources.contains(
                "This year''s event offered a unique platform for families and community partners to engage with our <x1>All Voices, Our Future</x1> strategic planning process."
            ))
        #expect(sources.contains("Phase II"))
        #expect(sources.contains("To add the event to your calendar, use the code <x1></x1>:"))
        let link = try #require(document.units.first { $0.source.hasPrefix("You can") })
        #expect(link.notes.contains("<x1>…</x1> = link to https://www.hartfordschools.org/sotd-2024"))
        let setext = MarkdownExtractor.parse(try SampleContent.text("Content/news/2025-01-15-seal-of-biliteracy.md"), path: "s.md")
        #expect(setext.units.contains { $0.source == "Seal of Biliteracy" && $0.notes.first == "Markdown heading" })
        #expect(
            setext.units.contains {
                $0.source == "Mrs. Rivera, the world languages coordinator, will answer questions at the family night on January 30 at 6 p.m."
            })
        #expect(!setext.units.contains { $0.source.contains("indented line") })
        let images = MarkdownExtractor.parse("![Students reading in the library](/img/library.jpg)\n\nSee ![the map](map.png \"Map\") below.\n", path: "i.md")
        #expect(images.units.map(\.source) == ["Students reading in the library", "See <x1>the map</x1> below."])
        let rendered = PageRenderer.renderMarkdown(
            "![Students reading in the library](/img/library.jpg)\n", locale: "es", lookup: { _ in "Estudiantes leyendo en la biblioteca" })
        #expect(rendered == "![Estudiantes leyendo en la biblioteca](/img/library.jpg)\n")
    }

    @Test("JSON catalogs: nested keys flattened, invalid messages and malformed files reported")
    func json() {
        let good = MessageCatalogExtractor.extract(
            #"{"a": {"b": "Hi {name}!", "c": {"d": "{n, plural, one {# day} other {# days}}"}}, "e": 3}"#, path: "m.json")
        #expect(good.units.map(\.key) == ["a.b", "a.c.d"])
        #expect(good.units[1].wordCount == 2)
        #expect(good.diagnostics.count == 1 && good.diagnostics[0].severity == .warning)
        let invalid = MessageCatalogExtractor.extract(#"{"x": "Hello {name"}"#, path: "m.json")
        #expect(invalid.units.isEmpty && invalid.diagnostics.first?.severity == .error)
        let broken = MessageCatalogExtractor.extract("{\"x\": ", path: "broken.json")
        #expect(broken.diagnostics.first?.path == "broken.json")
    }

    @Test("HTML parse errors are warnings with positions; extraction goes on")
    func htmlSyntaxWarnings() {
        let found = ContentExtractor.extract(text: "<p>Families\u{0}, welcome.</p>\n<p a=1 a=2>Hello there.</p>", path: "bad.html", format: .html)
        #expect(found.units.map(\.source) == ["Families, welcome.", "Hello there."])
        #expect(found.diagnostics.map(\.check) == ["html-syntax", "html-syntax"])
        #expect(found.diagnostics.allSatisfy { $0.severity == .warning && $0.position != nil })
        #expect(found.diagnostics.last?.position?.line == 2)
    }

    @Test("an unreadable file is reported with its path and the rest still extracts")
    func partialFailure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Content"), withIntermediateDirectories: true)
        try Data([0x48, 0x69, 0xFF, 0x0A]).write(to: folder.appendingPathComponent("Content/bad.txt"))
        try Data("Good news for families.\n".utf8).write(to: folder.appendingPathComponent("Content/good.txt"))
        try Data("{\"x\": ".utf8).write(to: folder.appendingPathComponent("Content/broken.json"))
        let result = ContentExtractor.extract(files: ContentExtractor.files(root: folder, sources: ["Content"]))
        #expect(result.units.map(\.source) == ["Good news for families."])
        #expect(Set(result.diagnostics.map(\.path)) == ["Content/bad.txt", "Content/broken.json"])
    }

    @Test("URLs, e-mail addresses and phone numbers are found; sentence punctuation is not part of them")
    func arguments() {
        let parts = ArgumentScanner.scan(
            "Visit https://www.hartfordschools.org/equity. Mail equity@hartfordschools.org, call +1 (860) 294-4955 or 860-695-8000.")
        let found = parts.compactMap { if case .argument(let kind, let original) = $0 { return "\(kind):\(original)" } else { return nil } }
        #expect(found == ["url:https://www.hartfordschools.org/equity", "email:equity@hartfordschools.org", "phone:+1 (860) 294-4955", "phone:860-695-8000"])
        #expect(ArgumentScanner.scan("Grades 3-5 and 2024-2025").allSatisfy { if case .literal = $0 { return true } else { return false } })
    }
}

typealias ExtractionRandom = SeededRandom
