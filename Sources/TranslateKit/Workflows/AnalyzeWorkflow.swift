import Foundation

/// `translate analyze`: words and segments per memory match band, as translation vendors quote them.
public enum AnalyzeWorkflow {
    public struct Options: Sendable {
        /// Languages (default: every Locales/*.po).
        public var languages: [String]

        public init(languages: [String] = []) { self.languages = languages }
    }

    public struct Summary: WorkflowSummary, Equatable {
        public var analyses: [MemoryAnalysis]

        /// Bands as an ordered array, so the output reads in the vendors' order.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(analyses.map(Row.init))
        }

        private struct Band: Encodable {
            var band: String
            var segments: Int
            var words: Int
        }
        private struct Total: Encodable {
            var segments: Int
            var words: Int
        }
        private struct Row: Encodable {
            var language: String
            var bands: [Band]
            var total: Total
            init(_ analysis: MemoryAnalysis) {
                language = analysis.language
                bands = AnalysisBand.allCases.map { band in
                    let count = analysis.bands[band]!
                    return Band(band: band.rawValue, segments: count.segments, words: count.words)
                }
                total = Total(segments: analysis.total.segments, words: analysis.total.words)
            }
        }

        public func text(_ paint: TextPainter) -> String? {
            var lines: [String] = []
            for analysis in analyses {
                lines.append(paint(analysis.language, .bold))
                lines.append("  " + "band".padding(toLength: 12, withPad: " ", startingAt: 0) + "   segments      words")
                for band in AnalysisBand.allCases + [nil] {
                    let count = band.map { analysis.bands[$0]! } ?? analysis.total
                    let label = (band?.rawValue ?? "total").padding(toLength: 12, withPad: " ", startingAt: 0)
                    lines.append("  \(label) \(Self.pad(count.segments, 10)) \(Self.pad(count.words, 10))")
                }
            }
            return lines.joined(separator: "\n")
        }

        /// A sheet for vendors: language, band, segments, words, with a total row per language.
        public var csv: String {
            var lines = ["language,band,segments,words"]
            for analysis in analyses {
                for band in AnalysisBand.allCases {
                    let count = analysis.bands[band]!
                    lines.append("\(analysis.language),\(band.rawValue),\(count.segments),\(count.words)")
                }
                lines.append("\(analysis.language),total,\(analysis.total.segments),\(analysis.total.words)")
            }
            return lines.joined(separator: "\n")
        }

        static func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: " ", count: max(0, width - s.count)) + s
        }
    }

    /// Analyses every active message of each catalog against its language's memory; a catalog
    /// with syntax errors is reported and analysed as far as it could be read.
    public static func run(_ project: Project, _ options: Options = Options(), log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        var analyses: [MemoryAnalysis] = []
        let diagnostics = try CatalogMemoryLoop.run(
            project, languages: options.languages, purpose: "analyse",
            onSyntaxErrors: .reportErrorsAndContinue, log: log
        ) { job in
            analyses.append(MemoryAnalysis.analyze(job.catalog, index: job.index, language: job.language))
        }
        return WorkflowResult(summary: Summary(analyses: analyses), diagnostics: diagnostics)
    }
}
