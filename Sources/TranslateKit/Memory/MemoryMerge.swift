/// Merges two versions of a language's translation memory (Locales/memory/<tag>.tmx).
///
/// A memory only grows, so the merge is a union and never a conflict: units are the same when
/// source, translation and key agree; of two versions of one unit, the one changed last gives
/// the metadata (state, origin, notes, neighbours) and the earlier creation date is kept.
/// The result is in the canonical order TMXWriter writes, so either merge order gives the same bytes.
public enum MemoryMerge {
    /// The union of `ours` and `theirs` as one memory of `language`.
    public static func merge(ours: TMXDocument, theirs: TMXDocument, language: String, sourceLanguage: String = "en") -> TranslationMemory {
        let mine = TranslationMemory(document: ours, language: language, sourceLanguage: sourceLanguage)
        let other = TranslationMemory(document: theirs, language: language, sourceLanguage: sourceLanguage)
        var byIdentity: [MemoryUnitIdentity: MemoryUnit] = [:]
        for unit in mine.units { byIdentity[unit.identity] = unit }
        for unit in other.units {
            guard let existing = byIdentity[unit.identity] else {
                byIdentity[unit.identity] = unit
                continue
            }
            byIdentity[unit.identity] = newer(existing, unit)
        }
        return TranslationMemory(language: language, sourceLanguage: sourceLanguage, units: Array(byIdentity.values))
    }

    /// The unit changed last, with the earliest creation date of the two. On equal dates the
    /// smaller unit by its written form wins, so the result does not depend on which side is ours.
    static func newer(_ a: MemoryUnit, _ b: MemoryUnit) -> MemoryUnit {
        let dateA = a.changeDate ?? a.creationDate ?? ""
        let dateB = b.changeDate ?? b.creationDate ?? ""
        var winner: MemoryUnit
        if dateA != dateB { winner = dateA > dateB ? a : b } else { winner = tieBreak(a) <= tieBreak(b) ? a : b }
        let created = [a.creationDate, b.creationDate].compactMap { $0 }.min()
        if let created { winner.creationDate = created }
        return winner
    }

    private static func tieBreak(_ unit: MemoryUnit) -> String {
        TMXWriter.write(TMXDocument(units: [unit.tmxUnit(sourceLanguage: "en", language: "x")]))
    }

    /// The memory's target language from the file name (`es-US.tmx`), else the first unit's
    /// variant in another language than the source.
    public static func language(path: String, documents: [TMXDocument], sourceLanguage: String = "en") -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".tmx"), name.count > 4, !name.hasPrefix(".") { return String(name.dropLast(4)) }
        let source = TMXLanguage.primary(sourceLanguage)
        for document in documents {
            for unit in document.units {
                if let variant = unit.variants.first(where: { TMXLanguage.primary($0.language) != source }) { return variant.language }
            }
        }
        return nil
    }
}
