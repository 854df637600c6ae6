import Foundation

/// Programs some tests drive from outside (Chromium, cmark): found on PATH, run with a time limit.
/// Tests using one skip when it is absent, except on CI (CI=true), where .ci/setup installs it.
public enum ExternalTool {
    public static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The first of `names` that is an executable on PATH.
    public static func find(_ names: [String]) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    public struct Run {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `executable` with `input` on its standard input, killed after `timeout` seconds.
    public static func run(
        _ executable: URL, _ arguments: [String], input: Data? = nil, in folder: URL? = nil,
        environment: [String: String]? = nil, timeout: Double = 60
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        final class Box: @unchecked Sendable { var data = Data() }  // written before group.wait() returns
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let input {
            // Written on another thread, so a full output pipe cannot block the writer.
            group.enter()
            DispatchQueue.global().async {
                stdin.fileHandleForWriting.write(input)
                try? stdin.fileHandleForWriting.close()
                group.leave()
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        timer.cancel()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errBox.data, as: UTF8.self))
    }
}
