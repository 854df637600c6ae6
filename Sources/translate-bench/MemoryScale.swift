import Foundation
import TranslateBenchKit
import TranslateKit

/// The translation-memory scale benchmark: one language's memory of K units (100k, 1M), 5,000 new segments
/// pretranslated against it, each lookup timed; the normalized sources and queries are dumped so
/// rapidfuzz (scripts/bench-rapidfuzz.py) scores the same strings.
enum MemoryScale {
    struct Result: Codable {
        var units: Int
        var distinctSources: Int
        var queries: Int
        var generate: Double
        var store: Double
        var indexBuild: Double
        /// Resident memory the index added (KiB), and the child's peak.
        var indexRSS: Int
        var peakRSS: Int
        /// Per-query times of `lookup(limit: 1, minimumScore: 75)`, milliseconds.
        var lookupMedian: Double
        var lookupP90: Double
        var lookupP99: Double
        var lookupMax: Double
        /// Median per query kind (repeated, revised, fresh).
        var lookupMedianByKind: [String: Double]
        /// What analyze asks (the best at ≥ 75, else whether any source reaches 50), on a sample.
        var lookup50Median: Double
        var lookup50P90: Double
        var lookup50Sample: Int
        var pretranslate: Double
        var summary: PretranslationSummary
        /// Queries (a sample) whose indexed best score equals scoring every unit.
        var bruteForceChecked: Int
        var bruteForceAgreed: Int
        var bruteForceMedian: Double
        /// Queries with a match at ≥ 75 by kind.
        var matchedByKind: [String: Int]
        var countByKind: [String: Int]
    }

    static func residentKiB() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.down)))]
    }

    /// Runs in a child process: generates, stores, indexes, looks up, pretranslates, dumps.
    static func child(units: Int, queries: Int, seed: UInt64, words: URL, dump: URL, bruteForceSample: Int) throws -> Result {
        var start = monotonic()
        let list = SyntheticMemory.words(tsv: try String(contentsOf: words, encoding: .utf8))
        let data = SyntheticMemory(seed: seed, words: list, units: units, queries: queries)
        let generate = monotonic() - start
        start = monotonic()
        let memory = TranslationMemory(language: "es", units: data.units)
        let store = monotonic() - start
        let before = residentKiB()
        start = monotonic()
        let index = MemoryIndex(memory)
        let indexBuild = monotonic() - start
        let indexRSS = residentKiB() - before
        log("  \(units) units: generated in \(format(generate)) s, stored in \(format(store)) s, indexed in \(format(indexBuild)) s")

        var times: [Double] = []
        var best: [Int] = []
        var matchedByKind: [String: Int] = [:]
        for (q, query) in data.queries.enumerated() {
            let t = monotonic()
            let found = index.lookup(MemoryQuery(query), limit: 1, minimumScore: 75).first
            times.append((monotonic() - t) * 1000)
            best.append(found.map { min($0.score, 100) } ?? -1)
            if found != nil { matchedByKind[data.queryKinds[q].rawValue, default: 0] += 1 }
        }
        var timesByKind: [String: [Double]] = [:]
        for (q, time) in times.enumerated() { timesByKind[data.queryKinds[q].rawValue, default: []].append(time) }
        times.sort()
        let sample50 = min(queries, 500)
        var times50: [Double] = []
        for query in data.queries.prefix(sample50) {
            let t = monotonic()
            // What analyze asks: the best at ≥ 75, else whether anything reaches 50.
            if index.lookup(MemoryQuery(query), limit: 1, minimumScore: 75).isEmpty { _ = index.hasMatch(MatchText(query), minimumScore: 50) }
            times50.append((monotonic() - t) * 1000)
        }
        times50.sort()
        log(
            "  lookups: median \(format(percentile(times, 0.5))) ms, p99 \(format(percentile(times, 0.99))) ms; at ≥ 50 median \(format(percentile(times50, 0.5))) ms"
        )

        var catalog = Catalog()
        for (q, query) in data.queries.enumerated() { catalog.entries.append(CatalogEntry(key: "new.\(q)", source: query)) }
        start = monotonic()
        let (_, summary) = Pretranslator.pretranslate(catalog, index: index)
        let pretranslate = monotonic() - start

        // The index's answer against scoring every unit, on a sample.
        var agreed = 0
        var bruteTimes: [Double] = []
        for q in stride(from: 0, to: queries, by: max(1, queries / max(1, bruteForceSample))).prefix(bruteForceSample) {
            let text = MatchText(data.queries[q])
            let t = monotonic()
            let reference = index.bruteForce(text, limit: 1, minimumScore: 75).first?.score ?? -1
            bruteTimes.append((monotonic() - t) * 1000)
            if reference == index.bestEntries(text, limit: 1, minimumScore: 75).first?.score ?? -1 { agreed += 1 }
        }
        bruteTimes.sort()

        // The same strings for rapidfuzz: normalized sources (one per distinct source), queries, our best scores.
        try FileManager.default.createDirectory(at: dump, withIntermediateDirectories: true)
        var choices = ""
        for entry in index.normalizedSources { choices += entry + "\n" }
        try choices.write(to: dump.appendingPathComponent("choices-\(units).txt"), atomically: true, encoding: .utf8)
        var lines = ""
        for (q, query) in data.queries.enumerated() {
            lines += String(String.UnicodeScalarView(MatchText(query).scalars.compactMap(Unicode.Scalar.init))) + "\t\(best[q])\n"
        }
        try lines.write(to: dump.appendingPathComponent("queries-\(units).tsv"), atomically: true, encoding: .utf8)

        var counts: [String: Int] = [:]
        for kind in data.queryKinds { counts[kind.rawValue, default: 0] += 1 }
        return Result(
            units: memory.units.count, distinctSources: index.normalizedSources.count, queries: queries,
            generate: generate, store: store, indexBuild: indexBuild, indexRSS: indexRSS, peakRSS: usageNow().ru_maxrss,
            lookupMedian: percentile(times, 0.5), lookupP90: percentile(times, 0.9), lookupP99: percentile(times, 0.99),
            lookupMax: times.last ?? 0,
            lookupMedianByKind: timesByKind.mapValues { percentile($0.sorted(), 0.5) }, lookup50Median: percentile(times50, 0.5),
            lookup50P90: percentile(times50, 0.9),
            lookup50Sample: sample50, pretranslate: pretranslate, summary: summary,
            bruteForceChecked: bruteTimes.count, bruteForceAgreed: agreed, bruteForceMedian: percentile(bruteTimes, 0.5),
            matchedByKind: matchedByKind, countByKind: counts)
    }
}

