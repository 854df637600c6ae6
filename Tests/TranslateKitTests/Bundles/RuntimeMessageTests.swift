import Testing
import TranslateICU
import TranslateTestSupport

@testable import TranslateKit

@Suite("RuntimeMessage")
struct RuntimeMessageTests {
    static func formatJS(_ message: String) -> String? {
        guard case .success(let elements) = FormatJSGrammar.parse(message) else { return nil }
        return FormatJSGrammar.render(elements)
    }

    static func icu(_ message: String, _ arguments: [String: ICU.MessageFormat.Argument] = [:]) throws -> String {
        try ICU.MessageFormat.format(message, locale: ICU.Locale(identifier: "fr"), arguments: arguments)
    }

    @Test("an apostrophe before a tag is doubled: French elision reads the same in FormatJS and ICU4C")
    func apostropheBeforeTag() throws {
        let french = "Inscrivez-vous à l'<x1>école</x1> avant l'été."
        let bundle = RuntimeMessage.forBundle(french)
        #expect(bundle == "Inscrivez-vous à l''<x1>école</x1> avant l'été.")
        #expect(try Self.icu(bundle) == "Inscrivez-vous à l'<x1>école</x1> avant l'été.")
        #expect(try Self.icu(bundle) == Self.icu(french))
        #expect(Self.formatJS(bundle) == "Inscrivez-vous à l'<x1>école</x1> avant l'été.")
        // FormatJS quotes from the apostrophe to the next one: the tag and an apostrophe vanish.
        #expect(Self.formatJS(french) == "Inscrivez-vous à l<x1>école</x1> avant lété.")
        // Before `>` too (Catalan: "l'>" after a closing tag is rare, but one apostrophe is one apostrophe).
        #expect(RuntimeMessage.forBundle("<x1>a</x1>'> b") == "<x1>a</x1>''> b")
    }

    @Test("a literal '<' FormatJS would read as a tag gets a word joiner; real tags and other text are kept")
    func literalLessThan() throws {
        let message = "Use <b to bold, </i to end, <x1>this</x1>, a < b, <x2></x2> and <x3>open"
        let bundle = RuntimeMessage.forBundle(message)
        let wj = "\u{2060}"
        #expect(bundle == "Use <\(wj)b to bold, <\(wj)/i to end, <x1>this</x1>, a < b, <x2></x2> and <\(wj)x3>open")
        #expect(FormatJSGrammar.parse(message).isFailure)
        #expect(Self.formatJS(bundle) == (try Self.icu(bundle)))
        #expect(try Self.icu(bundle).replacingOccurrences(of: "<" + wj, with: "<") == Self.icu(message))
        // Crossed tags cannot be elements: none of them is.
        #expect(RuntimeMessage.forBundle("<x1>a<x2>b</x1>c</x2>") == "<\(wj)x1>a<\(wj)x2>b<\(wj)/x1>c<\(wj)/x2>")
        // A tag must close in its own branch.
        #expect(RuntimeMessage.forBundle("<x1>{n, plural, other {a</x1>}}") == "<\(wj)x1>{n, plural, other {a<\(wj)/x1>}}")
    }

    @Test("a top-level '}' inside a tag is quoted for FormatJS, which would end the tag there")
    func braceInsideTag() throws {
        let wj = "\u{2060}"
        let message = "Pon <x1>los corchetes } aquí</x1>, y } fuera."
        #expect(FormatJSGrammar.parse(message) == .failure(.UNCLOSED_TAG))
        let bundle = RuntimeMessage.forBundle(message)
        #expect(bundle == "Pon <x1>los corchetes '}' aquí</x1>, y } fuera.")
        #expect(try Self.icu(bundle) == Self.icu(message))
        #expect(Self.formatJS(bundle) == (try Self.icu(message)))
        // Quoting would swallow the apostrophe after it: the tag is given up instead.
        // A `}` right after a quoted run: quoting it would read as `''` inside the quote (seed 9729992275755588693).
        let afterQuote = "<x1>l'>'}'}</x1>"
        #expect(try Self.icu(RuntimeMessage.forBundle(afterQuote)).replacingOccurrences(of: "<\u{2060}", with: "<") == (try Self.icu(afterQuote)))
        let apostrophe = "<x1>a }'s</x1>"
        #expect(RuntimeMessage.forBundle(apostrophe) == "<\(wj)x1>a }'s<\(wj)/x1>")
        #expect(Self.formatJS(RuntimeMessage.forBundle(apostrophe)) == (try Self.icu(RuntimeMessage.forBundle(apostrophe))))
    }

    @Test("seeded messages with apostrophes, angle brackets, braces and tags: every bundle spelling parses in FormatJS and shows ICU4C's text")
    func seeded() throws {
        var random = SeededRandom()
        print("RuntimeMessage seeded test: TRANSLATE_TEST_SEED=\(random.seed)")
        let atoms = [
            "l'", "'", "''", "<", ">", "</", "<b", "a < b", "}", "'{'", "'}'", "'<'", " école ", "d'", "'#'", "#", "x", " ",
            "<x1>", "</x1>", "<x2></x2>", "<x3/>", "{name}", "<1>", "</1>", "é", "ا",
        ]
        var checked = 0
        for _ in 0..<400 {
            var message = ""
            for _ in 0..<random.below(10) + 1 { message += random.pick(atoms) }
            if random.chance(20) { message = "{n, plural, one {\(message)} other {# \(message)}}" }
            guard ICU.MessageFormat.validate(message).accepted, let parsed = MessageFormatParser.parse(message).message else { continue }
            let bundle = RuntimeMessage.forBundle(message)
            guard case .success(let elements) = FormatJSGrammar.parse(bundle) else {
                Issue.record("FormatJS rejects \(bundle) (from \(message))")
                continue
            }
            let plural = !parsed.branchingArguments.isEmpty
            let arguments: [String: ICU.MessageFormat.Argument] = plural ? ["n": .number(5), "name": .string("{name}")] : ["name": .string("{name}")]
            let shipped = try Self.icu(bundle, arguments)
            #expect(shipped.replacingOccurrences(of: "<\u{2060}", with: "<") == (try Self.icu(message, arguments)), "\(message)")
            if !plural {
                #expect(FormatJSGrammar.render(elements) == shipped, "\(message) → \(bundle)")
            }
            checked += 1
        }
        #expect(checked > 150)
    }

    @Test("quoted text, arguments, plural syntax and '' stay byte for byte")
    func untouched() {
        for message in [
            "Don''t forget: '{'braces'}' are literal.", "{count, plural, one {# <x1>student</x1>} other {# students}}",
            "'{<b>}' is quoted", "{n, plural, other {'#' <x1>#</x1>}}", "Plain", "5 > 3 and 2 < 4",
        ] {
            #expect(RuntimeMessage.forBundle(message) == message, "\(message)")
        }
    }
}

extension Result {
    var isFailure: Bool { if case .failure = self { return true } else { return false } }
}
