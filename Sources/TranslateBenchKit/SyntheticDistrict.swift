import Foundation
import TranslateICU
import TranslateKit

/// A seeded, deterministic synthetic school district: content pages, a template, one catalog per
/// language and translation memories, at any size, for benchmarks and scale tests.
///
/// Every part is drawn from its own generator labelled by what it is ("page 12", "language pl"), so a
/// page or a language's catalog is the same bytes whatever else is generated with it.
public struct SyntheticDistrict: Sendable {
    /// A named size.
    public struct Size: Sendable, Equatable {
        public var name: String
        public var pages: Int
        public var messages: Int
        /// How many target languages get catalogs (nil: every target language of the registry).
        public var languageLimit: Int?

        public init(name: String, pages: Int, messages: Int, languageLimit: Int? = nil) {
            self.name = name
            self.pages = pages
            self.messages = messages
            self.languageLimit = languageLimit
        }

        /// Hartford today: 200 pages, 5,000 messages, every registered language.
        public static let district = Size(name: "district", pages: 200, messages: 5_000)
        /// 10×, with 10 languages: all 91 would take ~10 minutes per check run on two cores.
        public static let tenfold = Size(name: "10x", pages: 2_000, messages: 50_000, languageLimit: 10)
        /// 100×, with 3 languages so that a run stays within minutes on two cores.
        public static let hundredfold = Size(name: "100x", pages: 20_000, messages: 500_000, languageLimit: 3)

        /// The size with this name ("district", "10x", "100x").
        public static func named(_ name: String) -> Size? { [district, tenfold, hundredfold].first { $0.name == name } }
    }

    /// One piece of a message's structure, rendered in English for the source and in the target's words for a translation.
    enum Piece: Sendable {
        case words(Int)
        case argument(String)
        case open(Int)
        case close(Int)
        case plural(String, Int)
        case select(String, Int)
    }

    /// What a message is made of and how its catalogs treat it.
    struct Shape: Sendable {
        var key: String
        var pieces: [Piece]
        /// Absent from the language catalogs: new in the template, so sync adds it.
        var isNew: Bool
        /// Its catalogs hold an older English text, so sync marks it changed.
        var isChanged: Bool
    }

    public let seed: UInt64
    public let pages: Int
    public let messages: Int
    /// Target language tags that get catalogs, in registry order.
    public let languages: [String]
    /// Languages that get a translation memory (Locales/memory/<tag>.tmx).
    public let memoryLanguages: [String]
    let registry: LanguageRegistry
    let shapes: [Shape]

    /// Select cases of generated select messages.
    static let selectCases = ["parent", "student", "staff", "other"]
    static let arguments = ["{name}", "{school}", "{count, number}", "{date, date, medium}", "{time, time, short}", "{phone}"]
    static let areas = [
        "attendance", "enrollment", "transport", "nutrition", "health", "calendar", "grades", "safety",
        "family", "special-education", "technology", "athletics", "library", "counseling", "board",
    ]

    /// - Parameters:
    ///   - languageLimit: at most this many target languages (nil: all); spread over the registry so scripts vary.
    ///   - memoryLanguageCount: how many of the chosen languages with translations get a TMX memory.
    public init(
        seed: UInt64, pages: Int, messages: Int, languageLimit: Int? = nil, memoryLanguageCount: Int = 5,
        registry: LanguageRegistry = .builtIn()
    ) {
        self.seed = seed
        self.pages = pages
        self.messages = messages
        self.registry = registry
        let targets = registry.languages.filter { $0.tag != "en" && !$0.isTestOnly }.map(\.tag)
        var chosen = targets
        if let limit = languageLimit, limit < targets.count {
            // Every k-th language, starting with the first (Spanish), so a subset still mixes scripts.
            let step = Double(targets.count) / Double(max(limit, 1))
            chosen = (0..<max(limit, 0)).map { targets[Int(Double($0) * step)] }
        }
        languages = chosen
        var random = BenchmarkRandom(seed: seed, label: "shapes")
        var shapes: [Shape] = []
        shapes.reserveCapacity(messages)
        for index in 0..<messages {
            shapes.append(Self.shape(index, &random))
        }
        self.shapes = shapes
        let translated = chosen.filter { Self.coverage(tag: $0, seed: seed, languages: chosen) > 0 }
        memoryLanguages = Array(translated.prefix(memoryLanguageCount))
    }

