import Foundation
import Testing
import TranslateICU
import TranslateTestSupport

@testable import TranslateKit

@Suite("Bundles") struct BundleBuilderTests {
    static func json(_ data: Data?) throws -> [String: Any] {
        let bytes = try #require(data)
        return try #require(JSONSerialization.jsonObject(with: bytes) as? [String: Any])
    }

    static func build(_ root: URL, excluded: [String: Set<String>] = [:], previous: URL? = nil) throws -> BundleBuilder.Result {
        let builder = BundleBuilder(project: BuildTestProject.project(root: root), generatorVersion: "test", excludedKeys: excluded)
        return try builder.build(previous: previous)
    }

    @Test func sha256MatchesStandardVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Two blocks: the padding spills into a second 64-byte block.
        #expect(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Data(repeating: 0x61, count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func everyBundleHasEveryKeyResolvedAlongItsChain() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.build(root, excluded: ["pl": ["teacher.reply"]])
        let keys = Set(BuildTestProject.sources.map(\.key) + [BuildTestProject.pageKey])
        for entry in result.manifest.languages {
            let bundle = try #require(try Self.json(result.files[entry.file]) as? [String: String], "\(entry.tag)")
            #expect(Set(bundle.keys) == keys, "\(entry.tag)")
        }
        let ptBR = try #require(try Self.json(result.files["pt-BR.json"]) as? [String: String])
        #expect(ptBR["closing.snow"] == "As escolas estão fechadas hoje por causa da neve.")  // pt-BR → pt
        #expect(ptBR["fee"] == "The fee is {amount, number} dollars.")  // → en
        let esUS = try #require(try Self.json(result.files["es-US.json"]) as? [String: String])
        #expect(esUS["closing.snow"] == "Las escuelas están cerradas hoy por la nieve.")  // fuzzy → es
        #expect(esUS["welcome"] == "¡Bienvenido, {name}!")  // broken ICU → es
        #expect(esUS["fee"] == "El costo es {amount, number} dólares.")  // its own
        let meta = try Self.json(result.files["es-US.meta.json"])
        let fallbacks = try #require(meta["fallbacks"] as? [String: String])
        let reasons = try #require(meta["reasons"] as? [String: String])
        #expect(fallbacks["closing.snow"] == "es" && reasons["closing.snow"] == "fuzzy")
        #expect(fallbacks["welcome"] == "es" && reasons["welcome"] == "invalid-icu")
        #expect(fallbacks["place"] == "en" && reasons["place"] == "untranslated")
        #expect(fallbacks["fee"] == nil)
        let pl = try #require(try Self.json(result.files["pl.json"]) as? [String: String])
        #expect(pl["teacher.reply"] == BuildTestProject.sources.first { $0.key == "teacher.reply" }!.source)
        #expect((try Self.json(result.files["pl.meta.json"])["reasons"] as? [String: String])?["teacher.reply"] == "check-error")
        #expect(result.excludedForErrors == 1)
        #expect(pl["students.count"]?.contains("uczniów") == true)
    }

    @Test func bundlesAreFlatAndManifestMatchesSchemaAndFiles() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.build(root)
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs")
        let schema = try Self.json(Data(contentsOf: docs.appendingPathComponent("manifest.schema.json")))
        let bundleSchema = try Self.json(Data(contentsOf: docs.appendingPathComponent("bundle.schema.json")))
        #expect(bundleSchema["type"] as? String == "object")
        #expect((bundleSchema["additionalProperties"] as? [String: Any])?["type"] as? String == "string")
        let metaSchema = try #require((bundleSchema["$defs"] as? [String: Any])?["meta"] as? [String: Any])
        let metaFields = try #require(metaSchema["required"] as? [String])
        let reasons = try #require(((metaSchema["properties"] as? [String: Any])?["reasons"] as? [String: Any])?["additionalProperties"] as? [String: Any])
        let allowedReasons = try #require(reasons["enum"] as? [String])
        let manifest = try Self.json(result.files["manifest.json"])
        let required = try #require(schema["required"] as? [String])
        #expect(Set(manifest.keys) == Set(try #require(schema["properties"] as? [String: Any]).keys))
        for field in required { #expect(manifest[field] != nil, "manifest lacks \(field)") }
        let languageSchema = try #require((schema["$defs"] as? [String: Any])?["language"] as? [String: Any])
        let languageFields = try #require(languageSchema["required"] as? [String])
        let properties = try #require(languageSchema["properties"] as? [String: Any])
        let languages = try #require(manifest["languages"] as? [[String: Any]])
        #expect(languages.map { $0["tag"] as? String }.compactMap { $0 }.sorted() == BuildTestProject.tags.sorted())
        for language in languages {
            for field in languageFields { #expect(language[field] != nil, "\(language["tag"] ?? "?") lacks \(field)") }
            #expect(Set(language.keys).isSubset(of: Set(properties.keys)))
            let file = try #require(language["file"] as? String)
            // The bundle is a flat object of strings, and the manifest's hash is the file's.
            let bundle = try Self.json(result.files[file])
            #expect(bundle.values.allSatisfy { $0 is String })
            #expect(language["sha256"] as? String == SHA256.hex(try #require(result.files[file])))
            #expect((language["sha256"] as? String)?.count == 64)
            let meta = try Self.json(result.files[try #require(language["metaFile"] as? String)])
            #expect(Set(meta.keys) == Set(metaFields))
            #expect((meta["reasons"] as? [String: String])?.values.allSatisfy { allowedReasons.contains($0) } == true)
            #expect((meta["fallbacks"] as? [String: String])?.count == language["fallbacks"] as? Int)
        }
        let ar = try #require(languages.first { $0["tag"] as? String == "ar" })
        #expect(ar["direction"] as? String == "rtl")
        #expect((ar["plurals"] as? [String: Any])?["cardinal"] as? [String] == ["zero", "one", "two", "few", "many", "other"])
        let ja = try #require(languages.first { $0["tag"] as? String == "ja" })
        #expect((ja["plurals"] as? [String: Any])?["cardinal"] as? [String] == ["other"])
        let xa = try #require(languages.first { $0["tag"] as? String == "en-XA" })
        #expect(xa["testOnly"] as? Bool == true && ar["testOnly"] as? Bool == false)
        // ar translates 4 of 9 messages: completeness is by words, strictly between 0 and 100.
        let completeness = try #require(ar["completeness"] as? Double)
        #expect(completeness > 0 && completeness < 100)
        #expect((languages.first { $0["tag"] as? String == "pt-BR" })?["fallbackChain"] as? [String] == ["pt", "en"])
    }

    @Test func completenessIsByTemplateWordsAndStaleTranslationsFallBack() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let all = BuildTestProject.sources + [(BuildTestProject.pageKey, "Lunch menu for this week")]
        let words = { (keys: Set<String>) in all.filter { keys.contains($0.key) }.reduce(0) { $0 + WordCount.of($1.source) } }
        let total = words(Set(all.map(\.key)))
        let result = try Self.build(root)
        let ja = try #require(result.manifest.languages.first { $0.tag == "ja" })
        let expected = (100 * Double(words(["closing.snow", "students.count", "place"])) / Double(total) * 10).rounded() / 10
        #expect(ja.completeness == expected)
        #expect(result.manifest.languages.first { $0.tag == "pt-BR" }?.completeness == 0)

        // The English of 'closing.snow' changes: every translation of it is stale, shown in English, not counted.
        let pot = root.appendingPathComponent("Locales/messages.pot")
        try (String(contentsOf: pot, encoding: .utf8).replacingOccurrences(of: "because of snow.", with: "because of ice."))
            .write(to: pot, atomically: true, encoding: .utf8)
        let changed = try Self.build(root)
        let jaBundle = try #require(try Self.json(changed.files["ja.json"]) as? [String: String])
        #expect(jaBundle["closing.snow"] == "Schools are closed today because of ice.")
        #expect((try Self.json(changed.files["ja.meta.json"])["reasons"] as? [String: String])?["closing.snow"] == "stale")
        let changedJA = try #require(changed.manifest.languages.first { $0.tag == "ja" })
        #expect(changedJA.completeness < ja.completeness)
    }

    /// Sample arguments from the parsed message: numbers for numeric arguments, strings otherwise.
    static func sampleArguments(_ message: String) -> [String: ICU.MessageFormat.Argument] {
        var arguments: [String: ICU.MessageFormat.Argument] = [:]
        guard let tree = MessageFormatParser.parse(message).message else { return [:] }
        for argument in tree.arguments {
            arguments[argument.name] = argument.type.isNumeric ? .number(3) : .string("Ana")
        }
        return arguments
    }

    @Test func everyMessageOfEveryBundleFormatsWithICU() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.build(root)
        var formatted = 0
        for entry in result.manifest.languages {
            let bundle = try #require(try Self.json(result.files[entry.file]) as? [String: String])
            let locale = try ICU.Locale(tag: entry.tag)
            for (key, message) in bundle.sorted(by: { $0.key < $1.key }) {
                for number in [0.0, 1, 2, 3, 5, 11, 22, 101] {
                    var arguments = Self.sampleArguments(message)
                    for (name, value) in arguments { if case .number = value { arguments[name] = .number(number) } }
                    let text = try ICU.MessageFormat.format(message, locale: locale, arguments: arguments)
                    #expect(!text.isEmpty, "\(entry.tag) \(key)")
                    for name in arguments.keys {
                        #expect(!text.contains("{" + name), "\(entry.tag) \(key): unformatted argument in \(text)")
                    }
                    formatted += 1
                }
            }
        }
        #expect(formatted == BuildTestProject.tags.count * 9 * 8)
        // Polish plural forms really are chosen by number.
        let pl = try #require(try Self.json(result.files["pl.json"]) as? [String: String])
        let plLocale = try ICU.Locale(tag: "pl")
        #expect(try ICU.MessageFormat.format(pl["students.count"]!, locale: plLocale, arguments: ["count": .number(3)]) == "3 uczniów")
        #expect(try ICU.MessageFormat.format(pl["students.count"]!, locale: plLocale, arguments: ["count": .number(1)]) == "1 uczeń")
        let ar = try #require(try Self.json(result.files["ar.json"]) as? [String: String])
        #expect(try ICU.MessageFormat.format(ar["students.count"]!, locale: try ICU.Locale(tag: "ar"), arguments: ["count": .number(2)]) == "طالبان")
    }

    @Test func pseudoLocalesChangeOnlyLiteralText() throws {
        let accented = PseudoLocalizer.pseudolocalize("School is closed", style: .accented)
        #expect(accented.hasPrefix("[Šçĥööļ îš çļöšéð") && accented.hasSuffix("]"))
        let literal = "School is closed".count
        #expect(accented.count - 2 >= Int(Double(literal) * 1.3))
        for (_, source) in BuildTestProject.sources {
            for style in PseudoLocalizer.Style.allCases {
                let pseudo = PseudoLocalizer.pseudolocalize(source, style: style)
                let a = try #require(MessageFormatParser.parse(source).message)
                let b = try #require(MessageFormatParser.parse(pseudo).message, "\(style) broke \(source): \(pseudo)")
                #expect(a.arguments.map(\.name) == b.arguments.map(\.name))
                // ar-XB adds Arabic's plural categories (PseudoLocalizerTests); every source selector stays.
                for (x, y) in zip(a.branchingArguments, b.branchingArguments) { #expect(Set(x.selectorTexts).isSubset(of: Set(y.selectorTexts))) }
                #expect(a.branchingArguments.count == b.branchingArguments.count)
                #expect(a.markupTags.map(\.name) == b.markupTags.map(\.name))
                #expect(pseudo != source)
            }
        }
        let tagged = PseudoLocalizer.pseudolocalize("<x1>Read more</x1> about {school}.", style: .accented)
        #expect(tagged.hasPrefix("[<x1>Ŕéåð ɱöŕé</x1> åƀöûţ {school}."))
        let bidi = PseudoLocalizer.pseudolocalize("{gender, select, female {She} other {They}} replied", style: .bidi)
        #expect(
            bidi
                == "{gender, select, female {\u{200F}\u{202E}She\u{202C}\u{200F}} other {\u{200F}\u{202E}They\u{202C}\u{200F}}} \u{200F}\u{202E}replied\u{202C}\u{200F}"
        )
        #expect(PseudoLocalizer.pseudolocalize("{broken", style: .accented) == "{broken")
    }

    @Test func languagePickerListsEndonymsInEachLanguagesCollation() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = BuildTestProject.project(root: root)
        let result = try Self.build(root)
        let picker = try JSONDecoder().decode(LanguagePicker.File.self, from: try #require(result.files["languages.json"]))
        #expect(picker.languages["ar"] == LanguagePicker.Item(endonym: "العربية", dir: "rtl"))
        #expect(picker.languages["en-XA"] == nil)
        #expect(Set(picker.order.keys) == Set(picker.languages.keys))
        for (ui, order) in picker.order {
            let collator = try project.registry.collator(for: ui)
            #expect(Set(order) == Set(picker.languages.keys))
            for (a, b) in zip(order, order.dropFirst()) {
                #expect(collator.compare(picker.languages[a]!.endonym, picker.languages[b]!.endonym) <= 0, "\(ui): \(a) before \(b)")
            }
        }
        // In English order Latin names come first, so "español" precedes "日本語" and "العربية".
        let en = try #require(picker.order["en"])
        #expect(en.firstIndex(of: "es")! < en.firstIndex(of: "ja")! && en.firstIndex(of: "es")! < en.firstIndex(of: "ar")!)
        // Arabic collation puts Arabic script first.
        #expect(picker.order["ar"]?.first == "ar")
    }

    @Test func pagesAreRenderedWithTranslations() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.build(root)
        let ar = String(decoding: try #require(result.files["pages/ar/Content/lunch.html"]), as: UTF8.self)
        #expect(ar.contains("قائمة الغداء لهذا الأسبوع") && ar.contains("dir=\"rtl\""))
        let pl = String(decoding: try #require(result.files["pages/pl/Content/lunch.html"]), as: UTF8.self)
        #expect(pl.contains("Lunch menu for this week") && pl.contains("lang=\"en\""))
        #expect(result.files["pages/en/Content/lunch.html"] == nil)
    }

    @Test func buildsAreDeterministicAndIncremental() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Self.build(root)
        let second = try Self.build(root)
        #expect(first.files == second.files)
        let output = root.appendingPathComponent("Output")
        try BuildOutput.install(first.files, at: output)
        let again = try Self.build(root, previous: output)
        #expect(again.files == first.files)
        #expect(Set(again.reused) == BuildTestProject.tags)
        // Changing Spanish rebuilds es and the languages that fall back to it, nothing else.
        let es = root.appendingPathComponent("Locales/es.po")
        try (String(contentsOf: es, encoding: .utf8).replacingOccurrences(of: "por la nieve", with: "a causa de la nieve"))
            .write(to: es, atomically: true, encoding: .utf8)
        let changed = try Self.build(root, previous: output)
        #expect(Set(BuildTestProject.tags).subtracting(changed.reused) == ["es", "es-US"])
        #expect(changed.files == (try Self.build(root)).files)
        #expect(
            BuildOutput.differences(changed.files, against: output).map(\.description)
                == ["changed: .build-state.json", "changed: es-US.json", "changed: es.json", "changed: manifest.json"])
    }

    @Test func installSwapsWholeFolderKeepsReportAndFailsCleanly() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("build-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("Output")
        try BuildOutput.install(["a.json": Data("1".utf8), "old.json": Data("x".utf8)], at: output)
        try AtomicFile.write(Data("report".utf8), to: output.appendingPathComponent("report/index.html"))
        try BuildOutput.install(["a.json": Data("2".utf8), "pages/ar/x.html": Data("y".utf8)], at: output)
        #expect(BuildOutput.listFiles(in: output).keys.sorted() == ["a.json", "pages/ar/x.html", "report/index.html"])
        #expect(try Data(contentsOf: output.appendingPathComponent("a.json")) == Data("2".utf8))
        // A file and a folder of the same name cannot both be written: the build fails, Output/ stays.
        #expect(throws: TranslateError.self) {
            try BuildOutput.install(["a.json": Data("3".utf8), "b": Data("f".utf8), "b/c": Data("g".utf8)], at: output)
        }
        #expect(try Data(contentsOf: output.appendingPathComponent("a.json")) == Data("2".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["Output"])
        #expect(
            BuildOutput.differences(["a.json": Data("2".utf8), "new": Data()], against: output).map(\.description)
                == ["added: new", "removed: pages/ar/x.html"])
    }

    @Test func streamedBuildWritesWhatTheInMemoryBuildMakes() throws {
        let root = try BuildTestProject.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let builder = BundleBuilder(project: BuildTestProject.project(root: root), generatorVersion: "test")
        let inMemory = try builder.build()
        let output = root.appendingPathComponent("Output")
        let summary = try BuildOutput.install(at: output) { sink in try builder.build(previous: nil, into: sink) }
        let written = BuildOutput.listFiles(in: output)
        #expect(written.keys.sorted() == inMemory.files.keys.sorted())
        for (path, url) in written { #expect(try Data(contentsOf: url) == inMemory.files[path], "\(path)") }
        #expect(summary.fileCount == inMemory.files.count)
        #expect(summary.bytes == inMemory.files.values.reduce(0) { $0 + $1.count })
        #expect(summary.manifest == inMemory.manifest)
        // Comparing file by file as the build makes them finds Output/ up to date, then the one file changed by hand.
        let comparison = BuildOutput.Comparison(against: output)
        _ = try builder.build(previous: nil, into: comparison)
        #expect(comparison.differences.isEmpty)
        #expect(comparison.count == inMemory.files.count)
        try Data("{}\n".utf8).write(to: output.appendingPathComponent("pl.json"))
        try Data("x".utf8).write(to: output.appendingPathComponent("stray.json"))
        let again = BuildOutput.Comparison(against: output)
        _ = try builder.build(previous: nil, into: again)
        #expect(again.differences.map(\.description) == ["changed: pl.json", "removed: stray.json"])
    }

    @Test func buildThatFailsHalfwayLeavesOutputAsItWas() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("build-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("Output")
        try BuildOutput.install(["ar.json": Data("old".utf8)], at: output)
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try BuildOutput.install(at: output) { sink in
                try sink.add(Data("new".utf8), at: "ar.json")
                throw Interrupted()
            }
        }
        #expect(try Data(contentsOf: output.appendingPathComponent("ar.json")) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["Output"])
        // A path that would leave Output/ is refused, and Output/ still stays as it was.
        for path in ["../escape.json", "/etc/x.json", "pages/../../x.json", ""] {
            #expect(throws: TranslateError.self, "\(path)") {
                try BuildOutput.install(at: output) { sink in try sink.add(Data("x".utf8), at: path) }
            }
        }
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("escape.json").path))
        #expect(BuildOutput.listFiles(in: output).keys.sorted() == ["ar.json"])
    }

    @Test func bundleJSONWriterMatchesJSONEncoderByteForByte() throws {
        // Controls, quotes, backslashes, slashes, RTL marks, combining accents, astral emoji, U+2028, DEL; keys whose
        // UTF-8 order differs from their Unicode order after normalization ("z\u{301}" < "é" by bytes).
        var members: [String: String] = [
            "a": "x\u{1}y\u{8}\u{c}\u{1f}\u{7f}\u{2028}/\"\\\n\r\t", "B": "", "é": "1", "z\u{301}": "2", "ż": "3",
            "school.closed": "{count, plural, zero {لا مدارس} one {مدرسة واحدة} other {# مدرسة}} \u{200F}مغلقة",
            "ja": "本日は休校です 😀", "cy": "Mae'r ysgol <b>ar gau</b>", "": "empty key",
        ]
        var random = SeededRandom()
        let alphabet = Array("ab\"\\/\n\u{0}\u{1b}éжة本😀 ".unicodeScalars)
        for index in 0..<200 {
            var text = ""
            for _ in 0..<Int(random.next() % 12) { text.unicodeScalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            members["k\(index)-\(text)"] = text
        }
        #expect(BuildJSON.object(members) == (try BuildJSON.encode(members)), "TRANSLATE_TEST_SEED=\(random.seed)")
        #expect(BuildJSON.object([:]) == (try BuildJSON.encode([String: String]())))
        for metadata in [
            BundleMetadata(tag: "ar", fallbacks: ["b": "en", "a": "ar-XB"], reasons: ["a": "fuzzy"], pluralLocales: ["b": "en"]),
            BundleMetadata(tag: "pt-BR", fallbacks: [:], reasons: [:]),
            BundleMetadata(tag: "x\"y", fallbacks: members, reasons: members),
        ] {
            #expect(BuildJSON.metadata(metadata) == (try BuildJSON.encode(metadata)), "\(metadata.tag)")
        }
    }
}
