import Foundation
import TranslateICU

/// Builds the Output/ folder's files: one flat ICU bundle per language with every key resolved along
/// the fallback chain, their metadata, manifest.json, languages.json and localized pages. Files go to a
/// `BuildSink` one language at a time, so memory holds one language's files, not the whole build.
public struct BundleBuilder {
    /// What a build produced.
    public struct Summary {
        public var manifest: BundleManifest
        /// Languages copied from the previous Output/ because none of their inputs changed.
        public var reused: [String]
        /// Entries left out of their own language because check reported errors on them (with --force).
        public var excludedForErrors: Int
        /// Registry plural rules no runtime can be made to follow (see `BundlePlurals`).
        public var warnings: [Diagnostic] = []
        /// Files and bytes given to the sink.
        public var fileCount = 0
        public var bytes = 0
    }

    /// A build kept in memory.
    public struct Result {
        /// Path relative to Output/ → bytes.
        public var files: [String: Data]
        public var manifest: BundleManifest
        public var reused: [String]
        public var excludedForErrors: Int
        public var warnings: [Diagnostic]
    }

    public let project: Project
    /// Version written to the manifest (the tool's version; part of every input hash).
    public var generatorVersion: String
    /// Language tag → keys whose translation must not ship (check errors); they fall back.
    public var excludedKeys: [String: Set<String>]
    /// Whether to render Output/pages/<tag>/… from the content sources.
    public var renderPages: Bool

    public init(project: Project, generatorVersion: String, excludedKeys: [String: Set<String>] = [:], renderPages: Bool = true) {
        self.project = project
        self.generatorVersion = generatorVersion
        self.excludedKeys = excludedKeys
        self.renderPages = renderPages
    }

    /// Keys per language that check found errors on, from a check report.
    public static func excludedKeys(from report: CheckReport) -> [String: Set<String>] {
        var keys: [String: Set<String>] = [:]
        for diagnostic in report.diagnostics where diagnostic.severity == .error {
            if let locale = diagnostic.locale, let key = diagnostic.key { keys[locale, default: []].insert(key) }
        }
        return keys
    }

    /// Languages that get a bundle: the source, the targets, and the registry's pseudo-locales.
    public var bundleLanguages: [Language] {
        let registry = project.registry
        let source = registry.language(project.config.sourceLanguage)
        var result: [Language] = source.map { [$0] } ?? []
        result += project.targetLanguages
        result += registry.languages.filter { $0.isTestOnly && PseudoLocalizer.style(for: $0.tag) != nil }
        return result
    }

    /// The version of what a build writes for the same inputs (bundle spelling, page rendering, manifest
    /// fields). Part of every language's input hash: raise it with any change to the output, so an
    /// incremental build never reuses files an older renderer wrote.
    static let outputFormat = 3

    /// Builds every file in memory. `previous` is the current Output/ folder, read for unchanged languages.
    public func build(previous: URL? = nil) throws -> Result {
        let files = BuildFiles()
        let summary = try build(previous: previous, into: files)
        return Result(files: files.files, manifest: summary.manifest, reused: summary.reused, excludedForErrors: summary.excludedForErrors,
                      warnings: summary.warnings)
    }

