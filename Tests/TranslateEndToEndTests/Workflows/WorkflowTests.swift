import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Workflows called from the library, without the binary: the same files as the commands write.
@Suite(.serialized) struct WorkflowTests {
    /// Two copies of the sample project with a changed template: one synced by `translate sync`,
    /// one by `SyncWorkflow`; every catalog must come out byte-identical.
    @Test func syncWorkflowWritesTheSamePOAsTheCommand() throws {
        let byCommand = try TranslateBinary.sampleProject()
        let byLibrary = try TranslateBinary.sampleProject()
        defer {
            try? FileManager.default.removeItem(at: byCommand)
            try? FileManager.default.removeItem(at: byLibrary)
        }
        for project in [byCommand, byLibrary] {
            // A new message and a changed one, so sync has work to do.
            let template = ProjectPaths(root: project).template
            var text = try String(contentsOf: template, encoding: .utf8)
            text += "\n#: Content/new.html:1\nmsgctxt \"workflow-test\"\nmsgid \"A message only this test adds\"\nmsgstr \"\"\n"
            try Data(text.utf8).write(to: template)
        }
        let command = try TranslateBinary.run(["sync", "--lang", "pl", "--root", byCommand.path])
        #expect(command.status == 0, "\(command.stderr)")

        var progress: [String] = []
        let log = WorkflowLog(progress: { progress.append($0) }, note: { _ in }, diagnostic: { _ in })
        let result = try SyncWorkflow.run(try Project.open(root: byLibrary), .init(languages: ["pl"]), log: log)
        #expect(result.outcome == .success)
        #expect(result.summary.catalogs.contains { $0.language == "pl" && $0.written })
        #expect(result.summary.catalogs.allSatisfy { $0.added >= 1 })
        #expect(progress.count == result.summary.catalogs.count)

        let paths = ProjectPaths(root: byCommand)
        let names = try FileManager.default.contentsOfDirectory(atPath: paths.locales.path).filter { $0.hasSuffix(".po") }.sorted()
        #expect(names.contains("pl.po"))
        for name in names {
            let a = try Data(contentsOf: paths.locales.appendingPathComponent(name))
            let b = try Data(contentsOf: ProjectPaths(root: byLibrary).locales.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between the command and the workflow")
        }
    }

    /// A summary's text is what the command prints: status from the library and from the binary agree.
    @Test func statusWorkflowTextIsWhatTheCommandPrints() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try StatusWorkflow.run(try Project.open(root: project))
        let command = try TranslateBinary.run(["status", "--root", project.path])
        #expect(command.stdout == (result.summary.text(.plain) ?? "") + "\n")
        #expect(result.outcome == .success)
    }

    /// Analyze and pretranslate go through one loop: the same languages, each read once.
    @Test func analyzeAndPretranslateShareTheirLanguages() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let opened = try Project.open(root: project)
        let analysis = try AnalyzeWorkflow.run(opened)
        let pretranslation = try PretranslateWorkflow.run(opened)
        #expect(analysis.summary.analyses.map(\.language) == pretranslation.summary.languages.map(\.language))
        #expect(!analysis.summary.analyses.isEmpty)
    }

    @Test func aCatalogWithSyntaxErrorsStopsPretranslateButNotAnalyze() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let catalog = try ProjectPaths(root: project).catalog(for: "pl")
        try Data("msgid \"unterminated\nmsgstr \"\"\n".utf8).write(to: catalog)
        let opened = try Project.open(root: project)
        var found: [Diagnostic] = []
        let log = WorkflowLog(progress: { _ in }, note: { _ in }, diagnostic: { found.append($0) })
        #expect(throws: TranslateError.self) { try PretranslateWorkflow.run(opened, .init(languages: ["pl"]), log: log) }
        #expect(!found.isEmpty, "the findings are reported before the run stops")
        let analysis = try AnalyzeWorkflow.run(opened, .init(languages: ["pl"]))
        #expect(analysis.diagnostics.contains { $0.severity == .error && $0.path == ProjectPaths.catalogPath("pl") })
    }
}
