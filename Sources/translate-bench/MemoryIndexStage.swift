import Foundation
import TranslateBenchKit
import TranslateKit

/// `translate-bench --memory-index 1000000`: the persistent memory index at one size. Generates a
/// memory (`SyntheticMemory`, as MemoryScale does), saves it as a project's TMX, then times the index
/// build (the first `openForLookup`: TMX read, `MemoryIndex`, file written), a cold `translate tm lookup`
/// (a new process mapping the index; median of `runs`), and warm lookups in this process over the
/// mapped index (median over the queries). `--tmx-import FILE` compares the peak memory of the
/// whole-document and the streamed import in child processes.
enum MemoryIndexStage {
    static func run(units: Int, queries: Int, seed: UInt64, words: URL?, runs: Int, translate: String) throws {
        let list =
            words.flatMap { try? String(contentsOf: $0, encoding: .utf8) }.map(SyntheticMemory.words(tsv:))
            ?? BenchmarkLexicon.english.words.enumerated().map { (word: $1, weight: 1 / Double($0 + 1)) }
        var start = monotonic()
        let data = SyntheticMemory(seed: seed, words: list, units: units, queries: queries)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("memory-index-\(units)-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        try ProjectScaffold.create(root: root)
        try TranslationMemory(language: "es", units: data.units).save(root: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let tmx = try TranslationMemory.url(root: root, language: "es")
        let tmxSize = (try FileManager.default.attributesOfItem(atPath: tmx.path)[.size] as? Int) ?? 0
        log("  \(units) units: generated and saved in \(format(monotonic() - start)) s (TMX \(tmxSize / 1_000_000) MB)")

        // The build, in its parts, then as lookup does it.
        start = monotonic()
        let memory = try TranslationMemory.load(root: root, language: "es")
        let load = monotonic() - start
        start = monotonic()
        let index = MemoryIndex(memory)
        let build = monotonic() - start
        log("  read TMX \(format(load)) s, MemoryIndex \(format(build)) s")
        start = monotonic()
        let built = try TranslationMemory.openForLookup(root: root, language: "es")
        let first = monotonic() - start
        precondition(built.origin == .rebuilt)
        let file = PersistentMemoryIndex.url(memory: tmx, language: "es")
        let fileSize = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        log("  first openForLookup (read + index + encode + write) \(format(first)) s; index file \(fileSize / 1_000_000) MB")

        start = monotonic()
        let mapped = try TranslationMemory.openForLookup(root: root, language: "es")
        let open = monotonic() - start
        precondition(mapped.origin == .mapped)
        var warm: [Double] = []
        var warm75: [Double] = []
        var inMemory: [Double] = []
        var differ = 0
        for query in data.queries {
            var t = monotonic()
            let a = mapped.lookup(MemoryQuery(query))
            warm.append((monotonic() - t) * 1000)
            t = monotonic()
            _ = mapped.lookup(MemoryQuery(query), limit: 1, minimumScore: 75)
            warm75.append((monotonic() - t) * 1000)
            t = monotonic()
            let b = index.lookup(MemoryQuery(query))
            inMemory.append((monotonic() - t) * 1000)
            if a != b { differ += 1 }
        }
        func median(_ v: [Double]) -> Double { v.sorted()[v.count / 2] }
        func p90(_ v: [Double]) -> Double { v.sorted()[min(v.count - 1, v.count * 9 / 10)] }
        var cold: [Double] = []
        let query = data.queries[0]
        for _ in 0..<runs {
            let t = monotonic()
            _ = try runCapturing(translate, ["tm", "lookup", "--lang", "es", "--root", root.path, query], discardingErrors: true)
            cold.append((monotonic() - t) * 1000)
        }
        print(
            """
            units \(units), distinct sources \(index.normalizedSources.count), TMX \(tmxSize / 1_000_000) MB, index file \(fileSize / 1_000_000) MB
            build: read TMX \(format(load)) s, MemoryIndex \(format(build)) s, first openForLookup (read+index+encode+write) \(format(first)) s
            open mapped index \(format(open * 1000)) ms
            cold `translate tm lookup` (one query, new process, \(runs) runs): median \(format(median(cold))) ms, all \(cold.map { format($0) }.joined(separator: " ")) ms
            warm lookup limit 5 min 50 (\(warm.count) queries): median \(format(median(warm))) ms, p90 \(format(p90(warm))) ms; in-memory MemoryIndex median \(format(median(inMemory))) ms
            warm lookup limit 1 min 75: median \(format(median(warm75))) ms, p90 \(format(p90(warm75))) ms
            answers differing from MemoryIndex: \(differ) of \(data.queries.count)
            """)
    }

    /// Child: imports FILE into an empty project the old way (whole document) or streamed; prints peak RSS.
    static func importChild(mode: String, file: URL) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tmx-import-\(getpid())")
        try ProjectScaffold.create(root: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let start = monotonic()
        let results =
            mode == "whole"
            ? try TranslationMemory.importing(try TMXReader.read(file), root: root)
            : try TranslationMemory.importing(contentsOf: file, root: root)
        let transaction = FileTransaction(root: root)
        for (memory, _) in results { try memory.save(in: transaction) }
        try transaction.commit()
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        print("\(mode): \(results.map { $0.memory.units.count }.reduce(0, +)) units in \(format(monotonic() - start)) s, peak RSS \(usage.ru_maxrss / 1024) MB")
    }

    /// Writes a TMX of about `megabytes` from a generated memory.
    static func writeTMX(megabytes: Int, to url: URL) throws {
        let words = BenchmarkLexicon.english.words.enumerated().map { (word: $1, weight: 1 / Double($0 + 1)) }
        let units = megabytes * 1_000_000 / 620  // a generated unit takes about 620 bytes of TMX
        try TranslationMemory(language: "es", units: SyntheticMemory(seed: 9, words: words, units: units, queries: 1).units).save(to: url)
    }
}
