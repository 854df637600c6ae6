import Foundation

/// The translation memory of one target language, stored as Locales/memory/<tag>.tmx.
///
/// Units are never dropped: updating adds what is new and leaves what is there alone, so a
/// translation once made can always be found again.
public struct TranslationMemory: Sendable, Equatable {
    /// The target language tag (as the project names its catalogs: es, pt-BR, zh-Hant).
    public var language: String
    /// The source language; translate's sources are English.
    public var sourceLanguage: String
    /// Units in canonical order (by source, key, target).
    public private(set) var units: [MemoryUnit]
    private var positions: [MemoryUnitIdentity: Int]

    public init(language: String, sourceLanguage: String = "en", units: [MemoryUnit] = []) {
        self.language = language
        self.sourceLanguage = sourceLanguage
        self.units = []
        self.positions = [:]
        add(contentsOf: units)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.language == b.language && a.sourceLanguage == b.sourceLanguage && a.units == b.units
    }

    /// Where a language's memory lives in a project.
    public static func url(root: URL, language: String) throws -> URL {
        try ProjectPaths(root: root).memory(for: language)
    }

    /// The languages that have a memory in the project.
    public static func languages(root: URL) -> [String] {
        let folder = ProjectPaths(root: root).memoryFolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tmx") && !$0.hasPrefix(".") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Loads a project's memory for a language; an absent file is an empty memory.
    public static func load(root: URL, language: String) throws -> TranslationMemory {
        let url = try url(root: root, language: language)
        guard FileManager.default.fileExists(atPath: url.path) else { return TranslationMemory(language: language) }
        let document = try TMXReader.read(url, displayPath: ProjectPaths.memoryPath(language))
        return TranslationMemory(document: document, language: language)
    }

    /// The units of a TMX document that have both the source and this language.
    public init(document: TMXDocument, language: String, sourceLanguage: String = "en") {
        self.init(
            language: language, sourceLanguage: sourceLanguage,
            units: document.units.compactMap { MemoryUnit($0, sourceLanguage: sourceLanguage, language: language) })
    }

    /// The memory as TMX 1.4b.
    public var document: TMXDocument {
        TMXDocument(
            version: "1.4",
            header: [
                "adminlang": "en", "creationtool": "translate", "creationtoolversion": "1", "datatype": "plaintext",
                "o-tmf": "translate", "segtype": "sentence", "srclang": sourceLanguage,
            ], units: units.map { $0.tmxUnit(sourceLanguage: sourceLanguage, language: language) })
    }

    /// Writes the memory atomically, only when its bytes change. Returns whether it wrote.
    @discardableResult
    public func save(to url: URL) throws -> Bool {
        try AtomicFile.writeIfChanged(Data(TMXWriter.write(document).utf8), to: url)
    }

    @discardableResult
    public func save(root: URL) throws -> Bool { try save(to: Self.url(root: root, language: language)) }

    /// Stages the memory in `transaction` (written with the transaction's other files), only when its bytes change.
    @discardableResult
    public func save(in transaction: FileTransaction) throws -> Bool {
        try transaction.writeIfChanged(Data(TMXWriter.write(document).utf8), to: Self.url(root: transaction.root, language: language))
    }

    /// Adds a unit, or merges it into the unit with the same source, translation and key.
    /// Returns true when the unit was new.
    @discardableResult
    public mutating func add(_ unit: MemoryUnit) -> Bool {
        let identity = unit.identity
        if let index = positions[identity] {
            units[index] = Self.merge(units[index], unit)
            return false
        }
        // Insert in canonical order so the file never churns.
        var low = 0
        var high = units.count
        while low < high {
            let mid = (low + high) / 2
            if Self.before(units[mid], unit) { low = mid + 1 } else { high = mid }
        }
        units.insert(unit, at: low)
        positions = [:]
        positions.reserveCapacity(units.count)
        for (i, u) in units.enumerated() { positions[u.identity] = i }
        return true
    }

    /// Adds many units at once (one sort, not one insertion each). Returns how many were new.
    @discardableResult
    public mutating func add<S: Sequence>(contentsOf newUnits: S) -> Int where S.Element == MemoryUnit {
        var added = 0
        for unit in newUnits {
            if let index = positions[unit.identity] {
                units[index] = Self.merge(units[index], unit)
            } else {
                positions[unit.identity] = units.count
                units.append(unit)
                added += 1
            }
        }
        if added > 0 {
            // Identities are computed once each, not once per comparison.
            let keyed = units.map { (identity: $0.identity, origin: $0.originFile ?? "", unit: $0) }
                .sorted { $0.identity != $1.identity ? $0.identity < $1.identity : $0.origin < $1.origin }
            units = keyed.map(\.unit)
            positions = [:]
            positions.reserveCapacity(keyed.count)
            for (i, k) in keyed.enumerated() { positions[k.identity] = i }
        }
        return added
    }

    static func before(_ a: MemoryUnit, _ b: MemoryUnit) -> Bool {
        let x = a.identity
        let y = b.identity
        if x != y { return x < y }
        return (a.originFile ?? "") < (b.originFile ?? "")
    }

    /// Keeps the older creation date and the newer change date; fills what the first lacks.
    static func merge(_ old: MemoryUnit, _ new: MemoryUnit) -> MemoryUnit {
        var merged = old
        if let date = new.creationDate, old.creationDate == nil || date < old.creationDate! { merged.creationDate = date }
        if let date = new.changeDate, old.changeDate == nil || date > old.changeDate! { merged.changeDate = date }
        if merged.originFile == nil { merged.originFile = new.originFile }
        if merged.state == nil || (merged.state != .translated && new.state == .translated) { merged.state = new.state }
        if merged.previousSource == nil && merged.nextSource == nil {
            merged.previousSource = new.previousSource
            merged.nextSource = new.nextSource
        }
        for property in new.otherProperties where !merged.otherProperties.contains(property) { merged.otherProperties.append(property) }
        for note in new.notes where !merged.notes.contains(note) { merged.notes.append(note) }
        return merged
    }

    /// Adds the catalog's translated (not fuzzy) entries. New units are dated `date`; units
    /// already in the memory are left as they are. Returns how many units were added.
    @discardableResult
    public mutating func update(
        from catalog: Catalog, language: String? = nil, originFile: String? = nil,
        date: Date = Date()
    ) -> Int {
        let stamp = TMXDate.format(date)
        let active = catalog.entries.filter { !$0.isObsolete && !$0.isHeader }
        var newUnits: [MemoryUnit] = []
        for (index, entry) in active.enumerated() where entry.state == .translated && entry.sourcePlural == nil {
            let unit = MemoryUnit(
                sourceMessage: entry.source, targetMessage: entry.translation, key: entry.key,
                originFile: entry.references.first ?? originFile, state: .translated, date: stamp,
                previousSource: index > 0 ? active[index - 1].source : "",
                nextSource: index + 1 < active.count ? active[index + 1].source : "")
            newUnits.append(unit)
        }
        return add(contentsOf: newUnits.filter { positions[$0.identity] == nil })
    }

    /// Units whose source is exactly `text`.
    public func units(withSource text: String) -> [MemoryUnit] { units.filter { $0.sourceText == text } }
}

/// TMX's date form, YYYYMMDDThhmmssZ, always UTC.
public enum TMXDate {
    public static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ v: Int?) -> String {
            let v = v ?? 0
            return v < 10 ? "0\(v)" : "\(v)"
        }
        return String(format: "%04d", c.year ?? 0) + two(c.month) + two(c.day) + "T" + two(c.hour) + two(c.minute) + two(c.second) + "Z"
    }

    /// Parses YYYYMMDDThhmmssZ (and an ISO 8601 date, which `--date` also accepts).
    public static func parse(_ text: String) -> Date? {
        let digits = text.filter { $0.isNumber }
        guard digits.count == 14 || digits.count == 8 else { return nil }
        let d = Array(digits).map { Int(String($0))! }
        func n(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + (r.upperBound <= d.count ? d[$1] : 0) } }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(
            year: n(0..<4), month: n(4..<6), day: n(6..<8),
            hour: digits.count == 14 ? n(8..<10) : 0, minute: digits.count == 14 ? n(10..<12) : 0,
            second: digits.count == 14 ? n(12..<14) : 0)
        guard let month = components.month, (1...12).contains(month), let day = components.day, (1...31).contains(day) else { return nil }
        return calendar.date(from: components)
    }
}

