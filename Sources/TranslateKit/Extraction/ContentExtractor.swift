import Foundation

/// Extracts every content source of a project into one set of messages (the POT).
public enum ContentExtractor {
    /// Extensions read, and how.
    public enum Format: String, Sendable {
        case html, markdown, text, json

        /// The format for a file name's extension, or nil for files that are not content.
        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "html", "htm": self = .html
            case "md", "markdown": self = .markdown
            case "txt": self = .text
            case "json": self = .json
            default: return nil
            }
        }
    }

    /// What extraction found: merged messages sorted by key, and problems with files.
    public struct Result: Sendable {
        /// One unit per key, sorted by key.
        public var units: [ExtractedUnit]
        /// Unreadable files, malformed JSON, key collisions, HTML parse errors.
        public var diagnostics: [Diagnostic]
    }

    /// Tokenizes HTML with the WHATWG tokenizer (switching to raw text after script, style, title…).
    public static func tokenize(_ html: String) -> [HTMLToken] {
        HTMLTokenizer(html).tokens()
    }

    /// The content files under `sources` (folders or files, relative to `root`), sorted by path;
    /// files `scan` refuses are left out.
    public static func files(root: URL, sources: [String]) -> [(url: URL, path: String)] {
        scan(root: root, sources: sources).files
    }

    /// The largest content file extracted and rendered (16 MiB). A district page is well under 1 MB; a 50 MB
    /// one stalled the build, which renders every page once per language (94 copies).
    public static let maximumFileSize = 16 << 20

    /// The content files under `sources`, and a diagnostic for each one refused: one larger than
    /// `maximumFileSize`, a file that
    /// resolves outside the project (a symlink to ../outside/secret.html would publish outside
    /// text in every bundle and page), or whose name holds a control character such as a line
    /// break (a PO `#:` reference cannot hold one).
    public static func scan(root: URL, sources: [String]) -> (files: [(url: URL, path: String)], diagnostics: [Diagnostic]) {
        var found: [(URL, String)] = []
        var refused: [Diagnostic] = []
        let manager = FileManager.default
        let paths = ProjectPaths(root: root)
        func admit(_ url: URL, _ relative: String) {
            if relative.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                refused.append(
                    Diagnostic(
                        severity: .error, path: Diagnostic.visible(relative), check: "extract",
                        message: "the file name contains a control character (e.g. a line break); it is not extracted",
                        notes: ["rename the file: PO references cannot hold such characters"]))
            } else if let size = (try? manager.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maximumFileSize {
                refused.append(
                    Diagnostic(
                        severity: .error, path: relative, check: "extract",
                        message: "the file is \(size / 1_048_576) MB; content files over \(maximumFileSize / 1_048_576) MB are not extracted",
                        notes: ["split it into pages of a reasonable size: every language gets its own copy of each page"]))
            } else if !paths.contains(url) {
                refused.append(
                    Diagnostic(
                        severity: .error, path: relative, check: "extract",
                        message: "the file resolves outside the project (to \(ProjectPaths.resolved(url.path))); it is not extracted",
                        notes: ["copy the file into the project instead of linking to it"]))
            } else {
                found.append((url, relative))
            }
        }
        for source in sources {
            let url = root.appendingPathComponent(source)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                admit(url, source)
                continue
            }
            guard paths.contains(url) else {
                refused.append(
                    Diagnostic(
                        severity: .error, path: source, check: "extract",
                        message: "the source folder resolves outside the project (to \(ProjectPaths.resolved(url.path))); it is not extracted",
                        notes: ["copy the content into the project instead of linking to it"]))
                continue
            }
            guard let enumerator = manager.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in enumerator {
                let relative = relativePath(file, root: root)
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                var directory: ObjCBool = false
                if manager.fileExists(atPath: file.path, isDirectory: &directory), !directory.boolValue, Format(path: relative) != nil {
                    admit(file, relative)
                }
            }
        }
        var seen = Set<String>()
        let files = found.filter { seen.insert($0.1).inserted }.sorted { $0.1.utf8.lexicographicallyPrecedes($1.1.utf8) }
        return (files, refused.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) })
    }

    /// `url` relative to the root as it is named (a symlink by its own name, not its target's).
    static func relativePath(_ url: URL, root: URL) -> String {
        let base = root.standardizedFileURL.path
        let full = url.standardizedFileURL.path
        if full.hasPrefix(base + "/") { return String(full.dropFirst(base.count + 1)) }
        let resolvedBase = root.standardizedFileURL.resolvingSymlinksInPath().path
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        if resolved.hasPrefix(resolvedBase + "/") { return String(resolved.dropFirst(resolvedBase.count + 1)) }
        return resolved
    }

    /// HTML parse errors reported per file at most.
    static let maxSyntaxWarnings = 5

    /// Messages of one file's text.
    public static func extract(text: String, path: String, format: Format) -> (units: [ExtractedUnit], diagnostics: [Diagnostic]) {
        switch format {
        case .html:
            let (tokens, errors) = HTMLTokenizer(text).tokenize()
            // Browsers recover from these and so does extraction; they are worth fixing, not fatal.
            var diagnostics = errors.prefix(maxSyntaxWarnings).map {
                Diagnostic(severity: .warning, path: path, position: $0.position, check: "html-syntax", message: "HTML parse error: \($0.code)")
            }
            if errors.count > maxSyntaxWarnings {
                diagnostics.append(
                    Diagnostic(
                        severity: .warning, path: path, check: "html-syntax",
                        message: "\(errors.count - maxSyntaxWarnings) more HTML parse errors"))
            }
            return (HTMLExtractor.extract(tokens: tokens.map(\.token), path: path, lines: tokens.map(\.position.line)).units, diagnostics)
        case .markdown: return (MarkdownExtractor.parse(text, path: path).units, [])
        case .text: return (PlainTextExtractor.extract(text, path: path), [])
        case .json: return MessageCatalogExtractor.extract(text, path: path)
        }
    }

    /// Reads and extracts files; an unreadable or malformed file becomes a diagnostic and the rest still extracts.
    public static func extract(files: [(url: URL, path: String)]) -> Result {
        // Files are read and extracted on every core (extraction keeps no shared state); results are
        // gathered in file order, so the output does not depend on which core finished first.
        let results = parallelMap(files.count, minimumPerWorker: 8) { extract(file: files[$0].url, path: files[$0].path) }
        var all: [ExtractedUnit] = []
        var diagnostics: [Diagnostic] = []
        for result in results {
            all += result.units
            diagnostics += result.diagnostics
        }
        let merged = merge(all)
        return Result(units: merged.units, diagnostics: diagnostics + merged.diagnostics)
    }

    /// One file's units, or the diagnostic that explains why it could not be read.
    static func extract(file url: URL, path: String) -> (units: [ExtractedUnit], diagnostics: [Diagnostic]) {
        guard let format = Format(path: path) else { return ([], []) }
        do {
            let text = try TextFile.read(url, displayPath: path)
            return extract(text: text, path: path, format: format)
        } catch let error as TranslateError {
            return (
                [],
                [
                    Diagnostic(
                        severity: .error, path: error.path ?? path, position: error.position, check: "extract",
                        message: error.message, notes: error.hint.map { [$0] } ?? [])
                ]
            )
        } catch {
            return ([], [Diagnostic(severity: .error, path: path, check: "extract", message: "\(error)")])
        }
    }

    /// One entry per key: references, notes and flags combined; sorted by key (UTF-8 order).
    public static func merge(_ units: [ExtractedUnit]) -> (units: [ExtractedUnit], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Files in path order, whatever order they were read in, so notes come out the same.
        let ordered = units.enumerated().sorted {
            // By file only: a file's units keep document order whatever their lines.
            let a = ContentReference($0.element.references.first ?? "").file
            let b = ContentReference($1.element.references.first ?? "").file
            return a == b ? $0.offset < $1.offset : a.utf8.lexicographicallyPrecedes(b.utf8)
        }.map(\.element)
        // Merged in place, with a set of each key's references: navigation text on every page of a large
        // site gathers tens of thousands of references, and copying or scanning them per page was quadratic.
        var merged: [ExtractedUnit] = []
        var indexByKey: [String: Int] = [:]
        var references: [Set<String>] = []
        for unit in ordered {
            guard let index = indexByKey[unit.key] else {
                var first = unit
                var seen = Set<String>()
                first.references = unit.references.filter { seen.insert($0).inserted }
                indexByKey[unit.key] = merged.count
                merged.append(first)
                references.append(seen)
                continue
            }
            if merged[index].source != unit.source {
                let place = ContentReference(unit.references.first ?? "")
                diagnostics.append(
                    Diagnostic(
                        severity: .warning, path: place.file, position: place.line.map { TextPosition(line: $0, column: 1) },
                        check: "extract", key: unit.key,
                        message: "key '\(unit.key)' is used for two different texts; the first is kept",
                        notes: ["first: \(merged[index].source)", "also: \(unit.source)", "give each text its own data-i18n-id"]))
                continue
            }
            for reference in unit.references where references[index].insert(reference).inserted { merged[index].references.append(reference) }
            for note in unit.notes where !merged[index].notes.contains(note) { merged[index].notes.append(note) }
            for flag in unit.flags where !merged[index].flags.contains(flag) { merged[index].flags.append(flag) }
        }
        for index in merged.indices {
            merged[index].references.sort { ContentReference($0) < ContentReference($1) }
            merged[index].flags.sort()
        }
        merged.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        return (merged, diagnostics)
    }

    /// The POT catalog: a fixed header (no dates, so unchanged content gives identical bytes) and one entry per message.
    public static func template(_ units: [ExtractedUnit]) -> Catalog {
        var catalog = TemplateHeader.emptyTemplate()
        catalog.entries = units.map { unit in
            var entry = unit.catalogEntry
            entry.extractedComments.append("words: \(unit.wordCount)")
            return entry
        }
        return catalog
    }
}