    public init(seed: UInt64, size: Size, memoryLanguageCount: Int = 5, registry: LanguageRegistry = .builtIn()) {
        self.init(
            seed: seed, pages: size.pages, messages: size.messages, languageLimit: size.languageLimit,
            memoryLanguageCount: memoryLanguageCount, registry: registry)
    }

    static func shape(_ index: Int, _ random: inout BenchmarkRandom) -> Shape {
        let area = areas[index % areas.count]
        let key = "\(area).m\(String(index, radix: 36))"
        var pieces: [Piece] = [.words(random.int(in: 2...7))]
        let roll = random.unit()
        if roll < 0.08 {
            pieces.append(.plural("count", random.int(in: 1...3)))
            pieces.append(.words(random.int(in: 0...3)))
        } else if roll < 0.11 {
            pieces.append(.select("role", random.int(in: 1...4)))
        }
        if random.unit() < 0.30 {
            for _ in 0..<random.int(in: 1...2) {
                pieces.append(.argument(random.pick(arguments)))
                pieces.append(.words(random.int(in: 1...4)))
            }
        }
        if random.unit() < 0.15 {
            pieces.append(.open(1))
            pieces.append(.words(random.int(in: 1...3)))
            pieces.append(.close(1))
            pieces.append(.words(random.int(in: 0...4)))
            if random.unit() < 0.2 {
                pieces.append(.open(2))
                pieces.append(.words(random.int(in: 1...2)))
                pieces.append(.close(2))
            }
        }
        let fate = random.unit()
        return Shape(key: key, pieces: pieces, isNew: fate < 0.02, isChanged: fate >= 0.02 && fate < 0.05)
    }

    /// The share of messages a language has translated: some complete, most partial, some empty.
    static func coverage(tag: String, seed: UInt64, languages: [String]) -> Double {
        // The most-spoken languages (registry order) are complete, as in a real district.
        if let position = languages.firstIndex(of: tag), position < 8 { return 1 }
        var random = BenchmarkRandom(seed: seed, label: "coverage \(tag)")
        let roll = random.unit()
        if roll < 0.25 { return 1 }
        if roll < 0.80 { return 0.05 + random.unit() * 0.9 }
        return 0
    }

    /// The coverage of a language's catalog.
    public func coverage(of tag: String) -> Double { Self.coverage(tag: tag, seed: seed, languages: languages) }

    // MARK: Rendering

    static func render(_ pieces: [Piece], lexicon: BenchmarkLexicon, categories: [String], random: inout BenchmarkRandom) -> String {
        var parts: [String] = []
        func words(_ count: Int) -> String {
            var chosen: [String] = []
            for _ in 0..<count { chosen.append(random.pick(lexicon.words)) }
            return chosen.joined(separator: lexicon.isUnspaced ? "" : " ")
        }
        var text = ""
        var pendingOpen = ""
        for piece in pieces {
            switch piece {
            case .words(let count):
                guard count > 0 else { continue }
                parts.append(pendingOpen + words(count))
                pendingOpen = ""
            case .argument(let argument):
                parts.append(pendingOpen + argument)
                pendingOpen = ""
            case .open(let number):
                pendingOpen += "<x\(number)>"
            case .close(let number):
                if parts.isEmpty { parts.append("") }
                parts[parts.count - 1] += "</x\(number)>"
            case .plural(let name, let count):
                let branches = categories.map { "\($0) {# \(words(count))}" }.joined(separator: " ")
                parts.append(pendingOpen + "{\(name), plural, \(branches)}")
                pendingOpen = ""
            case .select(let name, let count):
                let branches = selectCases.map { "\($0) {\(words(count))}" }.joined(separator: " ")
                parts.append(pendingOpen + "{\(name), select, \(branches)}")
                pendingOpen = ""
            }
        }
        text = parts.joined(separator: lexicon.isUnspaced ? "" : " ")
        if let first = text.first, first.isLowercase {
            text = first.uppercased() + text.dropFirst()
        }
        return text + lexicon.fullStop
    }

    /// The English text of message `index`; `old` gives the text the language catalogs were made from.
    func source(_ index: Int, old: Bool = false) -> String {
        var random = BenchmarkRandom(seed: seed, label: old ? "old \(index)" : "source \(index)")
        return Self.render(shapes[index].pieces, lexicon: .english, categories: ["one", "other"], random: &random)
    }