extension MemoryScale {
    /// What rapidfuzz did on the same strings (scripts/bench-rapidfuzz.py).
    struct Peer: Codable {
        var choices: Int
        var queries: Int
        var load: Double
        var median: Double
        var p90: Double
        var p99: Double
        var agree: Int
        var matched: Int
    }

    /// Parent side: one child per size, then rapidfuzz on the dumped strings; returns the report section.
    static func run(
        sizes: [Int], queries: Int, seed: UInt64, words: URL, data: URL, executable: String,
        rapidfuzzScript: String?, rapidfuzzSample: (Int) -> Int
    ) throws -> String {
        var results: [(Result, Peer?)] = []
        for units in sizes {
            log("memory scale: \(units) units, \(queries) new segments")
            let (output, status) = try runCapturing(
                executable,
                [
                    "--memory-scale-child", String(units), "--memory-queries", String(queries),
                    "--seed", String(seed), "--words", words.path, "--data", data.path,
                    "--brute-force", "100",
                ])
            guard status == 0 else { throw childFailure("memory scale child for \(units)", status: status) }
            let result = try JSONDecoder().decode(Result.self, from: output)
            var peer: Peer?
            if let script = rapidfuzzScript {
                let sample = rapidfuzzSample(units)
                log("  rapidfuzz extractOne on \(sample) of the queries")
                let (bytes, pythonStatus) = try runCapturing(
                    "/usr/bin/env",
                    [
                        "python3", script, data.appendingPathComponent("memory/choices-\(units).txt").path,
                        data.appendingPathComponent("memory/queries-\(units).tsv").path, String(sample),
                    ])
                peer = pythonStatus == 0 ? try? JSONDecoder().decode(Peer.self, from: bytes) : nil
                if peer == nil { log("  rapidfuzz did not run (pip install rapidfuzz)") }
            }
            results.append((result, peer))
        }
        return report(results, queries: queries)
    }

