import Foundation

/// `translate merge`: three-way merge of a catalog (PO, POT) by key, or a union of two memories
/// (TMX); also git's merge driver. Works on the files alone: git runs it at the repository root,
/// which need not be the project.
public enum MergeWorkflow {
    public struct Options: Sendable {
        /// BASE OURS THEIRS, or with `git` %O %A %B %P, as given.
        public var arguments: [String]
        /// git's form: the result replaces OURS, and entries left for review are not a failure unless `strict`.
        public var git: Bool
        public var strict: Bool
        /// Where the result goes (nil: standard output); with `git`, OURS.
        public var output: String?
        /// A template to sync the result with.
        public var template: String?
        /// The folder relative paths are read from.
        public var folder: URL

        public init(
            arguments: [String], git: Bool = false, strict: Bool = false, output: String? = nil, template: String? = nil,
            folder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        ) {
            self.arguments = arguments
            self.git = git
            self.strict = strict
            self.output = output
            self.template = template
            self.folder = folder
        }
    }

    /// The merged file and where it goes; nothing when a side did not parse.
    public struct Summary: WorkflowSummary, Equatable {
        public var merged: String?
        /// Where to write `merged` (nil: standard output).
        public var output: URL?
        /// Keys both sides translated differently (kept for review).
        public var conflicts: [String]

        enum CodingKeys: String, CodingKey { case conflicts }

        public var isEmpty: Bool { merged == nil }
        public func text(_ paint: TextPainter) -> String? { nil }
    }

    public static func run(_ options: Options, log: WorkflowLog = .silent) throws -> WorkflowResult<Summary> {
        let git = options.git
        let arguments = options.arguments
        guard arguments.count == (git ? 4 : 3) else {
            throw WorkflowOptionError(git ? "--git takes 4 arguments: %O %A %B %P" : "expected BASE OURS THEIRS")
        }
        if git && options.output != nil { throw WorkflowOptionError("--git writes the result to %A; -o does not apply") }
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: options.folder).standardizedFileURL }
        let (base, ours, theirs) = (url(arguments[0]), url(arguments[1]), url(arguments[2]))
        let shownPath = git ? arguments[3] : arguments[1]
        let output: URL? = git ? ours : options.output.map(url)
        let names = git ? ["base (%O)", "ours (%A)", "theirs (%B)"] : ["BASE", "OURS", "THEIRS"]
        let shown = git ? [shownPath, shownPath, shownPath] : [arguments[0], arguments[1], arguments[2]]
        let isMemory = (git ? shownPath : (output?.path ?? arguments[1])).lowercased().hasSuffix(".tmx")
        let refused = WorkflowResult(summary: Summary(merged: nil, output: nil, conflicts: []), outcome: .inputError)

        let text: String
        var conflicts: [String] = []
        if isMemory {
            var documents: [TMXDocument] = []
            for (index, file) in [ours, theirs].enumerated() {
                do { documents.append(try TMXReader.read(file, displayPath: shown[index + 1])) } catch let error as TranslateError {
                    log.note(error.description)
                    log.note("\(shownPath): not merged: \(names[index + 1]) is not a readable TMX file; nothing was written")
                    return refused
                }
            }
            guard let language = MemoryMerge.language(path: shownPath, documents: documents) else {
                throw TranslateError(path: shownPath, "cannot tell the memory's language", hint: "name the file <tag>.tmx")
            }
            let memory = MemoryMerge.merge(ours: documents[0], theirs: documents[1], language: language)
            text = TMXWriter.write(memory.document)
            log.progress("\(shownPath): \(memory.units.count) units (\(documents[0].units.count) ours, \(documents[1].units.count) theirs)")
        } else {
            var catalogs: [Catalog] = []
            var broken = false
            for (index, file) in [base, ours, theirs].enumerated() {
                let read = try POReader.read(file, displayPath: shown[index])
                let errors = read.diagnostics.filter { $0.severity == .error }
                if !errors.isEmpty {
                    for diagnostic in errors { log.note(diagnostic.formatted + (git ? " (in \(names[index]))" : "")) }
                    log.note("\(shownPath): not merged: \(names[index]) does not parse; nothing was written")
                    broken = true
                }
                catalogs.append(read.catalog)
            }
            if broken { return refused }
            var template: Catalog?
            if let path = options.template {
                let read = try POReader.read(url(path), displayPath: path)
                if read.diagnostics.contains(where: { $0.severity == .error }) {
                    for diagnostic in read.diagnostics { log.note(diagnostic.formatted) }
                    log.note("\(shownPath): not merged: the template does not parse; nothing was written")
                    return refused
                }
                template = read.catalog
            }
            let result = CatalogThreeWayMerge.merge(base: catalogs[0], ours: catalogs[1], theirs: catalogs[2], template: template)
            text = POWriter.write(result.catalog)
            conflicts = result.conflicts
            log.progress(
                "\(shownPath): \(result.takenFromTheirs) entries from theirs, \(result.mergedFieldByField) merged field by field, "
                    + "\(conflicts.count) left for review")
            for key in conflicts.prefix(20) {
                log.note("  review \(key): both sides translated it; theirs is in a '# merge: theirs' comment")
            }
            if conflicts.count > 20 { log.note("  … and \(conflicts.count - 20) more ('translate check' lists them all)") }
        }
        let clean = conflicts.isEmpty || (git && !options.strict)
        return WorkflowResult(summary: Summary(merged: text, output: output, conflicts: conflicts), outcome: clean ? .success : .findings)
    }
}
