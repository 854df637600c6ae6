import Foundation

// A thin executable: parse arguments, call TranslateKit, print, exit.
setvbuf(stdout, nil, _IOFBF, 1 << 16)
let status = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()))
fflush(stdout)
exit(status)
