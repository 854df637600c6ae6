import Foundation

// Two builds of one target. With -DFUZZING (scripts/fuzz.sh, -sanitize=fuzzer) libFuzzer owns main and calls
// LLVMFuzzerTestOneInput with each input, for the target named in FUZZ_TARGET. Without it (the normal
// `swift build`) this is a replayer, so the targets always compile and a saved crash can be run under a debugger:
// `translate-fuzz po .fuzz/crashes/po/crash-…`.

#if FUZZING
    private let selectedTarget: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget.named(name) else {
            let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
            fatalError("set FUZZ_TARGET to one of: \(names) (got '\(name)')")
        }
        return target
    }()

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
        let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
        selectedTarget.run(data)
        return 0
    }

    // SwiftPM links executables with `--defsym main=translate_fuzz_main` (so tests can link them), which wins over
    // libFuzzer's own main; this one hands over to libFuzzer's driver with the same callback.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    @_cdecl("translate_fuzz_main")
    public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments, fuzzOneInput)
    }
#else
    @main
    struct FuzzReplay {
        static func main() {
            var arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.popFirst(), let target = FuzzTarget.named(name), !arguments.isEmpty else {
                let names = FuzzTarget.all.map(\.name).joined(separator: "|")
                FileHandle.standardError.write(Data("usage: translate-fuzz \(names) FILE...\n".utf8))
                exit(2)
            }
            for path in arguments {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("translate-fuzz: cannot read \(path)\n".utf8))
                    exit(2)
                }
                target.run(data)
                print("\(path): ok")
            }
        }
    }
#endif
