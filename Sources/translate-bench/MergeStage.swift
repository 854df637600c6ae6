import Foundation
import TranslateKit

/// The `merge` stage: a three-way merge of two edited versions of one language's catalog, as the git
/// merge driver does it (read base, ours and theirs; `CatalogThreeWayMerge.merge`; serialize).
extension Stages {
    static let mergeMethod = """
          - `merge`: the first language's catalog as the base, and two versions made from it in memory before the timing
            starts (ours re-translates every 10th message, flags every 50th fuzzy and adds 50; theirs re-translates every
            15th, so every 30th is a conflict, obsoletes every 40th and adds 50); then read all three, merge, serialize,
            as `translate merge --git` does. The wall time includes making the two versions; the note gives the merge alone.
        """

    static let merge = Stage(name: "merge") { root in
        guard let tag = languages(root).first else { throw TranslateError("no catalog in \(root.path)/Locales") }
        let url = root.appendingPathComponent("Locales/\(tag).po")
        let baseText = try TextFile.read(url, displayPath: "Locales/\(tag).po")
        let base = POReader.parse(baseText, path: "base").catalog
        func edited(_ side: String, retranslate: Int, fuzzy: Int?, obsolete: Int?) -> String {
            var catalog = base
            for index in catalog.entries.indices where !catalog.entries[index].isObsolete {
                if index % retranslate == 0 { catalog.entries[index].translation += " (\(side))" }
                if let fuzzy, index % fuzzy == 0 { catalog.entries[index].setFlag("fuzzy", true) }
                if let obsolete, index % obsolete == 0 { catalog.entries[index].isObsolete = true }
            }
            for number in 0..<50 {
                catalog.entries.append(CatalogEntry(key: "bench.\(side).\(number)", source: "Added on \(side) \(number)", translation: "\(side) \(number)"))
            }
            return POWriter.write(catalog)
        }
        let oursText = edited("ours", retranslate: 10, fuzzy: 50, obsolete: nil)
        let theirsText = edited("theirs", retranslate: 15, fuzzy: nil, obsolete: 40)

        // CPU time per step as well as wall time: the merge runs on one thread, so on an idle machine they agree.
        func cpu() -> Double {
            let usage = usageNow()
            return seconds(usage.ru_utime) + seconds(usage.ru_stime)
        }
        let start = monotonic()
        let startCPU = cpu()
        let sides = [baseText, oursText, theirsText].enumerated().map { POReader.parse($1, path: "side \($0)").catalog }
        let readCPU = cpu()
        let result = CatalogThreeWayMerge.merge(base: sides[0], ours: sides[1], theirs: sides[2])
        let mergeCPU = cpu()
        let written = POWriter.write(result.catalog)
        let elapsed = monotonic() - start
        let endCPU = cpu()
        let messages = base.entries.filter { !$0.isObsolete }.count
        return Sample(
            wall: 0, user: 0, system: 0, maxRSS: 0, messages: messages, pages: 0,
            bytes: baseText.utf8.count + oursText.utf8.count + theirsText.utf8.count,
            note: String(
                format: "merge alone %.3f s wall, %.3f s CPU (read 3 %.3f, merge %.3f, write %.3f); ", elapsed, endCPU - startCPU,
                readCPU - startCPU, mergeCPU - readCPU, endCPU - mergeCPU)
                + "\(result.conflicts.count) left for review, \(result.takenFromTheirs) from theirs; \(written.utf8.count / 1000) kB written")
    }
}
