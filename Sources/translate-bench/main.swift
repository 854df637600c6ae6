// translate-bench: times each stage of translate on synthetic districts, each run in a child process so
// peak memory is per stage, beside peer tools on the same files. See docs/PERFORMANCE.md.
import Foundation
import TranslateBenchKit
import TranslateKit

let usage = """
    usage: translate-bench [--sizes district,10x,100x] [--stages extract,sync,check,...] [--repeat N]
                           [--out docs/PERFORMANCE.md] [--data .bench] [--seed N] [--peers scripts/bench-peers.sh]
                           [--languages N]   (cap the target languages of every size)
                           [--memory-index UNITS [--memory-queries N] [--repeat N]]   (the persistent memory index at one size)
                           [--tmx-write MB:FILE] [--tmx-import FILE --tmx-import-child whole|streamed]   (tm import's peak memory)
                           [--memory-scale 100000,1000000 [--memory-queries 5000] [--words FILE] [--rapidfuzz scripts/bench-rapidfuzz.py]]
                                             (one language's memory at those sizes; --sizes none runs only this)
    --repeat takes one count, or one per size in order (3,1,1); default 3, and 1 at 100x.
    stages: \(Stages.all.map(\.name).joined(separator: ", "))
    """

/// Measured facts of one run of one stage, printed by the child as one JSON line.
struct Sample: Codable {
    var wall: Double
    var user: Double
    var system: Double
    /// Peak resident set of the child, KiB.
    var maxRSS: Int
    var messages: Int
    var pages: Int
    var bytes: Int
    var note: String
    /// Languages a per-language stage worked on (catalogs for sync and check, bundles for build).
    var languages: Int?
}

func monotonic() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func usageNow() -> rusage {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage
}

func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("translate-bench: \(message)\n".utf8))
    exit(2)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

// MARK: Options

var options: [String: String] = [:]
var arguments = Array(CommandLine.arguments.dropFirst())
var childStage: String?
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--help", "-h":
        print(usage)
        exit(0)
    case "--child":
        guard !arguments.isEmpty else { fail("--child needs a stage") }
        childStage = arguments.removeFirst()
    case "--sizes", "--stages", "--repeat", "--out", "--data", "--seed", "--peers", "--root", "--languages",
        "--memory-scale", "--memory-scale-child", "--memory-queries", "--words", "--rapidfuzz", "--brute-force",
        "--memory-index", "--tmx-import", "--tmx-import-child", "--tmx-write":
        guard !arguments.isEmpty else { fail("\(argument) needs a value") }
        options[String(argument.dropFirst(2))] = arguments.removeFirst()
    default:
        fail("unknown option \(argument)\n\(usage)")
    }
}

// MARK: Child: run one stage once and report

if let units = options["memory-index"].flatMap({ Int($0) }) {
    let translate = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("translate").path
    try MemoryIndexStage.run(
        units: units, queries: Int(options["memory-queries"] ?? "500") ?? 500,
        seed: UInt64(options["seed"] ?? "20261123") ?? 20261123, words: options["words"].map { URL(fileURLWithPath: $0) },
        runs: Int(options["repeat"] ?? "5") ?? 5, translate: translate)
    exit(0)
}
if let spec = options["tmx-write"] {  // MB:FILE
    let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
    try MemoryIndexStage.writeTMX(megabytes: Int(parts[0]) ?? 30, to: URL(fileURLWithPath: parts[1]))
    exit(0)
}
if let mode = options["tmx-import-child"], let file = options["tmx-import"] {
    try MemoryIndexStage.importChild(mode: mode, file: URL(fileURLWithPath: file))
    exit(0)
}

if let units = options["memory-scale-child"].flatMap({ Int($0) }) {
    let result = try MemoryScale.child(
        units: units, queries: Int(options["memory-queries"] ?? "5000") ?? 5000,
        seed: UInt64(options["seed"] ?? "20261123") ?? 20261123,
        words: URL(fileURLWithPath: options["words"] ?? ".bench/memory/words-en.tsv"),
        dump: URL(fileURLWithPath: options["data"] ?? ".bench").appendingPathComponent("memory"),
        bruteForceSample: Int(options["brute-force"] ?? "200") ?? 200)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    print(String(decoding: try encoder.encode(result), as: UTF8.self))
    exit(0)
}