extension TranslationMemory {
    /// The languages that have a catalog, Locales/<tag>.po.
    public static func catalogLanguages(root: URL) -> [String] {
        let folder = ProjectPaths(root: root).locales
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".po") && !$0.hasPrefix(".") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// The project's tag for a language code from another tool: the same tag, else the only
    /// project language with the same primary language (es-ES → es), else the code normalized.
    public static func projectTag(for code: String, known: [String]) -> String {
        let normalized = TMXLanguage.normalize(code)
        if let same = known.first(where: { TMXLanguage.normalize($0) == normalized }) { return same }
        let primary = TMXLanguage.primary(code)
        let candidates = known.filter { TMXLanguage.primary($0) == primary }
        if candidates.count == 1 { return candidates[0] }
        if let bare = candidates.first(where: { TMXLanguage.normalize($0) == primary }) { return bare }
        return normalized
    }

    /// Imports a TMX file as `importing(_:root:languages:date:)` imports its document, reading it
    /// unit by unit (`TMXReader.forEachUnit`): only the converted units are kept, never the file's
    /// text or tree. Nothing is written.
    public static func importing(
        contentsOf url: URL, displayPath: String? = nil, root: URL, languages: [String]? = nil,
        date: Date = Date()
    ) throws -> [(memory: TranslationMemory, added: Int)] {
        let known = Array(Set(catalogLanguages(root: root) + self.languages(root: root))).sorted()
        let source = "en"
        let stamp = TMXDate.format(date)
        let wanted = languages.map { Set($0) }
        var tagOfCode: [String: String] = [:]
        var unitsOfTag: [String: [MemoryUnit]] = [:]
        try TMXReader.forEachUnit(in: url, displayPath: displayPath, restart: { unitsOfTag = [:] }) { unit in
            // Each project tag the unit has takes its first variant of that tag, as the whole-document import does.
            var seen: Set<String> = []
            for variant in unit.variants where TMXLanguage.primary(variant.language) != TMXLanguage.primary(source) {
                let tag =
                    tagOfCode[variant.language]
                    ?? {
                        let tag = projectTag(for: variant.language, known: known)
                        tagOfCode[variant.language] = tag
                        return tag
                    }()
                guard seen.insert(tag).inserted else { continue }
                if unitsOfTag[tag] == nil { unitsOfTag[tag] = [] }
                guard wanted == nil || wanted!.contains(tag),
                    var converted = MemoryUnit(unit, sourceLanguage: source, language: variant.language)
                else { continue }
                if converted.creationDate == nil { converted.creationDate = converted.changeDate ?? stamp }
                if converted.changeDate == nil { converted.changeDate = converted.creationDate }
                unitsOfTag[tag]!.append(converted)
            }
        }
        var result: [(TranslationMemory, Int)] = []
        for tag in unitsOfTag.keys.sorted() where wanted == nil || wanted!.contains(tag) {
            var memory = try load(root: root, language: tag)
            let added = memory.add(contentsOf: unitsOfTag.removeValue(forKey: tag)!)
            result.append((memory, added))
        }
        return result
    }