    /// The CLDR cardinal categories of a language, as the checks expect them.
    public func pluralCategories(of tag: String) -> [String] {
        guard let rules = try? registry.pluralRules(for: tag) else { return ["other"] }
        return rules.categories.map(\.rawValue)
    }

    func lexicon(of tag: String) -> BenchmarkLexicon {
        BenchmarkLexicon.forLanguage(tag: tag, script: registry.language(tag)?.script ?? "Latn")
    }

    // MARK: Catalogs

    /// The template (messages.pot): every message, with a reference to a page and a word count.
    public func template() -> Catalog {
        var catalog = TemplateHeader.emptyTemplate()
        catalog.entries.reserveCapacity(messages)
        for index in 0..<messages {
            let source = source(index)
            catalog.entries.append(
                CatalogEntry(
                    key: shapes[index].key, source: source, extractedComments: ["words: \(source.split(separator: " ").count)"],
                    references: [pagePath(index % max(pages, 1))]))
        }
        return catalog
    }

    /// A language's catalog as it was before the latest extraction: 2% of messages missing (new since),
    /// 3% with an older English text, 1% retired messages, and the language's share translated (2% of those fuzzy).
    public func catalog(for tag: String) -> Catalog {
        var catalog = Catalog()
        catalog.setHeaderField("Project-Id-Version", "translate")
        catalog.setHeaderField("Language", tag)
        catalog.setHeaderField("MIME-Version", "1.0")
        catalog.setHeaderField("Content-Type", "text/plain; charset=UTF-8")
        catalog.setHeaderField("Content-Transfer-Encoding", "8bit")
        let coverage = coverage(of: tag)
        let lexicon = lexicon(of: tag)
        let categories = pluralCategories(of: tag)
        var random = BenchmarkRandom(seed: seed, label: "language \(tag)")
        catalog.entries.reserveCapacity(messages)
        for index in 0..<messages where !shapes[index].isNew {
            let source = source(index, old: shapes[index].isChanged)
            var entry = CatalogEntry(key: shapes[index].key, source: source, references: [pagePath(index % max(pages, 1))])
            if coverage > 0, random.unit() < coverage {
                entry.translation = Self.render(shapes[index].pieces, lexicon: lexicon, categories: categories, random: &random)
                if random.unit() < 0.02 { entry.flags = ["fuzzy"] }
            }
            catalog.entries.append(entry)
        }
        for retired in 0..<(messages / 100) {
            var old = BenchmarkRandom(seed: seed, label: "retired \(retired)")
            let source = Self.render([.words(old.int(in: 3...8))], lexicon: .english, categories: ["one", "other"], random: &old)
            var entry = CatalogEntry(key: "retired.m\(String(retired, radix: 36))", source: source, references: [pagePath(retired % max(pages, 1))])
            if coverage > 0 { entry.translation = Self.render([.words(old.int(in: 3...8))], lexicon: lexicon, categories: categories, random: &old) }
            catalog.entries.append(entry)
        }
        return catalog
    }

