import Foundation
import TranslateKit

extension Stages {
    static let buildStages: [Stage] = [build]

    /// Bundles for every language, written to the district's Output/ as `translate build` writes them
    /// (streamed into a temporary folder, swapped in); every language is rebuilt (no previous build reused).
    /// Pages are not rendered (that would multiply the run by pages × languages).
    static let build = Stage(name: "build") { root in
        let project = try Project.open(root: root)
        var builder = BundleBuilder(project: project, generatorVersion: "bench")
        builder.renderPages = false
        let summary = try BuildOutput.install(at: project.paths.output) { sink in try builder.build(previous: nil, into: sink) }
        let template = try template(root)
        let languages = builder.bundleLanguages.count
        return Sample(
            wall: 0, user: 0, system: 0, maxRSS: 0, messages: template.entries.count * languages, pages: 0, bytes: summary.bytes,
            note: "\(languages) bundles, \(summary.fileCount) files, \(summary.bytes / 1_000_000) MB written (MB/s is output)",
            languages: languages)
    }
}
