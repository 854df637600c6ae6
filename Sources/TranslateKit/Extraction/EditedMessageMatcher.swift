import Foundation

/// Keeps translations when an author edits a sentence.
///
/// Keys derived from text change when the text changes, so without help an edited sentence would
/// arrive untranslated and its old translation would go obsolete. Before merging, an old entry
/// whose text-derived key left the template is paired with a new text-derived key from the same
/// file when the two sources are similar (word-level LCS ratio ≥ `threshold`); the old entry takes
/// the new key, so the merge marks it fuzzy with the old English as previous source. Fuzzy entries
/// never ship: a translator reviews each one. Explicit keys (data-i18n-id, JSON catalogs) are never paired.
public enum EditedMessageMatcher {
    /// The similarity two sources need to be paired.
    public static let threshold = 0.6

    /// Whether a key was derived from text (`slug.0123456789`).
    public static func isDerivedKey(_ key: String) -> Bool {
        guard let dot = key.lastIndex(of: ".") else { return false }
        let hash = key[key.index(after: dot)...]
        return hash.count == 10 && hash.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// Renames paired entries of `catalog` to their new keys; returns the catalog and the number paired.
    public static func rekey(_ catalog: Catalog, template: Catalog) -> (catalog: Catalog, paired: Int) {
        let templateKeys = Set(template.entries.filter { !$0.isObsolete && !$0.isHeader }.map(\.effectiveKey))
        let catalogKeys = Set(catalog.entries.filter { !$0.isHeader }.map(\.effectiveKey))
        let arriving = template.entries.filter { !$0.isObsolete && !$0.isHeader && !catalogKeys.contains($0.effectiveKey) && $0.key.map(isDerivedKey) == true }
        var leaving = catalog.entries.indices.filter { index in
            let entry = catalog.entries[index]
            return !entry.isObsolete && !entry.isHeader && entry.state != .untranslated && entry.key.map(isDerivedKey) == true
                && !templateKeys.contains(entry.effectiveKey)
        }
        guard !arriving.isEmpty, !leaving.isEmpty else { return (catalog, 0) }
        var catalog = catalog
        var paired = 0
        for new in arriving {
            let newWords = words(new.source)
            var best: (index: Int, score: Double)?
            for index in leaving {
                let old = catalog.entries[index]
                // Same file, whatever the line: an edit moves text up and down the page.
                guard !Set(ContentReference.files(old.references)).isDisjoint(with: ContentReference.files(new.references)) else { continue }
                let score = similarity(words(old.source), newWords)
                if score >= threshold, score > (best?.score ?? 0) { best = (index, score) }
            }
            guard let best else { continue }
            catalog.entries[best.index].previousKey = catalog.entries[best.index].key
            catalog.entries[best.index].key = new.key
            leaving.removeAll { $0 == best.index }
            paired += 1
        }
        return (catalog, paired)
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// 2·LCS / (|a| + |b|) over words.
    static func similarity(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            previous = current
        }
        return 2 * Double(previous[b.count]) / Double(a.count + b.count)
    }
}
