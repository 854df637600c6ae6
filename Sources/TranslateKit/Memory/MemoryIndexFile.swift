import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The on-disk form of a `MemoryIndex`, Locales/memory/.index/<tag>.tmi: derived from the TMX (which
/// stays the source of truth), never committed, rebuilt whenever the TMX it was made from changes.
///
/// Layout (little-endian, every section 8-byte aligned, so the file is used in place once mapped):
/// a 128-byte header — magic, format version, section count, the file's own length, the TMX's
/// fingerprint (size, mtime, ctime, inode, device), counts, and a checksum of the header and
/// section table — then the section table (offset, byte count per section), then the sections:
/// the index's flat arrays as `MemoryIndex` holds them (postings in the same rows, so a search
/// reads them in the same order and answers the same), a sorted trigram → row table for lookups
/// without a hash map, per-unit ranking facts, and each unit's `<tu>` so a match is rebuilt
/// exactly as the TMX reader would build it. Strings are references (offset, length) into one
/// UTF-8 pool; an absent string has offset `UInt64.max`.
enum MemoryIndexFile {
    static let magic = Array("TRMINDEX".utf8)
    static let version: UInt32 = 1
    static let headerSize = 128

    enum Section: Int, CaseIterable {
        case meta  // refs: language, source language
        case entryScalarStart  // Int64 × (entries + 1)
        case entryScalars  // UInt32: normalized sources, concatenated
        case entryOriginal  // refs × entries
        case gramCounts  // UInt32 × entries
        case lengths  // UInt32 × entries
        case fewestGrams  // Int64 × (longest + 1)
        case lengthStart  // Int64 × (longest + 2)
        case rowKeys  // UInt64 × rows, sorted
        case rowIds  // UInt32 × rows: the row of each sorted key
        case rowStart  // Int64 × (rows + 1)
        case postings  // UInt32
        case entryUnitStart  // Int64 × (entries + 1)
        case entryUnits  // UInt32 × units
        case unitRefs  // refs × units × UnitField.count
        case unitFlags  // UInt32 × units: bit 0, translated or no state
        case pool  // UTF-8
    }

    enum UnitField: Int, CaseIterable { case contextKey, contextBefore, contextAfter, changeDate, targetText, tmx }

    /// What identifies the TMX an index was made from: a rename (every translate writer renames)
    /// changes the inode and ctime, an edit in place the mtime or size.
    struct Fingerprint: Equatable {
        var size: UInt64, inode: UInt64, device: UInt64
        var mtimeSeconds: Int64, mtimeNanoseconds: Int64, ctimeSeconds: Int64, ctimeNanoseconds: Int64

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            size = UInt64(info.st_size)
            inode = UInt64(info.st_ino)
            device = UInt64(info.st_dev)
            mtimeSeconds = Int64(info.st_mtim.tv_sec)
            mtimeNanoseconds = Int64(info.st_mtim.tv_nsec)
            ctimeSeconds = Int64(info.st_ctim.tv_sec)
            ctimeNanoseconds = Int64(info.st_ctim.tv_nsec)
        }

        init(words: [UInt64]) {
            (size, mtimeSeconds, mtimeNanoseconds, inode) = (words[0], Int64(bitPattern: words[1]), Int64(bitPattern: words[2]), words[3])
            (device, ctimeSeconds, ctimeNanoseconds) = (words[4], Int64(bitPattern: words[5]), Int64(bitPattern: words[6]))
        }

        var words: [UInt64] {
            [
                size, UInt64(bitPattern: mtimeSeconds), UInt64(bitPattern: mtimeNanoseconds), inode, device,
                UInt64(bitPattern: ctimeSeconds), UInt64(bitPattern: ctimeNanoseconds),
            ]
        }
    }

    /// Header words (8 bytes each): 0 magic, 1 version | section count << 32, 2 file length,
    /// 3–9 fingerprint, 10 units, 11 entries, 12 rows, 13 postings, 14 longest length, 15 checksum.
    enum Word { static let version = 1, length = 2, fingerprint = 3, units = 10, entries = 11, rows = 12, postings = 13, longest = 14, checksum = 15 }

    /// FNV-1a, 64-bit: enough to tell a damaged header from a sound one.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }

    /// The index of `memory` as file bytes.
    static func encode(_ index: MemoryIndex, fingerprint: Fingerprint) -> [UInt8] {
        let memory = index.memory
        var pool: [UInt8] = []
        func reference(_ text: String?) -> [UInt64] {
            guard let text else { return [UInt64.max, 0] }
            let start = UInt64(pool.count)
            pool.append(contentsOf: text.utf8)
            return [start, UInt64(pool.count) - start]
        }
        var sections = [[UInt8]](repeating: [], count: Section.allCases.count)
        func put<T>(_ section: Section, _ values: [T]) {
            sections[section.rawValue] = values.withUnsafeBytes { Array($0) }
        }
        put(.meta, reference(memory.language) + reference(memory.sourceLanguage))
        var scalarStart: [Int64] = [0]
        var scalars: [UInt32] = []
        var originals: [UInt64] = []
        for entry in index.entries {
            scalars += entry.scalars
            scalarStart.append(Int64(scalars.count))
            originals += reference(entry.original)
        }
        put(.entryScalarStart, scalarStart)
        put(.entryScalars, scalars)
        put(.entryOriginal, originals)
        put(.gramCounts, index.gramCounts.map(UInt32.init))
        put(.lengths, index.lengths.map { UInt32($0) })
        put(.fewestGrams, index.fewestGrams.map(Int64.init))
        put(.lengthStart, index.lengthStart.map(Int64.init))
        let sortedRows = index.rows.sorted { $0.key < $1.key }
        put(.rowKeys, sortedRows.map(\.key))
        put(.rowIds, sortedRows.map { UInt32($0.value) })
        put(.rowStart, index.rowStart.map(Int64.init))
        put(.postings, index.postings)
        var unitStart: [Int64] = [0]
        var entryUnits: [UInt32] = []
        for units in index.unitsOfEntry {
            entryUnits += units.map(UInt32.init)
            unitStart.append(Int64(entryUnits.count))
        }
        put(.entryUnitStart, unitStart)
        put(.entryUnits, entryUnits)
        var refs: [UInt64] = []
        refs.reserveCapacity(memory.units.count * UnitField.allCases.count * 2)
        var flags: [UInt32] = []
        var xml = ""
        for unit in memory.units {
            let facts = MemoryUnitFacts(unit)
            xml.removeAll(keepingCapacity: true)
            TMXWriter.write(unit.tmxUnit(sourceLanguage: memory.sourceLanguage, language: memory.language), into: &xml)
            for text in [facts.contextKey, facts.contextBefore, facts.contextAfter, facts.changeDate, facts.targetText, xml] {
                refs += reference(text)
            }
            flags.append(facts.isReady ? 1 : 0)
        }
        put(.unitRefs, refs)
        put(.unitFlags, flags)
        sections[Section.pool.rawValue] = pool
        pool = []

        let tableSize = Section.allCases.count * 16
        var table: [UInt64] = []
        var offset = headerSize + tableSize
        for section in sections {
            table += [UInt64(offset), UInt64(section.count)]
            offset += (section.count + 7) & ~7
        }
        var header = [UInt64](repeating: 0, count: headerSize / 8)
        header[0] = magic.withUnsafeBytes { $0.load(as: UInt64.self) }
        header[Word.version] = UInt64(version) | UInt64(Section.allCases.count) << 32
        header[Word.length] = UInt64(offset)
        for (k, word) in fingerprint.words.enumerated() { header[Word.fingerprint + k] = word }
        header[Word.units] = UInt64(memory.units.count)
        header[Word.entries] = UInt64(index.entries.count)
        header[Word.rows] = UInt64(index.rowStart.count - 1)
        header[Word.postings] = UInt64(index.postings.count)
        header[Word.longest] = UInt64(index.lengthStart.count - 2)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(offset)
        header.withUnsafeBytes { bytes += $0 }
        table.withUnsafeBytes { bytes += $0 }
        let sum = bytes.withUnsafeBytes { checksum($0) }
        bytes.withUnsafeMutableBytes { $0.storeBytes(of: sum, toByteOffset: Word.checksum * 8, as: UInt64.self) }
        for section in sections {
            bytes += section
            bytes += [UInt8](repeating: 0, count: ((section.count + 7) & ~7) - section.count)
        }
        return bytes
    }
}

/// A region holding an index file's bytes: mapped from the file, or (when the file cannot be
/// written) a copy in memory. Freed with the last reference.
final class MemoryIndexImage: @unchecked Sendable {
    let base: UnsafeRawPointer
    let count: Int
    private let release: () -> Void

    private init(base: UnsafeRawPointer, count: Int, release: @escaping () -> Void) {
        (self.base, self.count, self.release) = (base, count, release)
    }

    deinit { release() }

    /// Maps a file read-only; nil when it cannot be opened or mapped. Writers replace the file by
    /// renaming, never in place, so the mapped pages stay the ones validated.
    static func map(_ url: URL) -> MemoryIndexImage? {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size >= MemoryIndexFile.headerSize else { return nil }
        let size = Int(info.st_size)
        guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
            pointer != UnsafeMutableRawPointer(bitPattern: -1)
        else { return nil }
        return MemoryIndexImage(base: UnsafeRawPointer(pointer), count: size) { munmap(pointer, size) }
    }

    static func copy(_ bytes: [UInt8]) -> MemoryIndexImage {
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 8), alignment: 16)
        bytes.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        return MemoryIndexImage(base: UnsafeRawPointer(pointer), count: bytes.count) { pointer.deallocate() }
    }
}
