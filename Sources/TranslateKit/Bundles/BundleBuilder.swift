import Foundation
import TranslateICU

/// Builds the Output/ folder's files: one flat ICU bundle per language with every key resolved along
/// the fallback chain, their metadata, manifest.json, languages.json and localized pages. Files go to a
/// `BuildSink` one language at a time, so memory holds one language's files, not the whole build.
///
/// The builder coordinates; each concern has its own type: `BuildCatalogs` reads the template and the
/// catalogs (once, through a `CatalogSnapshot`), `IncrementalBuild` decides which languages changed since
/// the last build, `TranslationResolver` which message ships for each key, `BundlePlurals` how plurals are
/// spelled for a stock runtime, `PageBuilder` renders the pages and `ManifestWriter` describes the build.
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
    /// Where the template and catalogs are read from: pass the snapshot the build gate's check read, so
    /// the bundles hold the very bytes that were checked (a catalog edited meanwhile is not read again).
    /// Nil: each build reads the files afresh.
    public var snapshot: CatalogSnapshot?

    public init(
        project: Project, generatorVersion: String, excludedKeys: [String: Set<String>] = [:], renderPages: Bool = true,
        snapshot: CatalogSnapshot? = nil
    ) {
        self.project = project
        self.generatorVersion = generatorVersion
        self.excludedKeys = excludedKeys
        self.renderPages = renderPages
        self.snapshot = snapshot
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
        return Result(
            files: files.files, manifest: summary.manifest, reused: summary.reused, excludedForErrors: summary.excludedForErrors,
            warnings: summary.warnings)
    }

    /// Builds every file into `sink`, language by language. `previous` is the current Output/ folder,
    /// read for unchanged languages (it may be the folder `sink` replaces: nothing is swapped until the end).
    public func build(previous: URL? = nil, into sink: BuildSink) throws -> Summary {
        let registry = project.registry
        let sourceTag = registry.language(project.config.sourceLanguage)?.tag ?? project.config.sourceLanguage
        let languages = bundleLanguages
        let catalogs = try BuildCatalogs(paths: project.paths, snapshot: snapshot ?? CatalogSnapshot(), fallbackTags: Set(languages.flatMap(\.fallbackChain)))
        let pages = PageBuilder(project: project, enabled: renderPages)
        let resolver = TranslationResolver(catalogs: catalogs, sourceTag: sourceTag, registry: registry, excludedKeys: excludedKeys)
        let plurals = BundlePlurals(registry: registry, registryPath: project.paths.display(project.paths.languageRegistry))
        let manifestWriter = ManifestWriter(registry: registry, generatorVersion: generatorVersion, sourceTag: sourceTag)
        var incremental = IncrementalBuild(previous: previous, generatorVersion: generatorVersion)

        var fileCount = 0
        var byteCount = 0
        var excludedCount = 0
        func add(_ data: Data, _ path: String) throws {
            try sink.add(data, at: path)
            fileCount += 1
            byteCount += data.count
        }
        var entries: [BundleManifest.Entry] = []
        var reusedTags: [String] = []
        for language in languages {
            let tag = language.tag
            let inputs = IncrementalBuild.inputHash(
                language: language, generatorVersion: generatorVersion, templateHash: catalogs.templateHash,
                catalogHash: catalogs.hash, excludedKeys: excludedKeys, contentHash: pages.contentHash)
            if let reused = incremental.reuse(tag, inputs: inputs) {
                for path in reused.files.keys.sorted() { try add(reused.files[path]!, path) }
                entries.append(reused.entry)
                reusedTags.append(tag)
                continue
            }

            var resolution = try resolver.resolve(language)
            excludedCount += resolution.excludedForErrors
            if resolution.isTranslation {
                // Plurals render as the rules they were written for, whatever rules a stock runtime has for `tag`.
                plurals.compile(&resolution.bundle, &resolution.metadata, language: language)
            }
            let bundleData = BuildJSON.object(resolution.bundle.mapValues(RuntimeMessage.forBundle))
            try add(bundleData, ManifestWriter.bundleFile(tag))
            try add(BuildJSON.metadata(resolution.metadata), ManifestWriter.metaFile(tag))
            if tag != sourceTag && !pages.pages.isEmpty {
                for page in pages.render(language, registry: registry, sourceTag: sourceTag, bundle: resolution.bundle, metadata: resolution.metadata) {
                    try add(page.data, page.path)
                }
            }
            let entry = manifestWriter.entry(language, resolution: resolution, bundleData: bundleData, pluralRules: plurals.manifestRules(language))
            entries.append(entry)
            incremental.record(tag, inputs: inputs, entry: entry)
        }

        let written = try manifestWriter.files(entries: entries, languages: languages)
        for file in written.files { try add(file.data, file.path) }
        try add(try BuildJSON.encode(incremental.state), BuildState.fileName)
        return Summary(
            manifest: written.manifest, reused: reusedTags, excludedForErrors: excludedCount,
            warnings: languages.flatMap(plurals.warnings(for:)), fileCount: fileCount, bytes: byteCount)
    }
}
