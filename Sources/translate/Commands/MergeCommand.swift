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
        let result = try MergeWorkflow.run(
            .init(
                arguments: options.positional, git: options.has("--git"), strict: options.has("--strict"),
                output: options.value("--output"), template: options.value("--template")), log: console.log())
        if let merged = result.summary.merged {
            try console.write(Data(merged.utf8), to: result.summary.output?.path, saying: nil)
        }
        return ExitStatus.of(result.outcome)
    }
}
