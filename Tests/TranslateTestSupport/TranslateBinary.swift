import Foundation

/// Runs the built `translate` executable, for end-to-end tests of stdout, stderr and exit status.
public enum TranslateBinary {
    /// The package root (kept here too because many tests read repository files through it).
    public static var packageRoot: URL { FixturePaths.packageRoot }

    /// The folders a build may have put the executable in: SwiftPM builds the test runner and the products
    /// into one folder, and sets no variable naming it, so it is derived from the running test program.
    /// On Linux that is `…/debug/translatePackageTests.xctest` (an executable: its folder is the products
    /// folder); on macOS the `.xctest` is a bundle, whose parent is.
    static var productFolders: [URL] {
        var folders: [URL] = []
        // The test program's path, cut after its `.xctest` component.
        if let first = CommandLine.arguments.first, first.contains(".xctest") {
            var url = URL(fileURLWithPath: first).resolvingSymlinksInPath()
            while url.pathExtension != "xctest", url.pathComponents.count > 1 { url.deleteLastPathComponent() }
            folders.append(url.deletingLastPathComponent())
        }
        // A loaded `.xctest` bundle (macOS, or a runner that loads the tests).
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        // On Linux the main bundle of an executable is the folder holding it.
        folders.append(Bundle.main.bundleURL)
        var seen = Set<String>()
        return folders.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    /// The built `translate` next to the test program (or where it would be, when it is not built:
    /// `run` then throws `Missing`, which says how to build it).
    public static let executable: URL = {
        let candidates = productFolders.map { $0.appendingPathComponent("translate") }
        return candidates.first(where: isExecutable) ?? candidates[0]
    }()

    /// Thrown by `run` when there is no executable to run: one clear message instead of a launch error.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    static func isExecutable(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }

    /// The executable, or `Missing` naming the folders searched.
    public static func requireExecutable() throws -> URL {
        guard isExecutable(executable) else {
            let searched = productFolders.map(\.path).joined(separator: ", ")
            throw Missing(
                description:
                    "the translate executable is not built (looked in \(searched)); run `swift build --build-tests` or `swift test`, which build it with the tests"
            )
        }
        return executable
    }

    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:], unsetting: [String] = []) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "GITHUB_ACTIONS")
        for (key, value) in environment { env[key] = value }
        for key in unsetting { env.removeValue(forKey: key) }
        let run = try ExternalTool.run(try requireExecutable(), arguments, in: folder, environment: env, timeout: 600)
        return Result(status: run.status, stdout: run.stdout, stderr: run.stderr)
    }

    /// Runs a shell command line (for `script`, which gives the binary a terminal) and returns its stdout.
    public static func runShell(_ line: String, environment: [String: String] = [:], unsetting: [String] = []) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "GITHUB_ACTIONS")
        for (key, value) in environment { env[key] = value }
        for key in unsetting { env.removeValue(forKey: key) }
        return try ExternalTool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", line], environment: env, timeout: 600).stdout
    }

    /// A scratch copy of the repository's sample project (translate.json, Content/, Locales/, Glossary/).
    public static func sampleProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("translate-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in FixturePaths.sampleProjectItems {
            let source = packageRoot.appendingPathComponent(item)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(item))
            }
        }
        return folder
    }
}