    /// Imports a TMX document into per-language memories: every target language in it (or only
    /// `languages`), mapped to project tags. Units without dates are dated `date`. Returns the
    /// updated memories and how many units each gained; nothing is written.
    public static func importing(
        _ document: TMXDocument, root: URL, languages: [String]? = nil,
        date: Date = Date()
    ) throws -> [(memory: TranslationMemory, added: Int)] {
        let known = Array(Set(catalogLanguages(root: root) + self.languages(root: root))).sorted()
        let source = "en"  // translate's messages are English, whatever the file's srclang
        var codes: [String: Set<String>] = [:]  // project tag → codes in the file
        for unit in document.units {
            for variant in unit.variants where TMXLanguage.primary(variant.language) != TMXLanguage.primary(source) {
                codes[projectTag(for: variant.language, known: known), default: []].insert(variant.language)
            }
        }
        let wanted = languages.map { Set($0) }
        let stamp = TMXDate.format(date)
        var result: [(TranslationMemory, Int)] = []
        for tag in codes.keys.sorted() where wanted == nil || wanted!.contains(tag) {
            var memory = try load(root: root, language: tag)
            var units: [MemoryUnit] = []
            for unit in document.units {
                guard let code = unit.variants.first(where: { codes[tag]!.contains($0.language) })?.language,
                    var converted = MemoryUnit(unit, sourceLanguage: source, language: code)
                else { continue }
                if converted.creationDate == nil { converted.creationDate = converted.changeDate ?? stamp }
                if converted.changeDate == nil { converted.changeDate = converted.creationDate }
                units.append(converted)
            }
            let added = memory.add(contentsOf: units)
            result.append((memory, added))
        }
        return result
    }
}
