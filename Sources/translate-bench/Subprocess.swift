import Foundation

/// Runs a program to its end and returns what it wrote on standard output; its standard error
/// passes through (children log progress there) unless `discardingErrors`.
func runCapturing(_ executable: String, _ arguments: [String], discardingErrors: Bool = false) throws -> (output: Data, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    if discardingErrors { process.standardError = FileHandle.nullDevice }
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (output, process.terminationStatus)
}

/// A failed child, as the runner reports it.
func childFailure(_ what: String, status: Int32) -> NSError {
    NSError(domain: "bench", code: Int(status), userInfo: [NSLocalizedDescriptionKey: "\(what) exited \(status)"])
}
