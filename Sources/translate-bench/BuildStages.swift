import Foundation
import TranslateKit

extension Stages {
    static let buildStages: [Stage] = [build]

    /// Bundles for every language; pages are not rendered (that would multiply the run by pages × languages).
    static let build = Stage(name: "build") { root in
        let project = try Project.open(root: root)
        var builder = BundleBuilder(project: project, generatorVersion: "bench")
        builder.renderPages = false
        let result = try builder.build(previous: nil)
        let bytes = result.files.values.reduce(0) { $0 + $1.count }
        let template = try template(root)
        let languages = builder.bundleLanguages.count
        return Sample(wall: 0, user: 0, system: 0, maxRSS: 0, messages: template.entries.count * languages, pages: 0, bytes: bytes,
                      note: "\(languages) bundles, \(result.files.count) files, \(bytes / 1_000_000) MB output (MB/s is output)")
    }
}