    static func report(_ results: [(Result, Peer?)], queries: Int) -> String {
        func ms(_ value: Double) -> String { format(value) + " ms" }
        var text = """
            ## Translation memory at scale

            One language's memory of 100,000 and 1,000,000 units (`SyntheticMemory`, seeded): English sentences of 4–20 words drawn
            by frequency from the 30,000 most frequent English words (wordfreq's list, so character trigrams are as skewed as
            in real text), 30% with a number, time, date, phone number, placeholder or tag, and a fifth of the units revisions
            of earlier ones (one to three words changed), as a real memory holds. \(queries) new segments: 15% repeats of a
            unit, 35% revisions of one (one to three words changed), 50% fresh sentences.
            Per size, in its own process: generate, store (`TranslationMemory`), index (`MemoryIndex`), then time each
            lookup alone (`lookup(limit: 1, minimumScore: 75)`, what pretranslation asks; medians and percentiles over all
            queries), what analyze asks (that, and when nothing reaches 75, `hasMatch(minimumScore: 50)` for the 50–74 band) on
            the first 500, and
            `Pretranslator.pretranslate` of all \(queries) as an untranslated catalog (lookups spread over both cores).
            "Index memory" is the growth of the resident set while the index was built. The top score of 100 queries is
            compared with scoring every unit (`bruteForce`). rapidfuzz `process.extractOne` (scorer
            `Levenshtein.normalized_similarity` — 1 − distance / longer length, the score translate computes — and
            `score_cutoff=0.75`) runs on the very strings the index matched (normalized sources and queries dumped by the
            benchmark), one call per query, on the first queries (all at 100k, a sample at 1M); "agree" counts queries whose
            best score equals ours.

            | Units | Distinct sources | Index build | Index memory | Peak RSS | Lookup ≥ 75: median | p90 | p99 | Median: repeat / revision / fresh | Analysis (band down to 50): median, p90 | Pretranslate \(queries) | Top match = every unit scored |
            | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |

            """
        for (r, _) in results {
            let kinds = ["repeated", "revised", "fresh"].map { r.lookupMedianByKind[$0].map(ms) ?? "–" }.joined(separator: " / ")
            text +=
                "| \(r.units) | \(r.distinctSources) | \(format(r.indexBuild)) s | \(r.indexRSS / 1024) MB | \(r.peakRSS / 1024) MB | \(ms(r.lookupMedian)) | \(ms(r.lookupP90)) | \(ms(r.lookupP99)) | \(kinds) | \(ms(r.lookup50Median)), \(ms(r.lookup50P90)) (\(r.lookup50Sample) queries) | \(format(r.pretranslate)) s | \(r.bruteForceAgreed) of \(r.bruteForceChecked) (scoring all: \(ms(r.bruteForceMedian)) each) |\n"
        }
        text +=
            "\nWhat the \(queries) segments found at ≥ 75: "
            + results.map { r, _ in
                "\(r.units) units — \(r.summary.exact) exact, \(r.summary.suggested) fuzzy suggestions, \(r.summary.unmatched) no match"
            }.joined(separator: "; ") + ". Storing the memory took " + results.map { "\(format($0.0.store)) s" }.joined(separator: " and ") + ".\n\n"
        text +=
            "| Units | rapidfuzz extractOne: median | p90 | queries | agree with ours | Our lookup median | Ratio (ours / rapidfuzz) |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        for (r, peer) in results {
            guard let peer else {
                text += "| \(r.units) | not run | | | | \(ms(r.lookupMedian)) | – |\n"
                continue
            }
            text +=
                "| \(r.units) | \(ms(peer.median)) | \(ms(peer.p90)) | \(peer.queries) | \(peer.agree) of \(peer.queries) | \(ms(r.lookupMedian)) | \(String(format: "%.3f", r.lookupMedian / peer.median)) |\n"
        }
        return text + "\n"
    }
}
