import Foundation

/// A language's memory index as `translate tm lookup` uses it: memory-mapped from
/// Locales/memory/.index/<tag>.tmi and queried in place, so a cold lookup neither parses the TMX
/// nor builds a Swift object per unit. Answers exactly as `MemoryIndex` does (the same search
/// runs over the same tables; tests compare the two).
///
/// The file is trusted only after validation: magic, version, its own length, a header checksum,
/// every section inside the file with the size its counts give, and the fingerprint of the TMX
/// it was made from. Anything else — missing, truncated, damaged, older format, made from another
/// TMX — is ignored and rebuilt. Reads of the arrays are clamped to their sections, so damage the
/// checksum cannot see gives a wrong score at worst, never a crash.
public struct PersistentMemoryIndex: Sendable {
    /// How the index was obtained.
    public enum Origin: String, Sendable {
        /// Mapped from a valid index file.
        case mapped
        /// Built from the TMX and written to the index file (then used from memory).
        case rebuilt
        /// Built from the TMX and not written (the TMX changed while it was read, or the folder is not writable).
        case unsaved
    }

    public let origin: Origin
    public private(set) var language = ""
    public private(set) var sourceLanguage = "en"
    public var unitCount: Int { units }
    let image: MemoryIndexImage
    private let units: Int
    private let entries: Int
    private let rows: Int
    private let postingCount: Int
    private let longest: Int
    private let sections: [(offset: Int, count: Int)]
    let path: String

    /// Where a language's index lives: beside the memory, in a hidden folder.
    public static func url(memory: URL, language: String) -> URL {
        memory.deletingLastPathComponent().appendingPathComponent(".index").appendingPathComponent("\(language).tmi")
    }

    /// Opens a project's index for `language`, rebuilding it first when it is missing, invalid or
    /// made from another TMX. The TMX is read only then.
    public static func open(root: URL, language: String) throws -> PersistentMemoryIndex {
        let memoryURL = try TranslationMemory.url(root: root, language: language)
        let indexURL = url(memory: memoryURL, language: language)
        guard let before = MemoryIndexFile.Fingerprint(path: memoryURL.path) else {
            // No memory yet: an empty index, nothing to keep.
            let empty = MemoryIndex(TranslationMemory(language: language))
            let bytes = MemoryIndexFile.encode(empty, fingerprint: MemoryIndexFile.Fingerprint(words: [UInt64](repeating: 0, count: 7)))
            return try validated(MemoryIndexImage.copy(bytes), fingerprint: nil, origin: .unsaved, path: indexURL.path)
        }
        if let image = MemoryIndexImage.map(indexURL),
            let index = try? validated(image, fingerprint: before, origin: .mapped, path: indexURL.path)
        {
            return index
        }
        removeAbandonedTemporaries(in: indexURL.deletingLastPathComponent())
        let memory = try TranslationMemory.load(root: root, language: language)
        let bytes = MemoryIndexFile.encode(MemoryIndex(memory), fingerprint: before)
        // A writer that replaced the TMX while it was read made the index stale before it exists: use it
        // for this lookup only.
        var origin = Origin.unsaved
        if MemoryIndexFile.Fingerprint(path: memoryURL.path) == before, (try? AtomicFile.write(Data(bytes), to: indexURL)) != nil {
            origin = .rebuilt
            // The folder says itself that it is derived, so no project ever commits it (whether or not
            // `translate init` made the project's .gitignore).
            let ignore = indexURL.deletingLastPathComponent().appendingPathComponent(".gitignore")
            if !FileManager.default.fileExists(atPath: ignore.path) {
                try? AtomicFile.write("# Derived from ../<tag>.tmx by translate tm lookup; rebuilt when missing.\n*\n", to: ignore)
            }
        }
        return try validated(MemoryIndexImage.copy(bytes), fingerprint: before, origin: origin, path: indexURL.path)
    }

    /// A lookup killed while writing the index leaves its temporary: removed once its process is gone.
    static func removeAbandonedTemporaries(in folder: URL) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            guard let pid = AtomicFile.writerProcess(ofTemporary: name), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// Checks an image before anything in it is used; throws when it must not be trusted.
    static func validated(_ image: MemoryIndexImage, fingerprint: MemoryIndexFile.Fingerprint?, origin: Origin, path: String) throws -> PersistentMemoryIndex {
        try PersistentMemoryIndex(image: image, fingerprint: fingerprint, origin: origin, path: path)
    }

    struct Invalid: Error { var reason: String }

