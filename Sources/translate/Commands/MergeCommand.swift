import Foundation
import TranslateKit

/// `translate merge`: three-way merge of a catalog or a memory, also as git's merge driver.
enum MergeCommand: Command {
    static let name = "merge"
    static let summary = "merge two versions of a catalog (PO, POT) or memory (TMX) by key; a git merge driver"
    static let synopsis = [
        "BASE OURS THEIRS [-o OUT] [--template POT] [--strict]",
        "--git %O %A %B %P [--strict]",
    ]
    static let description = """
    Merges two versions of a catalog that both come from BASE, entry by entry (by key:
    msgctxt, else msgid), never line by line, so no translation is lost:
      - an entry only one side changed takes that side's version;
      - an entry both sides changed merges field by field; when both changed the translation,
        ours stays in msgstr, theirs is recorded in a '# merge: theirs: "…"' comment and the
        entry is marked fuzzy for a reviewer ('translate check' reports it as merge-conflict);
        an entry added on both sides with different translations is treated the same way;
      - an entry one side made obsolete (or deleted) while the other translated it keeps the
        translation, obsolete ('#~'); with --template it revives when the template has it;
      - header fields merge one by one (for dates both changed, the later one wins).
    The result is laid out as 'translate sync' writes catalogs; unchanged entries keep their
    exact text. A side that does not parse is refused: nothing is written, exit 2.

    TMX memories (.tmx) merge as a union of units (same source, translation and key = same
    unit; the version changed last gives the metadata): never a conflict.

    As a git merge driver (see README, "Merging translations with git"):
      translate init --git     adds the drivers to .gitattributes
      git config merge.translate-po.driver "translate merge --git %O %A %B %P"
      git config merge.translate-tmx.driver "translate merge --git %O %A %B %P"
    With --git the result replaces %A (as git expects) and the exit status is 0 even when
    entries were left for review, because the file is valid and 'translate check' flags
    them, so git never writes conflict markers into a catalog; --strict exits 1 instead, and
    git then records the file as conflicted (with the merged result in it).
    """
    static let epilogue = """
    Exit status: 0 merged cleanly, 1 entries left for review (--git: only with --strict),
    2 bad usage or a side that does not parse (nothing written).

    Example:
      translate merge base/ar.po Locales/ar.po theirs/ar.po -o Locales/ar.po
    """
    static let options: [OptionSpec] = [
        .value("-o", "--output", placeholder: "FILE", help: "write the result to FILE (atomically); default: standard output"),
        .value("--template", placeholder: "POT", help: "sync the result with this template (obsolete entries it has revive)"),
        .flag("--git", help: "git's form: BASE OURS THEIRS PATH; the result is written to OURS"),
        .flag("--strict", help: "with --git, exit 1 when entries were left for review"),
    ]
    static let takesArguments = true
    /// git runs the driver at the repository root, which need not be the project: the files are all it needs.
    static let needsProject = false

    static func run(_ options: Options, _ console: Console) throws -> Int32 {
        let git = options.has("--git")
        let arguments = options.positional
        guard arguments.count == (git ? 4 : 3) else {
            throw UsageError(message: git ? "--git takes 4 arguments: %O %A %B %P" : "expected BASE OURS THEIRS")
        }
        let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: folder).standardizedFileURL }
        let (base, ours, theirs) = (url(arguments[0]), url(arguments[1]), url(arguments[2]))
        let shownPath = git ? arguments[3] : arguments[1]
        let output: URL? = git ? ours : options.value("--output").map(url)
        if git && options.value("--output") != nil { throw UsageError(message: "--git writes the result to %A; -o does not apply") }

        let names = git ? ["base (%O)", "ours (%A)", "theirs (%B)"] : ["BASE", "OURS", "THEIRS"]
        let shown = git ? [shownPath, shownPath, shownPath] : [arguments[0], arguments[1], arguments[2]]
        let isMemory = (git ? shownPath : (output?.path ?? arguments[1])).lowercased().hasSuffix(".tmx")

        let text: String
        var conflicts: [String] = []
        if isMemory {
            var documents: [TMXDocument] = []
            for (index, file) in [ours, theirs].enumerated() {
                do { documents.append(try TMXReader.read(file, displayPath: shown[index + 1])) } catch let error as TranslateError {
                    console.err(error.description)
                    console.err("\(shownPath): not merged: \(names[index + 1]) is not a readable TMX file; nothing was written")
                    return ExitStatus.failure
                }
            }
            guard let language = MemoryMerge.language(path: shownPath, documents: documents) else {
                throw TranslateError(path: shownPath, "cannot tell the memory's language", hint: "name the file <tag>.tmx")
            }
            let memory = MemoryMerge.merge(ours: documents[0], theirs: documents[1], language: language)
            text = TMXWriter.write(memory.document)
            console.progress("\(shownPath): \(memory.units.count) units (\(documents[0].units.count) ours, \(documents[1].units.count) theirs)")
        } else {
            var catalogs: [Catalog] = []
            var broken = false
            for (index, file) in [base, ours, theirs].enumerated() {
                let read = try POReader.read(file, displayPath: shown[index])
                let errors = read.diagnostics.filter { $0.severity == .error }
                if !errors.isEmpty {
                    for diagnostic in errors { console.err(diagnostic.formatted + (git ? " (in \(names[index]))" : "")) }
                    console.err("\(shownPath): not merged: \(names[index]) does not parse; nothing was written")
                    broken = true
                }
                catalogs.append(read.catalog)
            }
            if broken { return ExitStatus.failure }
            var template: Catalog?
            if let path = options.value("--template") {
                let read = try POReader.read(url(path), displayPath: path)
                if read.diagnostics.contains(where: { $0.severity == .error }) {
                    for diagnostic in read.diagnostics { console.err(diagnostic.formatted) }
                    console.err("\(shownPath): not merged: the template does not parse; nothing was written")
                    return ExitStatus.failure
                }
                template = read.catalog
            }
            let result = CatalogThreeWayMerge.merge(base: catalogs[0], ours: catalogs[1], theirs: catalogs[2], template: template)
            text = POWriter.write(result.catalog)
            conflicts = result.conflicts
            console.progress("\(shownPath): \(result.takenFromTheirs) entries from theirs, \(result.mergedFieldByField) merged field by field, "
                             + "\(conflicts.count) left for review")
            for key in conflicts.prefix(20) {
                console.err("  \(console.paint("review", .yellow, stderr: true)) \(key): both sides translated it; theirs is in a '# merge: theirs' comment")
            }
            if conflicts.count > 20 { console.err("  … and \(conflicts.count - 20) more ('translate check' lists them all)") }
        }

        if let output { try AtomicFile.write(text, to: output) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
        if conflicts.isEmpty || (git && !options.has("--strict")) { return ExitStatus.success }
        return ExitStatus.findings
    }
}
