import Foundation
import Testing
import TranslateTestSupport

/// The executable as users meet it: help, exit statuses, output formats, errors.
@Suite(.serialized) struct CommandLineTests {
    /// Every command listed by `translate --help`.
    func commandNames() throws -> [String] {
        let help = try TranslateBinary.run(["--help"])
        var names: [String] = []
        var inCommands = false
        for line in help.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Commands:") {
                inCommands = true
                continue
            }
            if inCommands {
                if line.isEmpty { break }
                if let name = line.split(separator: " ").first { names.append(String(name)) }
            }
        }
        return names
    }

    @Test func everyCommandHasHelp() throws {
        let names = try commandNames()
        #expect(names.contains("status"))
        #expect(names.contains("languages"))
        for name in names {
            let result = try TranslateBinary.run([name, "--help"])
            #expect(result.status == 0, "\(name) --help exited \(result.status)")
            #expect(result.stdout.contains("Usage: translate \(name)"), "\(name) --help has no usage line")
        }
    }

    @Test func versionNamesICUAndCLDR() throws {
        let result = try TranslateBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ICU 7"))
        #expect(result.stdout.contains("CLDR 4"))
    }

    @Test func unknownCommandAndOptionAreUsageErrors() throws {
        let command = try TranslateBinary.run(["stauts"])
        #expect(command.status == 2)
        #expect(command.stderr.contains("did you mean 'status'?"))
        let option = try TranslateBinary.run(["status", "--formt", "json"])
        #expect(option.status == 2)
        #expect(option.stderr.contains("did you mean '--format'?"))
        let format = try TranslateBinary.run(["status", "--format", "xml"])
        #expect(format.status == 2)
    }

    @Test func globalOptionsGoBeforeOrAfterTheCommandAndExtraArgumentsAreRefused() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let before = try TranslateBinary.run(["--root", project.path, "--format", "json", "status"])
        let after = try TranslateBinary.run(["status", "--format", "json", "--root", project.path])
        #expect(before.status == 0 && before.stdout == after.stdout, "\(before.stderr)")
        #expect(try TranslateBinary.run(["--root=\(project.path)", "status"]).status == 0)
        for arguments in [
            ["status", "extra-arg"], ["sync", "extra"], ["extract", "Content"], ["analyze", "x"], ["pretranslate", "es"],
            ["version", "x"], ["tm", "update", "extra"],
        ] {
            let result = try TranslateBinary.run(arguments + ["--root", project.path])
            #expect(result.status == 2 && result.stderr.contains("unexpected argument"), "\(arguments): \(result.status) \(result.stderr)")
        }
    }

    @Test func tmUpdateReportsAsJSON() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try TranslateBinary.run(["tm", "update", "--format", "json", "--date", "2026-01-01", "--root", project.path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let spanish = try #require(rows.first { $0["language"] as? String == "es-US" })
        #expect((spanish["added"] as? Int ?? 0) > 0 && spanish["file"] as? String == "Locales/memory/es-US.tmx")
    }

    /// Colour needs a terminal: `script` gives the command one, so only TERM and NO_COLOR decide.
    @Test func noColourWhenTheTerminalIsDumb() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        func check(term: String) throws -> String {
            let command = "\(TranslateBinary.executable.path) check --root \(project.path)"
            return try TranslateBinary.runShell("script -qec '\(command)' /dev/null", environment: ["TERM": term], unsetting: ["NO_COLOR"])
        }
        #expect(try check(term: "xterm-256color").contains("\u{1B}["), "a terminal that shows colour gets it")
        #expect(!(try check(term: "dumb")).contains("\u{1B}["))
    }

    @Test func statusReportsEveryRegistryLanguageAsJSON() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try TranslateBinary.run(["status", "--format", "json", "--root", project.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let tags = rows.compactMap { $0["tag"] as? String }
        #expect(tags.count >= 89)
        #expect(tags.contains("ksw") && tags.contains("rhg") && tags.contains("ar"))
        #expect(!tags.contains("en-XA"), "pseudo-locales are test-only")
        let arabic = try #require(rows.first { $0["tag"] as? String == "ar" })
        let stats = try #require(arabic["statistics"] as? [String: Any])
        let translated = try #require(stats["translated"] as? [String: Any])
        #expect((translated["messages"] as? Int ?? 0) > 0)
        // Same input, same bytes.
        let again = try TranslateBinary.run(["status", "--format", "json", "--root", project.path])
        #expect(again.stdout == result.stdout)
    }

    @Test func brokenConfigIsAnInputErrorWithPosition() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try Data("{\n  \"sources\": [\"Content\"],\n  \"sourceLangauge\": \"en\"\n}\n".utf8)
            .write(to: project.appendingPathComponent("translate.json"))
        let result = try TranslateBinary.run(["status", "--root", project.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("translate.json:3:3"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("sourceLanguage"))
    }

    /// check opens the project as build does, so a translate.json naming an unknown language stops both alike.
    @Test func checkValidatesTheConfigAsBuildDoes() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try Data("{\n  \"sourceLanguage\": \"xx\"\n}\n".utf8).write(to: project.appendingPathComponent("translate.json"))
        let check = try TranslateBinary.run(["check", "--root", project.path])
        let build = try TranslateBinary.run(["build", "--root", project.path])
        #expect(check.status == 2 && build.status == 2, "check \(check.status), build \(build.status)")
        #expect(check.stderr.contains("translate.json:2:21: error: language 'xx' is not in the language registry"), "\(check.stderr)")
        #expect(check.stderr == build.stderr)
    }

    @Test func everyUsageLineNamesRoot() throws {
        for name in try commandNames() {
            let help = try TranslateBinary.run([name, "--help"]).stdout
            let usage = help.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
            for line in usage { #expect(line.contains("[--root DIR]"), "\(name): \(line)") }
        }
    }

    @Test func jsonOnEveryCommandThatReports() throws {
        let project = try TranslateBinary.sampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        for arguments in [
            ["status"], ["analyze"], ["sync"], ["extract", "--no-sync"], ["pretranslate"], ["glossary", "--lang", "es-US"],
            ["languages", "--lang", "ar"], ["version"], ["check", "--list"], ["tm", "update", "--date", "2026-01-01"],
        ] {
            let result = try TranslateBinary.run(arguments + ["--format", "json", "--root", project.path])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(arguments) printed no JSON: \(result.stdout)")
        }
    }

    @Test func colourNeverWithoutTerminal() throws {
        let result = try TranslateBinary.run(["languages"], environment: ["NO_COLOR": ""])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
