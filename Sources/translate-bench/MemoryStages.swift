import Foundation
import TranslateKit

/// Translation memory stages. Each treats the template as a new language's empty catalog (every message
/// untranslated), the heaviest realistic case, against each memory in Locales/memory/.
extension Stages {
    static let memoryStages: [Stage] = [load, lookup, pretranslate, analyze]

    static let memoryMethod = """
          - `tm-load`: read and index every memory (TMXReader, `MemoryIndex`) — the fixed cost the next three include.
          - `lookup`: load + index each memory, then `MemoryIndex.lookup` (best 5 at ≥ 75%, one query at a time) for each
            message of the sample: every template message up to 5,000, beyond that every k-th (5,000 per memory), so that
            the work grows with the memory, not with memory × template; rapidfuzz gets the same sample.
          - `pretranslate`: load + index, then `Pretranslator.pretranslate` of the sample as an empty catalog (lookups spread
            over both cores).
          - `analyze`: load + index, then `MemoryAnalysis.analyze` of the sample (bands 101/100/95–99/…/50–74/no match;
            the 50–74 band needs a search at ≥ 50, which no trigram bound can narrow; spread over both cores).
          - `build`: `BundleBuilder.build` for every language of the district's registry (flat ICU bundles with fallback
            chains, their metadata, manifest, picker), streamed into a temporary folder and swapped in as the district's
            Output/, as `translate build` does (without its check and with every language rebuilt); pages not rendered.
        """

    static func memories(_ root: URL) throws -> [(tag: String, index: MemoryIndex, bytes: Int, units: Int)] {
        try TranslationMemory.languages(root: root).map { tag in
            let memory = try TranslationMemory.load(root: root, language: tag)
            return (tag, MemoryIndex(memory), size(try TranslationMemory.url(root: root, language: tag)), memory.units.count)
        }
    }

    static func template(_ root: URL) throws -> Catalog {
        try POReader.read(root.appendingPathComponent("Locales/messages.pot"), displayPath: "Locales/messages.pot").catalog
    }

    /// The messages the memory stages look up: every k-th template message, at most 5,000 (all at district size),
    /// so the work grows with the memory's size alone, not with memory × template (which is quadratic in the size).
    /// rapidfuzz takes the same sample (scripts/bench-peers.sh).
    static func queries(_ root: URL) throws -> Catalog {
        var catalog = try template(root)
        let messages = catalog.entries.filter { !$0.isHeader && !$0.isObsolete }
        let step = max(1, messages.count / 5000)
        catalog.entries = catalog.entries.filter(\.isHeader) + stride(from: 0, to: messages.count, by: step).map { messages[$0] }
        return catalog
    }

    static let load = Stage(name: "tm-load") { root in
        let loaded = try memories(root)
        let units = loaded.reduce(0) { $0 + $1.units }
        return Sample(
            wall: 0, user: 0, system: 0, maxRSS: 0, messages: units, pages: 0, bytes: loaded.reduce(0) { $0 + $1.bytes },
            note: "\(loaded.count) memories, \(units) units (messages = units)")
    }

    static let lookup = Stage(name: "lookup") { root in
        let template = try queries(root)
        let loaded = try memories(root)
        var queries = 0
        var hits = 0
        for memory in loaded {
            for entry in template.entries where !entry.isHeader {
                queries += 1
                if !memory.index.lookup(MemoryQuery(entry.source, key: entry.key), limit: 5, minimumScore: 75).isEmpty { hits += 1 }
            }
        }
        return Sample(
            wall: 0, user: 0, system: 0, maxRSS: 0, messages: queries, pages: 0, bytes: loaded.reduce(0) { $0 + $1.bytes },
            note: "\(loaded.count) memories, \(loaded.reduce(0) { $0 + $1.units }) units; \(hits) of \(queries) queries matched ≥ 75%")
    }

    static let pretranslate = Stage(name: "pretranslate") { root in
        let template = try queries(root)
        let loaded = try memories(root)
        var total = PretranslationSummary()
        var messages = 0
        for memory in loaded {
            let (_, summary) = Pretranslator.pretranslate(template, index: memory.index)
            total.inContext += summary.inContext
            total.exact += summary.exact
            total.suggested += summary.suggested
            total.unmatched += summary.unmatched
            messages += template.entries.count
        }
        return Sample(
            wall: 0, user: 0, system: 0, maxRSS: 0, messages: messages, pages: 0, bytes: loaded.reduce(0) { $0 + $1.bytes },
            note: "\(total.inContext) in context, \(total.exact) exact, \(total.suggested) suggested, \(total.unmatched) unmatched")
    }

    static let analyze = Stage(name: "analyze") { root in
        let template = try queries(root)
        let loaded = try memories(root)
        var segments = 0
        var words = 0
        for memory in loaded {
            let analysis = MemoryAnalysis.analyze(template, index: memory.index, language: memory.tag)
            segments += analysis.total.segments
            words += analysis.total.words
        }
        return Sample(
            wall: 0, user: 0, system: 0, maxRSS: 0, messages: segments, pages: 0, bytes: loaded.reduce(0) { $0 + $1.bytes },
            note: "\(segments) segments, \(words) words analysed")
    }
}
