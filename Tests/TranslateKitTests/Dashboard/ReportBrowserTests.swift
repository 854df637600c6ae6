import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Renders the report in headless Chromium: it must draw something (not a blank page), log no
/// console errors, and its DOM must hold the coverage table. Skipped when Chromium is absent,
/// except on CI (CI=true), where .ci/setup installs it and its absence is a failure.
@Suite(.serialized) struct ReportBrowserTests {
    static let chromium = ExternalTool.find(["chromium", "chromium-browser", "google-chrome"])
    static let onCI = ExternalTool.onCI
    typealias Run = ExternalTool.Run

    /// Runs Chromium headless with its own profile folder, killed after 60 s.
    static func chromium(_ arguments: [String], profile: URL) throws -> Run {
        try ExternalTool.run(
            try #require(chromium),
            [
                "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=\(profile.path)",
            ] + arguments)
    }

    /// Console messages Chromium logs with --enable-logging=stderr: `…:INFO:CONSOLE(…)] "text", source: …`.
    static func consoleMessages(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
    }

    static func screenshot(_ page: URL, to png: URL, profile: URL) throws -> (bytes: Int, console: [String]) {
        let run = try chromium(
            ["--enable-logging=stderr", "--v=0", "--window-size=1200,2000", "--screenshot=\(png.path)", page.absoluteString], profile: profile)
        let data = try Data(contentsOf: png)
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG; chromium said: \(run.stderr.suffix(2000))")
        return (data.count, consoleMessages(run.stderr))
    }

    @Test(.enabled(if: chromium != nil || onCI, "chromium is not installed (apt-get install chromium, or run .ci/setup); browser test skipped"))
    func reportRendersWithoutConsoleErrors() throws {
        try #require(Self.chromium != nil, "CI=true but chromium is missing: .ci/setup should have installed it")
        let root = try ReportFixture.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("translate-browser-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let profile = work.appendingPathComponent("profile", isDirectory: true)
        _ = try ReportWriter.write(try Project.open(root: root), date: "2026-11-23")
        let index = root.appendingPathComponent("Output/report/index.html")

        // Control: an empty page that logs errors, so the size floor is measured here and the
        // console check is shown to catch what it looks for.
        let control = work.appendingPathComponent("blank.html")
        try
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>blank</title></head><body><script>console.error(\"control-error\"); missingFunction();</script></body></html>"
            .write(to: control, atomically: true, encoding: .utf8)
        let blank = try Self.screenshot(control, to: work.appendingPathComponent("blank.png"), profile: profile)
        #expect(blank.console.contains { $0.contains("control-error") }, "the console check would miss errors")

        let shot = try Self.screenshot(index, to: work.appendingPathComponent("report.png"), profile: profile)
        #expect(shot.console.isEmpty, "console messages: \(shot.console)")
        // A blank 1200×2000 page compresses to ~11 KB; tables, bars and text are many times larger.
        #expect(shot.bytes > 4 * blank.bytes && shot.bytes > 40_000, "screenshot \(shot.bytes) bytes vs blank \(blank.bytes)")

        let dom = try Self.chromium(["--dump-dom", index.absoluteString], profile: profile).stdout
        #expect(dom.contains("<table class=\"coverage\">"))
        #expect(dom.components(separatedBy: "<tr data-tag=").count - 1 == 5)
        #expect(dom.contains("<bdi lang=\"ar\" dir=\"rtl\">العربية</bdi>"))
        #expect(!dom.lowercased().contains("<script"))
    }
}