if let stageName = childStage {
    guard let root = options["root"].map({ URL(fileURLWithPath: $0) }) else { fail("--child needs --root") }
    guard let stage = Stages.all.first(where: { $0.name == stageName }) else { fail("unknown stage \(stageName)") }
    let before = usageNow()
    let start = monotonic()
    var sample: Sample
    do {
        sample = try stage.run(root)
    } catch {
        fail("stage \(stageName) failed: \(error)")
    }
    sample.wall = monotonic() - start
    let after = usageNow()
    sample.user = seconds(after.ru_utime) - seconds(before.ru_utime)
    sample.system = seconds(after.ru_stime) - seconds(before.ru_stime)
    sample.maxRSS = after.ru_maxrss
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    print(String(decoding: try! encoder.encode(sample), as: UTF8.self))
    exit(0)
}

// MARK: Parent

let seed = UInt64(options["seed"] ?? "20261123") ?? 20261123
let sizeNames = (options["sizes"] ?? "district,10x,100x").split(separator: ",").map(String.init).filter { $0 != "none" }
let stageNames = (options["stages"] ?? Stages.all.map(\.name).joined(separator: ",")).split(separator: ",").map(String.init)
let dataFolder = URL(fileURLWithPath: options["data"] ?? ".bench")
let languageCap = options["languages"].flatMap { Int($0) }
for name in stageNames where !Stages.all.contains(where: { $0.name == name }) { fail("unknown stage \(name)\n\(usage)") }
var sizes: [SyntheticDistrict.Size] = []
for name in sizeNames {
    guard var size = SyntheticDistrict.Size.named(name) else { fail("unknown size \(name)\n\(usage)") }
    if let cap = languageCap { size.languageLimit = min(size.languageLimit ?? cap, cap) }
    sizes.append(size)
}
let executable =
    URL(fileURLWithPath: CommandLine.arguments[0]).path.hasPrefix("/")
    ? CommandLine.arguments[0] : (Bundle.main.executablePath ?? CommandLine.arguments[0])

func log(_ text: String) { FileHandle.standardError.write(Data("[\(Date())] \(text)\n".utf8)) }

/// Generates a size's files unless the folder already holds that exact generation.
func prepare(_ size: SyntheticDistrict.Size) throws -> (URL, SyntheticDistrict, Double) {
    let folder = dataFolder.appendingPathComponent(size.name)
    // Beyond district size one memory (of 35k and 350k units) is enough to show how lookups grow with a memory's size.
    let district = SyntheticDistrict(seed: seed, size: size, memoryLanguageCount: size.name == "district" ? 5 : 1)
    let stamp =
        "seed \(seed) pages \(size.pages) messages \(size.messages) languages \(district.languages.joined(separator: " ")) memory \(district.memoryLanguages.joined(separator: " ")) generator 2\n"
    let stampURL = folder.appendingPathComponent("STAMP")
    if (try? String(contentsOf: stampURL, encoding: .utf8)) == stamp { return (folder, district, 0) }
    log("generating \(size.name) into \(folder.path)")
    try? FileManager.default.removeItem(at: folder)
    let start = monotonic()
    let summary = try district.write(to: folder)
    let elapsed = monotonic() - start
    try stamp.write(to: stampURL, atomically: true, encoding: .utf8)
    log("generated \(summary.files) files, \(summary.bytes / 1_000_000) MB in \(String(format: "%.1f", elapsed)) s")
    return (folder, district, elapsed)
}

func runChild(_ stage: String, root: URL) throws -> Sample {
    let (data, status) = try runCapturing(executable, ["--child", stage, "--root", root.path])
    guard status == 0 else { throw childFailure("child \(stage)", status: status) }
    return try JSONDecoder().decode(Sample.self, from: data)
}

struct Row {
    var size: SyntheticDistrict.Size
    var stage: String
    var samples: [Sample]
    var wall: Double { median(samples.map(\.wall)) }
    var cpu: Double { median(samples.map { $0.user + $0.system }) }
    var rss: Int { samples.map(\.maxRSS).max() ?? 0 }
    var first: Sample { samples[0] }
}

struct PeerRow {
    var size: String
    var peer: String
    var ours: String
    var wall: Double
    var rss: Int
    var note: String
    /// The share of our stage's work the peer did (it ran on a subset); ratios compare equal work.
    var share: Double
}

