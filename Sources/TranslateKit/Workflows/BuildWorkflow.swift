import Foundation

/// `translate build`: runs check, then writes the bundles, manifest, picker and pages to
/// Output/ at once (or, with `verify`, compares a fresh build with Output/ and writes nothing).
public enum BuildWorkflow {
    public struct Options: Sendable {
        /// Build despite check errors (entries with errors fall back).
        public var force: Bool
        /// Compare with Output/ file by file instead of writing.
        public var verify: Bool
        public var renderPages: Bool
        /// Written into the manifest.
        public var generatorVersion: String
        /// Test-only: pause this long after this many files, so a test can kill the build mid-write.
        public var pauseAfterFiles: Int?

        public init(
            force: Bool = false, verify: Bool = false, renderPages: Bool = true, generatorVersion: String,
            pauseAfterFiles: Int? = nil
        ) {
            self.force = force
            self.verify = verify
            self.renderPages = renderPages
            self.generatorVersion = generatorVersion
            self.pauseAfterFiles = pauseAfterFiles
        }
    }

    /// A file of a fresh build that Output/ does not match.
    public struct Difference: Encodable, Equatable, Sendable {
        public var kind: String
        public var path: String
    }

    /// What `--verify` found.
    public struct Verification: Encodable, Equatable, Sendable {
        public var differences: [Difference]
        public var upToDate: Bool
        /// Files a fresh build has.
        public var fileCount: Int

        enum CodingKeys: String, CodingKey { case differences, upToDate }
    }

    /// What a build wrote.
    public struct Built: Encodable, Equatable, Sendable {
        public var excludedForErrors: Int
        public var fallbacks: Int
        public var files: Int
        public var languages: Int
        public var reused: Int
    }

    /// One of: nothing (check stopped the build), a verification, or a build.
    public struct Summary: WorkflowSummary, Equatable {
        public var verification: Verification?
        public var built: Built?
        public static var jsonLayout: JSONLayout { .compact }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            if let verification { try container.encode(verification) } else { try container.encode(built) }
        }

        public var isEmpty: Bool { verification == nil && built == nil }

        public func text(_ paint: TextPainter) -> String? {
            let output = ProjectPaths.outputName + "/"
            if let verification {
                if verification.upToDate { return "\(output) is up to date (\(verification.fileCount) files)" }
                return verification.differences.map { "\($0.kind): \(output)\($0.path)" }.joined(separator: "\n")
            }
            guard let built else { return nil }
            return "Built \(built.languages) languages (\(built.reused) unchanged) into \(output): \(built.files) files, \(built.fallbacks) fallback messages"
                + (built.excludedForErrors > 0 ? ", \(built.excludedForErrors) entries excluded for check errors" : "")
        }

        public var notes: [String] {
            guard let verification, !verification.upToDate else { return [] }
            return [
                "note: \(ProjectPaths.outputName)/ differs from a fresh build in \(verification.differences.count) file(s); run 'translate build' and commit the result"
            ]
        }
    }

    public static func run(_ project: Project, _ options: Options, log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        let settings = CheckSettings(config: project.config, registry: project.registry)
        // One read of each catalog: the bundles are made from the bytes this check saw.
        let snapshot = CatalogSnapshot()
        let report = try ProjectChecker.check(root: project.paths.root, settings: settings, registry: project.registry, snapshot: snapshot)
        let errors = report.diagnostics.filter { $0.severity == .error }
        if !report.unreadable.isEmpty {
            // Not even --force builds from a file that cannot be read.
            let found = errors.filter { report.unreadable.contains($0.path) }
            for diagnostic in found { log.diagnostic(diagnostic) }
            return WorkflowResult(summary: Summary(), diagnostics: found, outcome: .inputError)
        }
        if !errors.isEmpty && !options.force {
            for diagnostic in errors { log.diagnostic(diagnostic) }
            log.note(
                "note: \(errors.count) error(s) found by 'translate check'; fix them, or run 'translate build --force' "
                    + "to build anyway (entries with errors then fall back along their language's chain)")
            return WorkflowResult(summary: Summary(), diagnostics: errors, outcome: .findings)
        }
        var builder = BundleBuilder(
            project: project, generatorVersion: options.generatorVersion,
            excludedKeys: BundleBuilder.excludedKeys(from: report), snapshot: snapshot)
        builder.renderPages = options.renderPages
        let output = try project.paths.permitted(project.paths.output)
        log.progress("build: \(builder.bundleLanguages.count) languages")
        if options.verify {
            let comparison = BuildOutput.Comparison(against: output)
            _ = try builder.build(previous: nil, into: comparison)
            let differences = comparison.differences
            let verification = Verification(
                differences: differences.map { Difference(kind: $0.kind.rawValue, path: $0.path) },
                upToDate: differences.isEmpty, fileCount: comparison.count)
            return WorkflowResult(summary: Summary(verification: verification), outcome: differences.isEmpty ? .success : .findings)
        }
        let pauseAfter = options.pauseAfterFiles
        // Files go straight into a temporary sibling of Output/, swapped in once every language is built.
        let result = try BuildOutput.install(
            at: output,
            afterFile: { written in
                if written == pauseAfter {
                    log.note("build: paused after \(written) files")
                    sleep(60)
                }
            }
        ) { sink in try builder.build(previous: output, into: sink) }
        for warning in result.warnings { log.diagnostic(warning) }
        let built = Built(
            excludedForErrors: result.excludedForErrors, fallbacks: result.manifest.languages.reduce(0) { $0 + $1.fallbacks },
            files: result.fileCount, languages: result.manifest.languages.count, reused: result.reused.count)
        return WorkflowResult(summary: Summary(built: built), diagnostics: result.warnings)
    }
}