    /// Builds every file into `sink`, language by language. `previous` is the current Output/ folder,
    /// read for unchanged languages (it may be the folder `sink` replaces: nothing is swapped until the end).
    public func build(previous: URL? = nil, into sink: BuildSink) throws -> Summary {
        let paths = project.paths
        let templateData: Data
        do { templateData = try Data(contentsOf: paths.template) } catch {
            throw TranslateError(path: "Locales/messages.pot", "no template", hint: "run 'translate extract' first")
        }
        let template = Self.slim(try POReader.read(paths.template, displayPath: "Locales/messages.pot").catalog)
        var sources: [(key: String, source: String)] = []
        var seen = Set<String>()
        for entry in template.activeEntries where !entry.isHeader && seen.insert(entry.effectiveKey).inserted {
            sources.append((entry.effectiveKey, entry.source))
        }
        sources.sort { $0.key < $1.key }
        let sourceByKey = Dictionary(uniqueKeysWithValues: sources.map { ($0.key, $0.source) })

        let contentFiles: [(url: URL, path: String)] = renderPages
            ? ContentExtractor.files(root: paths.root, sources: project.config.sources).filter {
                let format = ContentExtractor.Format(path: $0.path)
                return format == .html || format == .markdown
            }
            : []
        var contentHash = ""
        for file in contentFiles {
            contentHash += file.path + ":" + SHA256.hex((try? Data(contentsOf: file.url)) ?? Data()) + "\n"
        }
        // Read once for every language (nil: not readable as text, so not rendered).
        let contentTexts = contentFiles.map { (path: $0.path, text: try? TextFile.read($0.url, displayPath: $0.path)) }

        let previousState = previous.flatMap { try? JSONDecoder().decode(BuildState.self, from: Data(contentsOf: $0.appendingPathComponent(".build-state.json"))) }
        // Catalogs another language falls back to are kept once read; every other one is read, used and let go.
        let fallbackTags = Set(bundleLanguages.flatMap(\.fallbackChain))
        var catalogHashes: [String: String] = [:]
        func hash(_ tag: String) -> String {
            if let cached = catalogHashes[tag] { return cached }
            let found = (try? Data(contentsOf: paths.catalog(for: tag))).map { SHA256.hex($0) } ?? "-"
            catalogHashes[tag] = found
            return found
        }
        var usable: [String: [String: String]] = [:]
        var catalogs: [String: Catalog] = [:]
        func catalog(_ tag: String) throws -> Catalog? {
            if let cached = catalogs[tag] { return cached }
            guard let data = try? Data(contentsOf: paths.catalog(for: tag)) else { return nil }
            let text = try TextFile.decode(data, path: "Locales/\(tag).po")
            let parsed = POReader.parse(text, path: "Locales/\(tag).po").catalog
            guard fallbackTags.contains(tag) else { return parsed }
            catalogs[tag] = Self.slim(parsed)
            return catalogs[tag]
        }
        /// Key → translation that may ship for `tag`: reviewed, of the current English, not excluded, valid ICU.
        func translations(_ tag: String, in given: Catalog? = nil) throws -> [String: String] {
            if let cached = usable[tag] { return cached }
            var map: [String: String] = [:]
            if let catalog = try given ?? catalog(tag) {
                let locale = project.registry.language(tag)?.icuLocale ?? ICU.Locale(identifier: tag)
                let excluded = excludedKeys[tag] ?? []
                for entry in catalog.activeEntries where !entry.isHeader && entry.state == .translated && !entry.translation.isEmpty {
                    let key = entry.effectiveKey
                    guard map[key] == nil, sourceByKey[key] == entry.source, !excluded.contains(key),
                          ICU.MessageFormat.validate(entry.translation, locale: locale).accepted else { continue }
                    map[key] = entry.translation
                }
            }
            if fallbackTags.contains(tag) { usable[tag] = map }
            return map
        }

        var fileCount = 0, byteCount = 0
        func add(_ data: Data, _ path: String) throws {
            try sink.add(data, at: path)
            fileCount += 1
            byteCount += data.count
        }
        var entries: [BundleManifest.Entry] = []
        /// Template key, English and its word count (ICU word segments), counted once for every language's completeness.
        var templateWords: [(String, String, Int)]?
        var state = BuildState(generatorVersion: generatorVersion, languages: [:])
        var reused: [String] = []
        var excludedCount = 0
        let sourceTag = project.registry.language(project.config.sourceLanguage)?.tag ?? project.config.sourceLanguage
        let templateHash = SHA256.hex(templateData)
        let plurals = BundlePlurals(registry: project.registry)

        for language in bundleLanguages {
            let tag = language.tag
            var inputs = "generator \(generatorVersion)\nformat \(Self.outputFormat)\nicu \(ICU.version)\npot \(templateHash)\nrow \(String(describing: language))\n"
            for chainTag in [tag] + language.fallbackChain {
                inputs += "po \(chainTag) \(hash(chainTag))\n"
                inputs += "excluded \(chainTag) \((excludedKeys[chainTag] ?? []).sorted().joined(separator: ","))\n"
            }
            inputs += "pages\n" + contentHash
            let inputHash = SHA256.hex(inputs)

            if let previous, let old = previousState?.languages[tag], old.inputs == inputHash, previousState?.generatorVersion == generatorVersion,
               let copied = Self.copyPrevious(tag: tag, entry: old.entry, from: previous) {
                for path in copied.keys.sorted() { try add(copied[path]!, path) }
                entries.append(old.entry)
                state.languages[tag] = old
                reused.append(tag)
                continue
            }

            var bundle: [String: String] = [:]
            var metadata = BundleMetadata(tag: tag, fallbacks: [:], reasons: [:])
            var completeness = 100.0
            if let style = PseudoLocalizer.style(for: tag), language.isTestOnly {
                for (key, source) in sources {
                    bundle[key] = PseudoLocalizer.pseudolocalize(source, style: style)
                }
            } else if tag == sourceTag {
                for (key, source) in sources { bundle[key] = source }
            } else {
                let ownCatalog = try catalog(tag)
                let own = try translations(tag, in: ownCatalog)
                let ownEntries = ownCatalog?.entriesByKey ?? [:]
                // Counted against the template, so a catalog missing new messages is not reported complete.
                if templateWords == nil {
                    templateWords = template.activeEntries.filter { !$0.isHeader }.map {
                        ($0.effectiveKey, $0.source, WordCount.of($0.source))
                    }
                }
                var statistics = CatalogStatistics()
                for (key, source, words) in templateWords! {
                    let found = ownEntries[key].flatMap { $0.source == source ? $0 : nil }
                    switch found?.state ?? .untranslated {
                    case .translated: statistics.translated.messages += 1; statistics.translated.words += words
                    case .fuzzy: statistics.fuzzy.messages += 1; statistics.fuzzy.words += words
                    case .untranslated: statistics.untranslated.messages += 1; statistics.untranslated.words += words
                    }
                }
                completeness = (statistics.percentComplete * 10).rounded() / 10
                for (key, source) in sources {
                    if let message = own[key] {
                        bundle[key] = message
                        continue
                    }
                    metadata.reasons[key] = Self.reason(ownEntries[key], source: source, excluded: excludedKeys[tag]?.contains(key) ?? false)
                    if excludedKeys[tag]?.contains(key) ?? false, ownEntries[key]?.state == .translated { excludedCount += 1 }
                    var found = false
                    for chainTag in language.fallbackChain where chainTag != sourceTag {
                        if let message = try translations(chainTag)[key] {
                            bundle[key] = message
                            metadata.fallbacks[key] = chainTag
                            found = true
                            break
                        }
                    }
                    if !found {
                        bundle[key] = source
                        metadata.fallbacks[key] = sourceTag
                    }
                }
                // Plurals render as the rules they were written for, whatever rules a stock runtime has for `tag`.
                plurals.compile(&bundle, &metadata, language: language)
            }

            let bundleData = BuildJSON.object(bundle.mapValues(RuntimeMessage.forBundle))
            let file = "\(tag).json"
            let metaFile = "\(tag).meta.json"
            try add(bundleData, file)
            try add(BuildJSON.metadata(metadata), metaFile)
            if tag != sourceTag && !contentTexts.isEmpty {
                // Pages are rendered on every core (the bundle is only read), then added in path order.
                let (finalBundle, finalMetadata) = (bundle, metadata)
                let pageLanguage = PageLanguage(language, registry: project.registry, sourceTag: sourceTag)
                let pages = parallelMap(contentTexts.count) { index -> Data? in
                    guard let text = contentTexts[index].text else { return nil }
                    let page = PageRenderer.render(text, path: contentTexts[index].path, language: pageLanguage, lookup: { key in
                        // Pages show what the language (or a language it falls back to) has, else their English.
                        finalMetadata.fallbacks[key] == sourceTag ? nil : finalBundle[key] }, origin: { finalMetadata.fallbacks[$0] })
                    return page.map { Data($0.utf8) }
                }
                for (index, page) in pages.enumerated() {
                    if let page { try add(page, "pages/\(tag)/\(contentTexts[index].path)") }
                }
            }
            let entry = BundleManifest.Entry(
                tag: tag, englishName: language.englishName, endonym: language.endonym, script: language.script,
                direction: language.direction.rawValue,
                plurals: BundleManifest.Plurals(cardinal: Self.categories(project.registry, tag, .cardinal),
                                                ordinal: Self.categories(project.registry, tag, .ordinal)),
                pluralRules: plurals.manifestRules(language),
                completeness: completeness, fallbackChain: language.fallbackChain, file: file, sha256: SHA256.hex(bundleData),
                metaFile: metaFile, messages: bundle.count, fallbacks: metadata.fallbacks.count, testOnly: language.isTestOnly)
            entries.append(entry)
            state.languages[tag] = BuildState.LanguageState(inputs: inputHash, entry: entry)
        }

        let manifest = BundleManifest(generator: .init(name: "translate", version: generatorVersion), icuVersion: ICU.version,
                                      cldrVersion: ICU.cldrVersion, sourceLanguage: sourceTag, languages: entries)
        try add(try BuildJSON.encode(manifest), "manifest.json")
        try add(try LanguagePicker.json(languages: bundleLanguages.filter { !$0.isTestOnly }, registry: project.registry), "languages.json")
        try add(try BuildJSON.encode(state), ".build-state.json")
        return Summary(manifest: manifest, reused: reused, excludedForErrors: excludedCount,
                       warnings: bundleLanguages.flatMap(plurals.warnings(for:)), fileCount: fileCount, bytes: byteCount)
    }