var rows: [Row] = []
var peerRows: [PeerRow] = []
var skipped: [String] = []
var generation: [String: (Double, Int, Int)] = [:]
var repeatsUsed: [String: Int] = [:]
let benchStart = monotonic()
for size in sizes {
    let (root, district, generated) = try prepare(size)
    generation[size.name] = (generated, district.languages.count, district.memoryLanguages.count)
    // --repeat 3 for every size, or one count per size in order: --repeat 3,1,1.
    let repeatCounts = (options["repeat"] ?? "").split(separator: ",").compactMap { Int($0) }
    let position = sizes.firstIndex(of: size) ?? 0
    let repeats = repeatCounts.isEmpty ? (size.name == "100x" ? 1 : 3) : repeatCounts[min(position, repeatCounts.count - 1)]
    repeatsUsed[size.name] = repeats
    for stage in stageNames {
        var samples: [Sample] = []
        for attempt in 1...repeats {
            log("\(size.name) \(stage) run \(attempt)/\(repeats)")
            do { samples.append(try runChild(stage, root: root)) } catch {
                log("\(error)")
                skipped.append("\(size.name) \(stage) (the child process failed or was stopped: \(error.localizedDescription))")
                break
            }
        }
        if !samples.isEmpty {
            rows.append(Row(size: size, stage: stage, samples: samples))
            let row = rows[rows.count - 1]
            log(String(format: "  %@ %@: %.3f s wall, %.3f s CPU, %d MB peak", size.name, stage, row.wall, row.cpu, row.rss / 1024))
        }
    }
    if let script = options["peers"] {
        log("peers on \(size.name)")
        let (data, _) = try runCapturing("/bin/bash", [script, root.path, String(repeats)])
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let wall = Double(fields[2]) else { continue }
            peerRows.append(
                PeerRow(
                    size: size.name, peer: fields[0], ours: fields[1], wall: wall, rss: Int(fields[3]) ?? 0, note: fields[4],
                    share: fields.count > 5 ? Double(fields[5]) ?? 1 : 1))
            log("  peer \(fields[0]): \(fields[2]) s")
        }
    }
}
var memoryScaleSection = ""
if let list = options["memory-scale"], list != "none" {
    let sizes = list.split(separator: ",").compactMap { Int($0) }
    let words = URL(fileURLWithPath: options["words"] ?? dataFolder.appendingPathComponent("memory/words-en.tsv").path)
    guard FileManager.default.fileExists(atPath: words.path) else {
        fail("--memory-scale needs a word list at \(words.path) (scripts/bench.sh writes it from wordfreq)")
    }
    memoryScaleSection = try MemoryScale.run(
        sizes: sizes, queries: Int(options["memory-queries"] ?? "5000") ?? 5000, seed: seed,
        words: words, data: dataFolder, executable: executable, rapidfuzzScript: options["rapidfuzz"],
        rapidfuzzSample: { $0 >= 1_000_000 ? 500 : 5000 })
}
let totalTime = monotonic() - benchStart

// MARK: Report

