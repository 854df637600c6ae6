import Foundation

/// Runs the built `translate` executable, for end-to-end tests of stdout, stderr and exit status.
enum TranslateBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        let candidates = [".build/debug/translate", ".build/x86_64-unknown-linux-gnu/debug/translate", ".build/aarch64-unknown-linux-gnu/debug/translate"]
        for candidate in candidates {
            let url = packageRoot.appendingPathComponent(candidate)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(candidates[0])
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:], unsetting: [String] = []) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "GITHUB_ACTIONS")
        for (key, value) in environment { env[key] = value }
        for key in unsetting { env.removeValue(forKey: key) }
        let run = try ExternalTool.run(executable, arguments, in: folder, environment: env, timeout: 600)
        return Result(status: run.status, stdout: run.stdout, stderr: run.stderr)
    }

    /// Runs a shell command line (for `script`, which gives the binary a terminal) and returns its stdout.
    static func runShell(_ line: String, environment: [String: String] = [:], unsetting: [String] = []) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "GITHUB_ACTIONS")
        for (key, value) in environment { env[key] = value }
        for key in unsetting { env.removeValue(forKey: key) }
        return try ExternalTool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", line], environment: env, timeout: 600).stdout
    }

    /// A scratch copy of the repository's sample project (translate.json, Content/, Locales/, Glossary/).
    static func sampleProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("translate-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["translate.json", "Content", "Locales", "Glossary"] {
            let source = packageRoot.appendingPathComponent(item)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(item))
            }
        }
        return folder
    }
}