    /// A language's translation memory as TMX 1.4: 40% of messages exactly, 30% with one English word
    /// changed (fuzzy matches), the rest absent.
    public func memoryTMX(for tag: String) -> String {
        let lexicon = lexicon(of: tag)
        let categories = pluralCategories(of: tag)
        var random = BenchmarkRandom(seed: seed, label: "memory \(tag)")
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
            <header creationtool="translate-bench" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en" o-tmf="translate"/>
            <body>

            """
        for index in 0..<messages {
            let roll = random.unit()
            guard roll < 0.7 else { continue }
            var sourceText = source(index)
            if roll >= 0.4 {
                // One word swapped for another keeps most of the text: a 75–95% match.
                var words = sourceText.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                let plain = words.indices.filter { !words[$0].contains(where: { "{}<>#".contains($0) }) }
                if let at = plain.isEmpty ? nil : random.pick(plain) {
                    words[at] = random.pick(BenchmarkLexicon.english.words)
                    sourceText = words.joined(separator: " ")
                }
            }
            let target = Self.render(shapes[index].pieces, lexicon: lexicon, categories: categories, random: &random)
            text += "<tu tuid=\"\(MarkupEscaper.xmlAttribute(shapes[index].key))\"><tuv xml:lang=\"en\"><seg>\(MarkupEscaper.xmlText(sourceText))</seg></tuv>"
            text += "<tuv xml:lang=\"\(tag)\"><seg>\(MarkupEscaper.xmlText(target))</seg></tuv></tu>\n"
        }
        return text + "</body>\n</tmx>\n"
    }

    // MARK: Pages

    /// The path of page `index`, relative to the project root (every fifth page is Markdown).
    public func pagePath(_ index: Int) -> String {
        let section = Self.areas[index % Self.areas.count]
        let name = String(format: "page-%05d", index)
        return index % 5 == 4 ? "Content/\(section)/\(name).md" : "Content/\(section)/\(name).html"
    }

    static let navigation = """
          <nav class="site-nav" aria-label="Main">
            <ul>
              <li><a href="/">Home</a></li>
              <li><a href="/enrollment/">Enroll your child</a></li>
              <li><a href="/calendar/">District calendar</a></li>
              <li><a href="/transport/">Bus routes and schedules</a></li>
              <li><a href="/nutrition/">School meals</a></li>
              <li><a href="/family/">Family resource center</a></li>
              <li><a href="/contact/">Contact us</a></li>
            </ul>
          </nav>
        """

    func sentence(_ random: inout BenchmarkRandom, words: ClosedRange<Int> = 5...16, inline: Bool = true) -> String {
        var parts: [String] = []
        let count = random.int(in: words)
        var index = 0
        while index < count {
            let word = random.pick(BenchmarkLexicon.english.words)
            if inline, random.unit() < 0.04 {
                let span = (0..<random.int(in: 1...3)).map { _ in random.pick(BenchmarkLexicon.english.words) }.joined(separator: " ")
                switch random.int(in: 0...3) {
                case 0: parts.append("<a href=\"/\(Self.areas[random.int(in: 0...Self.areas.count - 1)])/\">\(span)</a>")
                case 1: parts.append("<em>\(span)</em>")
                case 2: parts.append("<strong>\(span)</strong>")
                default: parts.append("<a href=\"/docs/\(random.int(in: 1...999)).pdf\">\(span)</a>")
                }
            } else {
                parts.append(word)
            }
            index += 1
        }
        var text = parts.joined(separator: " ")
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        return text + (random.unit() < 0.1 ? "?" : ".")
    }

    func phone(_ random: inout BenchmarkRandom) -> String {
        String(format: "(860) %03d-%04d", random.int(in: 200...999), random.int(in: 0...9999))
    }

    /// The text of page `index`: HTML with navigation, headings, paragraphs, lists, tables and contacts, or Markdown.
    public func page(_ index: Int) -> String {
        var random = BenchmarkRandom(seed: seed, label: "page \(index)")
        let title = sentence(&random, words: 2...6, inline: false).dropLast()
        let markdown = index % 5 == 4
        var out = ""
        if markdown {
            out += "# \(title)\n\n"
            for _ in 0..<random.int(in: 3...7) {
                out += "## \(sentence(&random, words: 2...5, inline: false).dropLast())\n\n"
                for _ in 0..<random.int(in: 1...3) {
                    let sentences = (0..<random.int(in: 1...4)).map { _ in
                        sentence(&random, inline: false).replacingOccurrences(of: " school ", with: " **school** ")
                    }
                    out += sentences.joined(separator: " ") + " See [the \(random.pick(Self.areas)) page](/\(random.pick(Self.areas))/).\n\n"
                }
                if random.unit() < 0.5 {
                    for _ in 0..<random.int(in: 3...6) { out += "- \(sentence(&random, words: 3...9, inline: false))\n" }
                    out += "\n"
                }
                if random.unit() < 0.2 {
                    out += "| Day | Time | Place |\n| --- | --- | --- |\n"
                    for _ in 0..<random.int(in: 2...5) {
                        out +=
                            "| \(random.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])) | \(random.int(in: 7...15)):\(random.pick(["00", "30"])) | \(sentence(&random, words: 1...3, inline: false).dropLast()) |\n"
                    }
                    out += "\n"
                }
            }
            out += "Questions? Call \(phone(&random)) or email <family.center@hartfordschools.org>.\n"
            return out
        }
        out += """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>\(title) | Hartford Public Schools</title>
              <meta name="description" content="\(sentence(&random, words: 6...12, inline: false))">
            </head>
            <body>
            \(Self.navigation)
              <main>
                <h1>\(title)</h1>

            """
        for _ in 0..<random.int(in: 3...7) {
            out += "    <section>\n      <h2>\(sentence(&random, words: 2...5, inline: false).dropLast())</h2>\n"
            for _ in 0..<random.int(in: 1...3) {
                let sentences = (0..<random.int(in: 1...4)).map { _ in sentence(&random) }
                out += "      <p>\(sentences.joined(separator: " "))</p>\n"
            }
            if random.unit() < 0.5 {
                out += "      <ul>\n"
                for _ in 0..<random.int(in: 3...6) { out += "        <li>\(sentence(&random, words: 3...9))</li>\n" }
                out += "      </ul>\n"
            }
            if random.unit() < 0.2 {
                out += "      <table>\n        <caption>\(sentence(&random, words: 3...6, inline: false))</caption>\n"
                out += "        <tr><th>Day</th><th>Time</th><th>Place</th></tr>\n"
                for _ in 0..<random.int(in: 2...6) {
                    out +=
                        "        <tr><td>\(random.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]))</td><td>\(random.int(in: 7...15)):\(random.pick(["00", "30"]))</td><td>\(sentence(&random, words: 1...3, inline: false).dropLast())</td></tr>\n"
                }
                out += "      </table>\n"
            }
            out += "    </section>\n"
        }
        let number = phone(&random)
        out += """
                <p class="contact">Questions? Call <a href="tel:+1\(number.filter(\.isNumber))">\(number)</a> or email <a href="mailto:family.center@hartfordschools.org">family.center@hartfordschools.org</a>.</p>
              </main>
              <footer>
                <p>Hartford Public Schools, 960 Main Street, Hartford, CT 06103. Phone: <a href="tel:+18606958000">(860) 695-8000</a>.</p>
                <p><img src="/logo.png" alt="Hartford Public Schools logo"> All rights reserved.</p>
              </footer>
            </body>
            </html>

            """
        return out
    }

    // MARK: Writing

    /// What was written.
    public struct Summary: Sendable {
        public var files = 0
        public var bytes = 0
    }

    /// With fewer languages than the registry, the project's own registry lists only those (with English,
    /// the languages their fallback chains name, and the pseudo-locales), as a district with that many
    /// languages would: every command then works on those languages alone. Nil with every language.
    func registryText() -> String? {
        let targets = registry.languages.filter { $0.tag != "en" && !$0.isTestOnly }
        guard languages.count < targets.count else { return nil }
        // The default translate.json names critical languages, which must stay registered.
        let critical = ProjectConfig().criticalLanguages
        var kept = Set(["en"] + critical)
        for tag in languages + critical {
            kept.insert(tag)
            kept.formUnion(registry.language(tag)?.fallbackChain ?? [])
        }
        kept.formUnion(registry.languages.filter(\.isTestOnly).map(\.tag))
        var lines = ["# translate-bench: the built-in registry cut down to the \(languages.count) languages this synthetic district translates."]
        var sawHeader = false
        for line in LanguageRegistry.builtInText.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") || line.isEmpty {
                lines.append(String(line))
                continue
            }
            let tag = String(line.prefix { $0 != "\t" })
            if !sawHeader {
                sawHeader = true
                lines.append(String(line))
                continue
            }
            if kept.contains(tag) { lines.append(String(line)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the whole district under `root`: Content/, Locales/messages.pot, Locales/<tag>.po, Locales/memory/<tag>.tmx.
    @discardableResult
    public func write(to root: URL) throws -> Summary {
        var summary = Summary()
        func save(_ text: String, _ relative: String) throws {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let data = Data(text.utf8)
            try AtomicFile.write(data, to: url)
            summary.files += 1
            summary.bytes += data.count
        }
        for index in 0..<pages { try save(page(index), pagePath(index)) }
        if let registryText = registryText() { try save(registryText, "Locales/\(LanguageRegistry.fileName)") }
        try save(POWriter.write(template()), "Locales/messages.pot")
        for tag in languages { try save(POWriter.write(catalog(for: tag)), "Locales/\(tag).po") }
        for tag in memoryLanguages { try save(memoryTMX(for: tag), "Locales/memory/\(tag).tmx") }
        return summary
    }
}