    private init(image: MemoryIndexImage, fingerprint: MemoryIndexFile.Fingerprint?, origin: Origin, path: String) throws {
        let raw = UnsafeRawBufferPointer(start: image.base, count: image.count)
        let headerSize = MemoryIndexFile.headerSize
        guard raw.count >= headerSize else { throw Invalid(reason: "shorter than its header") }
        func word(_ k: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self) }
        typealias W = MemoryIndexFile.Word
        guard Array(raw[0..<8]) == MemoryIndexFile.magic else { throw Invalid(reason: "not an index file") }
        guard word(W.version) & 0xFFFF_FFFF == UInt64(MemoryIndexFile.version),
            word(W.version) >> 32 == UInt64(MemoryIndexFile.Section.allCases.count)
        else { throw Invalid(reason: "another format version") }
        guard word(W.length) == UInt64(raw.count) else { throw Invalid(reason: "truncated or extended") }
        let tableEnd = headerSize + MemoryIndexFile.Section.allCases.count * 16
        guard raw.count >= tableEnd else { throw Invalid(reason: "no section table") }
        var covered = Array(raw[0..<tableEnd])
        for k in 0..<8 { covered[W.checksum * 8 + k] = 0 }
        guard covered.withUnsafeBytes(MemoryIndexFile.checksum) == word(W.checksum) else { throw Invalid(reason: "header checksum") }
        if let fingerprint {
            let recorded = MemoryIndexFile.Fingerprint(words: (0..<7).map { word(W.fingerprint + $0) })
            guard recorded == fingerprint else { throw Invalid(reason: "made from another TMX") }
        }
        let limit = UInt64(Int32.max)
        guard word(W.units) < limit, word(W.entries) < limit, word(W.rows) < limit, word(W.postings) < UInt64(Int.max / 8),
            word(W.longest) < limit
        else { throw Invalid(reason: "counts out of range") }
        let units = Int(word(W.units))
        let entries = Int(word(W.entries))
        let rows = Int(word(W.rows))
        let postings = Int(word(W.postings))
        let longest = Int(word(W.longest))
        var sections: [(offset: Int, count: Int)] = []
        for s in MemoryIndexFile.Section.allCases {
            let offset = word(16 + 2 * s.rawValue)
            let count = word(17 + 2 * s.rawValue)
            guard offset % 8 == 0, offset >= UInt64(tableEnd), offset <= UInt64(raw.count), count <= UInt64(raw.count) - offset
            else { throw Invalid(reason: "section \(s) outside the file") }
            sections.append((Int(offset), Int(count)))
        }
        let refs = MemoryIndexFile.UnitField.allCases.count * 16
        let expected: [MemoryIndexFile.Section: Int] = [
            .meta: 32, .entryScalarStart: (entries + 1) * 8, .entryOriginal: entries * 16, .gramCounts: entries * 4,
            .lengths: entries * 4, .fewestGrams: (longest + 1) * 8, .lengthStart: (longest + 2) * 8, .rowKeys: rows * 8,
            .rowIds: rows * 4, .rowStart: (rows + 1) * 8, .postings: postings * 4, .entryUnitStart: (entries + 1) * 8,
            .entryUnits: units * 4, .unitRefs: units * refs, .unitFlags: units * 4,
        ]
        for (section, size) in expected where sections[section.rawValue].count != size && !(entries == 0 && section == .lengthStart) {
            throw Invalid(reason: "section \(section) has the wrong size")
        }
        // The search walks entries length by length: those bounds must rise to the entry count.
        let starts = UnsafeBufferPointer(
            start: (image.base + sections[MemoryIndexFile.Section.lengthStart.rawValue].offset).assumingMemoryBound(to: Int64.self),
            count: sections[MemoryIndexFile.Section.lengthStart.rawValue].count / 8)
        guard zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }), starts.allSatisfy({ $0 >= 0 && $0 <= Int64(entries) }) else {
            throw Invalid(reason: "length table out of order")
        }
        (self.image, self.units, self.entries, self.rows, self.postingCount, self.longest, self.sections) = (
            image, units, entries, rows, postings, longest, sections
        )
        (self.origin, self.path) = (origin, path)
        // Strings need the sections in place; read last.
        guard let language = string(.meta, 0), let source = string(.meta, 1), !language.isEmpty else { throw Invalid(reason: "no language") }
        (self.language, sourceLanguage) = (language, source)
    }

    // MARK: Reading the sections (every read clamped to its section)

    private func buffer<T>(_ section: MemoryIndexFile.Section, _ type: T.Type) -> UnsafeBufferPointer<T> {
        let (offset, count) = sections[section.rawValue]
        return UnsafeBufferPointer(start: (image.base + offset).assumingMemoryBound(to: T.self), count: count / MemoryLayout<T>.stride)
    }

    private func int(_ section: MemoryIndexFile.Section, _ k: Int, within range: ClosedRange<Int>) -> Int {
        let values = buffer(section, Int64.self)
        guard k >= 0, k < values.count else { return range.lowerBound }
        return min(max(Int(values[k]), range.lowerBound), range.upperBound)
    }

    /// The string of reference `k` of a section of references; nil when absent (or out of the pool).
    private func string(_ section: MemoryIndexFile.Section, _ k: Int) -> String? {
        let refs = buffer(section, UInt64.self)
        guard 2 * k + 1 < refs.count, refs[2 * k] != UInt64.max else { return nil }
        let pool = sections[MemoryIndexFile.Section.pool.rawValue]
        let start = refs[2 * k]
        let length = refs[2 * k + 1]
        guard start <= UInt64(pool.count), length <= UInt64(pool.count) - start else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: image.base + pool.offset + Int(start), count: Int(length)), as: UTF8.self)
    }

    private func unitString(_ unit: Int, _ field: MemoryIndexFile.UnitField) -> String? {
        string(.unitRefs, unit * MemoryIndexFile.UnitField.allCases.count + field.rawValue)
    }

    // MARK: Lookup

    /// The best matches for a query, as `MemoryIndex.lookup` gives them.
    public func lookup(_ query: MemoryQuery, limit: Int = 5, minimumScore: Int = 50) -> [MemoryMatch] {
        matches(for: query, limit: limit, minimumScore: minimumScore)
    }

    /// The best entries (distinct sources, numbered as `MemoryIndex` numbers them) for a normalized query.
    public func bestEntries(_ query: MatchText, limit: Int, minimumScore: Int) -> [(entry: Int, score: Int)] {
        searchBest(query, limit: limit, minimumScore: minimumScore)
    }
}