func shell(_ command: String) -> String {
    let output = (try? runCapturing("/bin/sh", ["-c", command], discardingErrors: true))?.output ?? Data()
    return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

func format(_ value: Double) -> String {
    if value >= 100 { return String(format: "%.0f", value) }
    if value >= 10 { return String(format: "%.1f", value) }
    if value >= 1 { return String(format: "%.2f", value) }
    return String(format: "%.3f", value)
}

func rate(_ count: Int, _ seconds: Double) -> String {
    guard count > 0, seconds > 0 else { return "–" }
    let value = Double(count) / seconds
    if value >= 1_000_000 { return String(format: "%.2f M", value / 1_000_000) }
    if value >= 1_000 { return String(format: "%.1f k", value / 1_000) }
    return String(format: "%.0f", value)
}

var report = """
    # Performance

    <!-- Generated by `bash scripts/bench.sh` (swift run -c release translate-bench … --out docs/PERFORMANCE.md). Do not edit by hand. -->

    Regenerate with one command: `bash scripts/bench.sh` (about 40 minutes on this 2-core machine). It installs wordfreq and
    rapidfuzz from PyPI when missing (gettext and translate-toolkit from Debian, by scripts/bench-peers.sh), builds
    `translate-bench` in release mode, generates the synthetic districts into `.bench/` (git-ignored), times every stage at
    district, 10× and 100× size, runs the peer tools on the same files, measures one language's memory at 100,000 and
    1,000,000 units beside rapidfuzz, and rewrites this file.

    ## Method

    - **Data.** `SyntheticDistrict` (Sources/TranslateBenchKit/) with seed \(seed): HTML pages (navigation, headings,
      paragraphs with inline links and emphasis, lists, tables, phone numbers, e-mail addresses; every fifth page Markdown),
      a `messages.pot`, one catalog per target language of the built-in registry, and translation memories. Messages:
      ~8% plural, ~3% select, ~30% with arguments (names, numbers, dates, times), ~15% with numbered markup tags; plural
      branches use each target language's CLDR categories. Words are real words of each language's script (Spanish, Polish,
      Portuguese, Vietnamese, French, Russian, Arabic, Persian, Hebrew, Chinese, Japanese, Korean, Hindi, Greek, Ethiopic,
      Thai) or pseudo-words of the script's letters (Burmese, Khmer, Lao, Gurmukhi, Tamil, …). Coverage: the first 8
      languages complete, then about 25% complete, 55% partial (5–95%), 20% empty; 2% of translations fuzzy. Catalogs are
      one extraction behind the template: 2% of messages new, 3% with changed English, 1% retired — so sync has work.
      The memories (first 5 languages with translations at district size, the first 1 beyond it) hold 40% of messages
      exactly and 30% with one English word changed, keyed by the message's key (`tuid`), so in-context matches count.
    - **Stages.** Each stage runs in a child process of `translate-bench` (`translate-bench --child STAGE --root DIR`), so
      peak RSS (`ru_maxrss`) is that stage's alone; CPU time is user + system from `getrusage`; wall time is the median of
      the repeats (how many is given under each size), CPU time the median, peak RSS the maximum. Stages read their input from disk
      and build output in memory, except `build`, which writes the district's Output/ (no stage writes what another reads,
      so repeats see the same files).
      - `extract`: read every page, tokenize HTML / parse Markdown (pages spread over both cores), merge units, build the
        template and serialize it (POWriter).
      - `sync`: read messages.pot and each language's catalog, `CatalogMerger.merge`, serialize (what `translate sync` does per language).
      - `check`: `ProjectChecker.check` over the template and every catalog with all checks (ICU syntax, plural categories,
        markup, …; languages spread over both cores).
    \(Stages.mergeMethod)
    \(Stages.memoryMethod)
    - **Throughput** counts messages (template entries × languages for sync, check and build), pages (extract) and input
      bytes (output bytes for build).
    - **Languages.** Beyond district size the generator writes a `Locales/languages.tsv` with only the languages it
      translates (plus English, the languages their fallback chains name, and the pseudo-locales), so every stage,
      build included, works on those languages — as a district with that many languages would.
    - **Growth** is the ratio of wall time between consecutive sizes (each 10× more messages); 10 means linear.

    """

let cpuModel = shell("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2")
let memory = shell("grep MemTotal /proc/meminfo | awk '{printf \"%.1f GiB\", $2/1048576}'")
report += """
    ## Machine

    | | |
    | --- | --- |
    | CPU | \(cpuModel.isEmpty ? "unknown" : cpuModel), \(shell("nproc")) cores |
    | Memory | \(memory) |
    | OS | \(shell("uname -sr")) |
    | Swift | \(shell("swift --version 2>&1 | head -1")) |
    | ICU | \(Stages.icuVersion) |
    | Load average when the report was written | \(shell("cut -d' ' -f1-3 /proc/loadavg")) |
    | Date | \(shell("date -u +%Y-%m-%dT%H:%MZ")) |

    The machine is shared with other builds and test runs (up to 7 at once), so figures are noisy: the load average above
    is the one when the report was written. Treat differences under ~20% as noise.

    """

report += "## Results\n\n"
for size in sizes {
    let (generated, languageCount, memoryCount) = generation[size.name] ?? (0, 0, 0)
    report += "### \(size.name): \(size.pages) pages, \(size.messages) messages, \(languageCount) languages\n\n"
    if size.languageLimit != nil {
        report += "Only \(languageCount) target languages at this size (spread over the registry) to keep the run within minutes.\n"
    }
    report +=
        "Runs per stage: \(repeatsUsed[size.name] ?? 0). Memories for \(memoryCount) languages. "
        + (generated > 0 ? "Generating the data took \(format(generated)) s.\n\n" : "Data reused from an earlier identical generation.\n\n")
    report += "| Stage | Wall (median) | CPU | Peak RSS | Work | Messages/s | Pages/s | MB/s | Notes |\n"
    report += "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |\n"
    for row in rows where row.size.name == size.name {
        let s = row.first
        report +=
            "| \(row.stage) | \(format(row.wall)) s | \(format(row.cpu)) s | \(row.rss / 1024) MB | \(s.messages) msgs, \(s.pages) pages, \(String(format: "%.1f", Double(s.bytes) / 1e6)) MB | \(rate(s.messages, row.wall)) | \(rate(s.pages, row.wall)) | \(s.bytes > 0 ? String(format: "%.1f", Double(s.bytes) / 1e6 / row.wall) : "–") | \(s.note) |\n"
    }
    report += "\n"
}

if sizes.count > 1 {
    report +=
        "## Growth\n\nWall-time ratio between consecutive sizes (10× the messages each; sizes with fewer languages are normalized per language, "
        + "memory stages per memory; their memories grow 10× while the sample of queries stays at 5,000, so 10× is linear in the memory's size).\n\n"
    report += "| Stage | " + zip(sizes, sizes.dropFirst()).map { "\($0.name) → \($1.name)" }.joined(separator: " | ") + " |\n"
    report += "| --- |" + String(repeating: " ---: |", count: sizes.count - 1) + "\n"
    for stage in stageNames {
        var cells: [String] = []
        for (a, b) in zip(sizes, sizes.dropFirst()) {
            guard let ra = rows.first(where: { $0.size.name == a.name && $0.stage == stage }),
                let rb = rows.first(where: { $0.size.name == b.name && $0.stage == stage }), ra.wall > 0
            else {
                cells.append("–")
                continue
            }
            // Per-language stages scale with languages, memory stages with memories; compare like with like.
            let perLanguage = Stages.perLanguage.contains(stage)
            let perMemory = Stages.perMemory.contains(stage)
            let la = Double((perMemory ? generation[a.name]?.2 : ra.first.languages ?? generation[a.name]?.1) ?? 1)
            let lb = Double((perMemory ? generation[b.name]?.2 : rb.first.languages ?? generation[b.name]?.1) ?? 1)
            let normalized = perLanguage || perMemory
            let ratio = (rb.wall / (normalized ? lb : 1)) / (ra.wall / (normalized ? la : 1))
            cells.append(String(format: "%.1f×", ratio) + (normalized && la != lb ? (perMemory ? " (per memory)" : " (per language)") : ""))
        }
        report += "| \(stage) | " + cells.joined(separator: " | ") + " |\n"
    }
    report += "\n"
}

report += "## Peers\n\n"
if peerRows.isEmpty {
    report += "Peers were not run (pass `--peers scripts/bench-peers.sh`, as scripts/bench.sh does).\n\n"
} else {
    report +=
        "Same files, same run, medians. Ratio = our wall time / the peer's (below 1: we are faster); when a peer ran on part of the work (a subset of catalogs, "
        + "the HTML pages only) our time is scaled by that share first.\n\n"
    report +=
        "| Size | Peer | Against | Peer wall | Peer peak RSS | Our wall | Ratio | What the peer does |\n| --- | --- | --- | ---: | ---: | ---: | ---: | --- |\n"
    for peer in peerRows {
        let ours = rows.first { $0.size.name == peer.size && $0.stage == peer.ours }
        let ratio = ours.map { peer.wall > 0 ? String(format: "%.2f", $0.wall * peer.share / peer.wall) : "–" } ?? "–"
        report +=
            "| \(peer.size) | \(peer.peer) | \(peer.ours) | \(format(peer.wall)) s | \(peer.rss / 1024) MB | \(ours.map { format($0.wall) + " s" } ?? "–") | \(ratio) | \(peer.note) |\n"
    }
    report += "\n"
}
if !skipped.isEmpty {
    report += "Not run: \(skipped.joined(separator: "; ")).\n\n"
}
report += memoryScaleSection
report += Stages.peerNotes
report += "\nWhole run: \(format(totalTime)) s.\n"

/// Sections measured by hand (what the runner cannot time) follow this line in the report and survive a regeneration.
let keptMarker = "<!-- Measured by hand below this line: translate-bench keeps it when it rewrites the file. -->"
if let out = options["out"] {
    if let previous = try? String(contentsOfFile: out, encoding: .utf8), let kept = previous.range(of: keptMarker) {
        report += "\n" + previous[kept.lowerBound...]
    }
    try AtomicFile.write(Data(report.utf8), to: URL(fileURLWithPath: out))
    log("wrote \(out)")
} else {
    print(report)
}