    /// The catalog without what only a writer or a diagnostic needs (each entry's original text and a copy of
    /// the entry as read, positions and source maps): a build keeps the template and the catalogs others fall
    /// back to for its whole run, and these more than double their size.
    static func slim(_ catalog: Catalog) -> Catalog {
        var slim = catalog
        for index in slim.entries.indices {
            slim.entries[index].originalText = nil
            slim.entries[index].location = nil
        }
        return slim
    }

    static func categories(_ registry: LanguageRegistry, _ tag: String, _ type: ICU.PluralType) -> [String] {
        let found = (try? registry.pluralRules(for: tag, type: type).categories) ?? [.other]
        return found.sorted().map(\.rawValue)
    }

    static func reason(_ entry: CatalogEntry?, source: String, excluded: Bool) -> String {
        guard let entry else { return "missing" }
        if entry.source != source { return "stale" }
        switch entry.state {
        case .untranslated: return "untranslated"
        case .fuzzy: return "fuzzy"
        case .translated: return excluded ? "check-error" : "invalid-icu"
        }
    }

    /// The previous build's files for a language, when its bundle still has the hash the state recorded.
    static func copyPrevious(tag: String, entry: BundleManifest.Entry, from output: URL) -> [String: Data]? {
        guard let bundle = try? Data(contentsOf: output.appendingPathComponent(entry.file)), SHA256.hex(bundle) == entry.sha256,
              let meta = try? Data(contentsOf: output.appendingPathComponent(entry.metaFile)) else { return nil }
        var files = [entry.file: bundle, entry.metaFile: meta]
        let pages = output.appendingPathComponent("pages/\(tag)", isDirectory: true)
        for (relative, url) in BuildOutput.listFiles(in: pages) {
            guard let data = try? Data(contentsOf: url) else { return nil }
            files["pages/\(tag)/\(relative)"] = data
        }
        return files
    }
}