extension PersistentMemoryIndex: MemoryIndexTables {
    var entryCount: Int { entries }
    var longestLength: Int { entries == 0 ? -1 : longest }

    func scalars(of entry: Int) -> [UInt32] {
        let all = buffer(.entryScalars, UInt32.self)
        let start = int(.entryScalarStart, entry, within: 0...all.count)
        let end = int(.entryScalarStart, entry + 1, within: start...max(start, all.count))
        return Array(UnsafeBufferPointer(rebasing: all[start..<end]))
    }

    func original(of entry: Int) -> String { string(.entryOriginal, entry) ?? "" }
    func matchText(of entry: Int) -> MatchText { MatchText(original(of: entry)) }

    func gramCount(of entry: Int) -> Int {
        let values = buffer(.gramCounts, UInt32.self)
        return entry < values.count ? Int(values[entry]) : 0
    }

    func length(of entry: Int) -> Int {
        let values = buffer(.lengths, UInt32.self)
        return entry < values.count ? Int(values[entry]) : 0
    }

    func leastGrams(ofLength length: Int) -> Int {
        let values = buffer(.fewestGrams, Int64.self)
        return length < values.count ? Int(values[length]) : Int.max
    }

    func firstEntry(ofLength length: Int) -> Int { int(.lengthStart, length, within: 0...entries) }

    func row(of gram: UInt64) -> Int? {
        let keys = buffer(.rowKeys, UInt64.self)
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            if keys[mid] < gram { low = mid + 1 } else { high = mid }
        }
        guard low < keys.count, keys[low] == gram else { return nil }
        let row = Int(buffer(.rowIds, UInt32.self)[low])
        return row < rows ? row : nil
    }

    func rowBegin(_ row: Int) -> Int { int(.rowStart, row, within: 0...postingCount) }

    func withPostings<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R { body(buffer(.postings, UInt32.self)) }

    func units(ofEntry entry: Int) -> [Int] {
        let all = buffer(.entryUnits, UInt32.self)
        let start = int(.entryUnitStart, entry, within: 0...all.count)
        let end = int(.entryUnitStart, entry + 1, within: start...max(start, all.count))
        return all[start..<end].map(Int.init).filter { $0 < units }
    }

    func facts(ofUnit unit: Int) -> MemoryUnitFacts {
        let flags = buffer(.unitFlags, UInt32.self)
        return MemoryUnitFacts(
            contextKey: unitString(unit, .contextKey), contextBefore: unitString(unit, .contextBefore),
            contextAfter: unitString(unit, .contextAfter), changeDate: unitString(unit, .changeDate),
            isReady: unit < flags.count && flags[unit] & 1 != 0, targetText: unitString(unit, .targetText) ?? "")
    }

    /// The units, read back from their `<tu>` as the TMX reader reads the memory (one parse for all).
    func units(_ indices: [Int]) -> [MemoryUnit] {
        guard !indices.isEmpty else { return [] }
        var text = "<tmx version=\"1.4\"><header/><body>\n"
        for index in indices { text += unitString(index, .tmx) ?? "<tu/>" }
        text += "</body></tmx>\n"
        let read = (try? TMXReader.parse(text, path: path))?.units ?? []
        return indices.enumerated().map { k, index in
            if k < read.count, let unit = MemoryUnit(read[k], sourceLanguage: sourceLanguage, language: language) { return unit }
            // Only a damaged file gets here: the facts still say what matched.
            let facts = self.facts(ofUnit: index)
            return MemoryUnit(source: [], target: [.text(facts.targetText)], changeDate: facts.changeDate)
        }
    }
}

extension TranslationMemory {
    /// The index `translate tm lookup` queries: the persistent one beside the memory, rebuilt first
    /// when the memory changed since it was made.
    public static func openForLookup(root: URL, language: String) throws -> PersistentMemoryIndex {
        try PersistentMemoryIndex.open(root: root, language: language)
    }
}
