import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Outside judges of the pages' direction: a real CommonMark renderer (cmark) must keep the
/// Markdown pages' dir attributes while still reading the Markdown inside them, and headless
/// Chromium must compute right to left for Arabic and Assyrian pages and left to right for every
/// English fallback in them. Each skips when its program is absent, except on CI, where .ci/setup
/// installs both.
@Suite(.serialized) struct PageBrowserTests {
    static let cmark = ExternalTool.find(["cmark"])

    /// A Markdown page as a CommonMark renderer turns it into HTML (raw HTML kept: `--unsafe`).
    static func commonMark(_ markdown: String) throws -> String {
        let run = try ExternalTool.run(try #require(cmark), ["--unsafe"], input: Data(markdown.utf8))
        #expect(run.status == 0, "cmark: \(run.stderr)")
        return run.stdout
    }

    /// The elements a CommonMark renderer made, in order, without the divs and spans that carry direction.
    static func blocks(_ html: String) -> [String] {
        ContentExtractor.tokenize(html).compactMap { token in
            guard case .startTag(let name, _, _) = token, name != "div", name != "span" else { return nil }
            return name
        }
    }

    static func page(_ path: String) throws -> String {
        let files = try SamplePagesBuild.files().files
        return String(decoding: try #require(files[path], "no \(path) in the build"), as: UTF8.self)
    }

    @Test(.enabled(if: cmark != nil || ExternalTool.onCI, "cmark is not installed (apt-get install cmark, or run .ci/setup); CommonMark test skipped"))
    func markdownDirectionSurvivesCommonMark() throws {
        try #require(Self.cmark != nil, "CI=true but cmark is missing: .ci/setup should have installed it")
        let html = try Self.commonMark(try Self.page("pages/aii/Content/news/2025-01-15-seal-of-biliteracy.md"))
        #expect(html.hasPrefix("<div dir=\"rtl\" lang=\"aii\">\n"))
        #expect(html.hasSuffix("</div>\n"))
        // The Markdown inside the divs is still Markdown: the same blocks as the English post gives.
        #expect(html.contains("<h1><span lang=\"en\" dir=\"ltr\">Seal of Biliteracy</span></h1>"))
        #expect(html.contains("<div dir=\"ltr\" lang=\"en\">\n<p>The Seal of Biliteracy highlights"))
        #expect(html.contains("<p><span lang=\"en\" dir=\"ltr\">Talk with your school counselor.</span></p>"))
        #expect(!html.contains("<p>&lt;div") && !html.contains("==="), "a div or heading underline was read as text")
        let english = try Self.commonMark(try SampleContent.text("Content/news/2025-01-15-seal-of-biliteracy.md"))
        #expect(Self.blocks(html) == Self.blocks(english))
        #expect(Self.blocks(english).starts(with: ["h1", "p", "p", "ol", "li"]))
        // Every English fallback the renderer keeps is isolated.
        var audit = PageDirectionAudit()
        audit.audit(html, path: "seal.html", language: PageLanguage(tag: "aii"), fragment: true)
        #expect(audit.foreignElements >= 5 && audit.problems.isEmpty, "\(audit.problems)")
        // The other news post, in Arabic, where some messages are translated.
        let arabic = try Self.commonMark(try Self.page("pages/ar/Content/news/2024-11-20-state-of-the-district.md"))
        #expect(arabic.hasPrefix("<div dir=\"rtl\" lang=\"ar\">\n<h1>"))
        #expect(!arabic.contains("<p>&lt;div") && !arabic.contains("<p>&lt;/div"))
        let source = try Self.commonMark(try SampleContent.text("Content/news/2024-11-20-state-of-the-district.md"))
        #expect(Self.blocks(arabic) == Self.blocks(source))
    }

    /// What the script in `audited` found: the first `dir` element's direction, and `[lang=en]` elements not computing ltr.
    struct BrowserVerdict {
        var rootDirection = ""
        var english = 0
        var wrong: [String] = []
    }

    /// The page with a small script at its end that writes, into the DOM, the computed direction of
    /// the first element carrying `dir` and of every `lang="en"` element.
    static func audited(_ html: String) -> String {
        let script = """
            <script>
            (function () {
              var first = document.querySelector("[dir]") || document.documentElement;
              var lines = ["root " + getComputedStyle(first).direction];
              var english = document.querySelectorAll("[lang=en]");
              lines.push("english " + english.length);
              for (var i = 0; i < english.length; i++) {
                if (getComputedStyle(english[i]).direction !== "ltr") {
                  lines.push("wrong " + english[i].tagName.toLowerCase() + " " + english[i].textContent.slice(0, 40).replace(/\\s+/g, " "));
                }
              }
              var pre = document.createElement("pre");
              pre.id = "direction-audit";
              pre.textContent = lines.join("\\n");
              document.body.appendChild(pre);
            })();
            </script>
            """
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script)
    }

    static func verdict(_ html: String, name: String, work: URL) throws -> BrowserVerdict {
        let file = work.appendingPathComponent(name)
        try AtomicFile.write(audited(html), to: file)
        let dom = try ReportBrowserTests.chromium(["--dump-dom", file.absoluteString], profile: work.appendingPathComponent("profile")).stdout
        let start = try #require(dom.range(of: "<pre id=\"direction-audit\">"), "no audit in the DOM of \(name): \(dom.suffix(500))")
        let text = dom[start.upperBound...].prefix { $0 != "<" }
        var verdict = BrowserVerdict()
        for line in text.split(separator: "\n") {
            if line.hasPrefix("root ") { verdict.rootDirection = String(line.dropFirst(5)) }
            if line.hasPrefix("english ") { verdict.english = Int(line.dropFirst(8)) ?? -1 }
            if line.hasPrefix("wrong ") { verdict.wrong.append(String(line.dropFirst(6))) }
        }
        return verdict
    }

    @Test(
        .enabled(
            if: ReportBrowserTests.chromium != nil || ExternalTool.onCI,
            "chromium is not installed (apt-get install chromium, or run .ci/setup); browser test skipped"))
    func rightToLeftPagesInChromium() throws {
        try #require(ReportBrowserTests.chromium != nil, "CI=true but chromium is missing: .ci/setup should have installed it")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("page-browser-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        for path in ["pages/ar/Content/strategic-plan.html", "pages/aii/Content/index.html"] {
            let verdict = try Self.verdict(try Self.page(path), name: path.replacingOccurrences(of: "/", with: "-"), work: work)
            #expect(verdict.rootDirection == "rtl", "\(path)")
            #expect(verdict.english > 10, "\(path)")
            #expect(verdict.wrong.isEmpty, "\(path): \(verdict.wrong.prefix(10))")
        }
        // Control: the same Arabic page without the isolation computes rtl for its English, so the check sees it.
        let bare = try Self.page("pages/ar/Content/strategic-plan.html").replacingOccurrences(of: " dir=\"ltr\"", with: "")
        let control = try Self.verdict(bare, name: "control.html", work: work)
        #expect(control.rootDirection == "rtl" && control.wrong.count == control.english && control.english > 10)

        // A Markdown page as a CommonMark renderer makes it, when cmark is here.
        guard Self.cmark != nil else {
            print("cmark is not installed: the Markdown page is not checked in Chromium")
            return
        }
        let markdown = try Self.commonMark(try Self.page("pages/aii/Content/news/2025-01-15-seal-of-biliteracy.md"))
        let html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>news</title></head><body>\(markdown)</body></html>"
        let verdict = try Self.verdict(html, name: "seal.html", work: work)
        #expect(verdict.rootDirection == "rtl")
        #expect(verdict.english >= 5 && verdict.wrong.isEmpty, "\(verdict.wrong)")
    }
}
