import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

/// Random edit scripts on two branches, merged by git with the driver: no translation either side
/// made is ever lost, and the result is a valid catalog that round-trips.
@Suite(.serialized) struct GitMergeRandomTests {
    static let words: [String: [String]] = [
        "ar": ["المدرسة", "مغلقة", "اليوم", "الحافلة", "الغداء", "مجاني", "الاجتماع", "الخميس", "الأسرة", "التسجيل"],
        "ru": ["школа", "закрыта", "сегодня", "автобус", "обед", "бесплатный", "собрание", "четверг", "семья", "запись"],
        "pl": ["szkoła", "zamknięta", "dzisiaj", "autobus", "obiad", "bezpłatny", "zebranie", "czwartek", "rodzina", "zapisy"],
        "ja": ["学校", "休校", "今日", "バス", "給食", "無料", "面談", "木曜日", "家族", "登録"],
    ]
    static let english = ["school", "closed", "today", "bus", "lunch", "free", "meeting", "Thursday", "family", "register"]

    /// One branch's view of a catalog, rendered by hand so re-wrapped strings can be written.
    struct Model {
        var entries: [CatalogEntry]
        var wrapped: Set<String> = []

        func render() -> String {
            var out = "msgid \"\"\nmsgstr \"\"\n\"Language: xx\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
            for entry in entries.filter({ !$0.isObsolete }) + entries.filter(\.isObsolete) {
                let prefix = entry.isObsolete ? "#~ " : ""
                out += "\n"
                for comment in entry.translatorComments { out += "# \(comment)\n" }
                for reference in entry.references { out += "#: \(reference)\n" }
                if !entry.flags.isEmpty { out += "#, " + entry.flags.joined(separator: ", ") + "\n" }
                out += "\(prefix)msgctxt \(Self.quoted(entry.key!))\n\(prefix)msgid \(Self.quoted(entry.source))\n"
                let scalars = Array(entry.translation.unicodeScalars)
                if wrapped.contains(entry.key!) && scalars.count > 3 {
                    // A different but equivalent layout: the string cut in two lines.
                    var first = ""
                    var second = ""
                    first.unicodeScalars.append(contentsOf: scalars[..<(scalars.count / 2)])
                    second.unicodeScalars.append(contentsOf: scalars[(scalars.count / 2)...])
                    out += "\(prefix)msgstr \"\"\n\(prefix)\(Self.quoted(first))\n\(prefix)\(Self.quoted(second))\n"
                } else {
                    out += "\(prefix)msgstr \(Self.quoted(entry.translation))\n"
                }
            }
            return out
        }

        static func quoted(_ text: String) -> String {
            var escaped = ""
            escaped.unicodeScalars.append(contentsOf: POWriter.escape(text.unicodeScalars))
            return "\"" + escaped + "\""
        }
    }

    static func sentence(_ words: [String], _ random: inout SeededRandom) -> String {
        var text = (0..<(2 + random.below(6))).map { _ in random.pick(words) }.joined(separator: random.chance(10) ? "\n" : " ")
        if random.chance(10) { text += " \"" + random.pick(words) + "\"" }
        return text
    }

    /// Applies a random edit script (edit, add, obsolete, re-wrap, flag fuzzy) for one branch.
    static func edit(_ model: inout Model, side: String, language: String, _ random: inout SeededRandom) {
        let words = Self.words[language]!
        for step in 0..<(1 + random.below(8)) {
            switch random.below(6) {
            case 0, 1:
                guard !model.entries.isEmpty else { continue }
                let index = random.below(model.entries.count)
                model.entries[index].translation = sentence(words, &random)
            case 2:
                // Sometimes a key the other branch may add too.
                let key = random.chance(50) ? "shared.\(random.below(3))" : "added.\(side).\(step)"
                guard !model.entries.contains(where: { $0.key == key }) else { continue }
                model.entries.append(CatalogEntry(key: key, source: "New " + key, translation: sentence(words, &random), references: ["Content/new.html"]))
            case 3:
                let active = model.entries.indices.filter { !model.entries[$0].isObsolete }
                guard !active.isEmpty else { continue }
                let index = random.pick(active)
                if model.entries[index].translation.isEmpty {
                    model.entries.remove(at: index)
                    continue
                }
                model.entries[index].isObsolete = true
                model.entries[index].references = []
            case 4:
                guard !model.entries.isEmpty else { continue }
                let key = random.pick(model.entries).key!
                if model.wrapped.contains(key) { model.wrapped.remove(key) } else { model.wrapped.insert(key) }
            default:
                let translated = model.entries.indices.filter { !model.entries[$0].translation.isEmpty }
                guard !translated.isEmpty else { continue }
                model.entries[random.pick(translated)].setFlag("fuzzy", true)
            }
        }
    }

    @Test func randomEditScriptsNeverLoseATranslation() throws {
        var random = SeededRandom(seed: SeededRandom.seedFromEnvironment())
        print("GitMergeRandomTests seed: \(random.seed) (replay with TRANSLATE_TEST_SEED=\(random.seed))")
        let repository = try GitRepository.create()
        defer { repository.remove() }
        for run in 0..<12 {
            let language = random.pick(["ar", "ru", "pl", "ja"])
            let path = "Locales/\(language)-\(run).po"
            var base = Model(
                entries: (0..<(4 + random.below(10))).map { index in
                    CatalogEntry(
                        key: "key.\(index)", source: Self.sentence(Self.english, &random),
                        translation: random.chance(70) ? Self.sentence(Self.words[language]!, &random) : "", references: ["Content/page\(index % 3).html"])
                })
            if random.chance(30) { base.wrapped.insert("key.0") }
            var ours = base
            var theirs = base
            Self.edit(&ours, side: "ours", language: language, &random)
            Self.edit(&theirs, side: "theirs", language: language, &random)
            try repository.git("checkout", "-q", "-B", "main")
            // Now and then a side (or the base) is saved with CR LF line ends, as Windows tools do.
            let texts = [base, ours, theirs].map { model in
                random.chance(15) ? model.render().replacingOccurrences(of: "\n", with: "\r\n") : model.render()
            }
            let result = try repository.mergeScenario(path: path, base: texts[0], ours: texts[1], theirs: texts[2])
            let context = "seed \(random.seed) run \(run)"
            #expect(result.status == 0, "\(context): \(result.output)")
            let text = try repository.read(path)
            #expect(!text.contains("<<<<<<<"), "\(context)")
            let parsed = POReader.parse(text, path: path)
            #expect(parsed.diagnostics.isEmpty, "\(context): \(parsed.diagnostics.map(\.formatted))")
            #expect(POWriter.write(parsed.catalog) == text, "\(context): does not round-trip")
            var present = Set<String>()
            for entry in parsed.catalog.entries {
                present.insert(entry.translation)
                present.formUnion(CatalogThreeWayMerge.alternatives(in: entry))
            }
            let before = Dictionary(base.entries.map { ($0.key!, $0.translation) }, uniquingKeysWith: { a, _ in a })
            for side in [ours, theirs] {
                for entry in side.entries where !entry.translation.isEmpty && before[entry.key!] != entry.translation {
                    #expect(present.contains(entry.translation), "\(context): lost \(entry.key!) = \(entry.translation)\n\(text)")
                }
            }
            // Leave main where the next run starts from.
            try repository.git("branch", "-q", "-D", "theirs")
        }
    }
}
