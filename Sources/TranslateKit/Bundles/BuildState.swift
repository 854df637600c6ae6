import Foundation
import TranslateICU

/// Output/.build-state.json: input hashes per language, so unchanged languages are copied, not rebuilt.
struct BuildState: Codable, Equatable {
    struct LanguageState: Codable, Equatable {
        var inputs: String
        var entry: BundleManifest.Entry
    }
    var generatorVersion: String
    var languages: [String: LanguageState]

    /// The file's name in Output/.
    static let fileName = ".build-state.json"
}

/// What changed since the last build: each language's input hash against the one the previous
/// Output/ recorded, the previous files of the languages whose inputs did not change, and the state
/// this build records for the next one.
struct IncrementalBuild {
    /// The previous Output/ folder (nil: build everything).
    let previous: URL?
    let previousState: BuildState?
    /// The state this build writes to Output/.build-state.json.
    private(set) var state: BuildState

    init(previous: URL?, generatorVersion: String) {
        self.previous = previous
        previousState = previous.flatMap {
            try? JSONDecoder().decode(BuildState.self, from: Data(contentsOf: $0.appendingPathComponent(BuildState.fileName)))
        }
        state = BuildState(generatorVersion: generatorVersion, languages: [:])
    }

    /// The hash of everything a language's files are made from: the tool and its output format, ICU,
    /// the template, the language's registry row, its catalog and those of its fallback chain (with the
    /// keys check excluded from each), and the content pages.
    static func inputHash(
        language: Language, generatorVersion: String, templateHash: String, catalogHash: (String) -> String,
        excludedKeys: [String: Set<String>], contentHash: String
    ) -> String {
        var inputs =
            "generator \(generatorVersion)\nformat \(BundleBuilder.outputFormat)\nicu \(ICU.version)\npot \(templateHash)\nrow \(String(describing: language))\n"
        for chainTag in [language.tag] + language.fallbackChain {
            inputs += "po \(chainTag) \(catalogHash(chainTag))\n"
            inputs += "excluded \(chainTag) \((excludedKeys[chainTag] ?? []).sorted().joined(separator: ","))\n"
        }
        inputs += "pages\n" + contentHash
        return SHA256.hex(inputs)
    }

    /// The previous build's files for `tag` (path relative to Output/ → bytes) when its inputs hash as they
    /// did then, by the same tool version, and its bundle is still the one recorded; the language is then
    /// recorded as reused. Nil: the language must be built.
    mutating func reuse(_ tag: String, inputs: String) -> (entry: BundleManifest.Entry, files: [String: Data])? {
        guard let previous, let previousState, previousState.generatorVersion == state.generatorVersion,
            let old = previousState.languages[tag], old.inputs == inputs,
            let files = Self.copyPrevious(tag: tag, entry: old.entry, from: previous)
        else { return nil }
        state.languages[tag] = old
        return (old.entry, files)
    }

    /// Records a language this build made.
    mutating func record(_ tag: String, inputs: String, entry: BundleManifest.Entry) {
        state.languages[tag] = BuildState.LanguageState(inputs: inputs, entry: entry)
    }

    /// The previous build's files for a language, when its bundle still has the hash the state recorded.
    static func copyPrevious(tag: String, entry: BundleManifest.Entry, from output: URL) -> [String: Data]? {
        guard let bundle = try? Data(contentsOf: output.appendingPathComponent(entry.file)), SHA256.hex(bundle) == entry.sha256,
            let meta = try? Data(contentsOf: output.appendingPathComponent(entry.metaFile))
        else { return nil }
        var files = [entry.file: bundle, entry.metaFile: meta]
        let pages = ProjectPaths.outputPages(tag)
        for (relative, url) in BuildOutput.listFiles(in: output.appendingPathComponent(pages, isDirectory: true)) {
            guard let data = try? Data(contentsOf: url) else { return nil }
            files["\(pages)/\(relative)"] = data
        }
        return files
    }
}
