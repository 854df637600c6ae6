import Foundation
import Testing
import TranslateTestSupport

@testable import TranslateKit

@Suite struct HTMLTokenizerTests {
    private func tokens(_ html: String) -> [HTMLToken] { HTMLTokenizer(html).tokens() }

    // MARK: Positions

    @Test func positionsCountScalarsAndLinesAcrossCRLF() {
        // Arabic and Japanese text before the tags: columns are scalars, CR LF is one line break, offsets are raw.
        let html = "<p dir=\"rtl\">مرحبا</p>\r\n<p lang=ja>日本語</p>\r<b>𝒳</b>"
        let positioned = HTMLTokenizer(html).positionedTokens()
        let summary = positioned.map { "\(HTMLTokenizer.jsonArray($0.token))@\($0.offset) \($0.position)" }
        #expect(
            summary == [
                "[\"StartTag\", \"p\", {\"dir\": \"rtl\"}]@0 1:1",
                "[\"Character\", \"مرحبا\"]@13 1:14",
                "[\"EndTag\", \"p\"]@18 1:19",
                "[\"Character\", \"\\n\"]@22 1:23",
                "[\"StartTag\", \"p\", {\"lang\": \"ja\"}]@24 2:1",
                "[\"Character\", \"日本語\"]@35 2:12",
                "[\"EndTag\", \"p\"]@38 2:15",
                "[\"Character\", \"\\n\"]@42 2:19",
                "[\"StartTag\", \"b\", {}]@43 3:1",
                "[\"Character\", \"𝒳\"]@46 3:4",
                "[\"EndTag\", \"b\"]@47 3:5",
            ])
        // The offsets index the original text's scalars.
        let scalars = Array(html.unicodeScalars)
        #expect(scalars[positioned[3].offset] == "\r")
        #expect(scalars[positioned[5].offset] == "日")
    }

    @Test func errorsCarryPositions() {
        let (_, errors) = HTMLTokenizer("<p>Dziękuję\n<a href=x href=y>&notanentity; &#x80;</a>\n<!-- unfinished").tokenize()
        let summary = errors.map { "\($0.code)@\($0.position)" }
        // html5lib-tests' convention: an error points at the character that revealed it (the `=` after the
        // repeated name, the `a` after the legacy match `&not`, the end of `&#x80;`, the end of input).
        #expect(
            summary == [
                "duplicate-attribute@2:15",
                "missing-semicolon-after-character-reference@2:22",
                "control-character-reference@2:38",
                "eof-in-comment@3:16",
            ])
    }

    // MARK: Content models in standalone use

    @Test func scriptAndStyleContentIsNotMarkup() {
        let html = "<script>if (a<b && c>d) document.write(\"</p><b>\")</script><style>p::after{content:\"<i>\"}</style><p>Hola</p>"
        #expect(
            tokens(html) == [
                .startTag(name: "script", attributes: [], selfClosing: false),
                .character("if (a<b && c>d) document.write(\"</p><b>\")"),
                .endTag(name: "script"),
                .startTag(name: "style", attributes: [], selfClosing: false),
                .character("p::after{content:\"<i>\"}"),
                .endTag(name: "style"),
                .startTag(name: "p", attributes: [], selfClosing: false),
                .character("Hola"),
                .endTag(name: "p"),
            ])
    }

    @Test func scriptEscapedCommentsHideEndTagsOnlyWhenDoubleEscaped() {
        // `<!--<script>` double-escapes: the first `</script>` inside stays text, as in browsers.
        let html = "<script><!--<script>x</script>y--></script>z"
        #expect(
            tokens(html) == [
                .startTag(name: "script", attributes: [], selfClosing: false),
                .character("<!--<script>x</script>y-->"),
                .endTag(name: "script"),
                .character("z"),
            ])
    }

    @Test func titleAndTextareaDecodeReferencesButNotTags() {
        #expect(
            tokens("<title>Café &amp; <b>crème</b></title><textarea>Привет &lt;мир&gt;</textarea>") == [
                .startTag(name: "title", attributes: [], selfClosing: false),
                .character("Café & <b>crème</b>"),
                .endTag(name: "title"),
                .startTag(name: "textarea", attributes: [], selfClosing: false),
                .character("Привет <мир>"),
                .endTag(name: "textarea"),
            ])
    }

    @Test func everyRawTextElementSwitches() {
        for name in ["xmp", "iframe", "noembed", "noframes", "noscript", "style"] {
            #expect(
                tokens("<\(name)><b>&amp;</b></\(name.uppercased())>") == [
                    .startTag(name: name, attributes: [], selfClosing: false),
                    .character("<b>&amp;</b>"),
                    .endTag(name: name),
                ], "\(name)")
        }
        #expect(
            tokens("<plaintext><b>x</b></plaintext>") == [
                .startTag(name: "plaintext", attributes: [], selfClosing: false),
                .character("<b>x</b></plaintext>"),
            ])
    }

    @Test func foreignContentKeepsTitleAsMarkupAndAllowsCDATA() {
        #expect(
            tokens("<svg><title><tspan>α</tspan></title><![CDATA[a<b]]></svg><![CDATA[x]]><title><i></title>") == [
                .startTag(name: "svg", attributes: [], selfClosing: false),
                .startTag(name: "title", attributes: [], selfClosing: false),
                .startTag(name: "tspan", attributes: [], selfClosing: false),
                .character("α"),
                .endTag(name: "tspan"),
                .endTag(name: "title"),
                .character("a<b"),
                .endTag(name: "svg"),
                .comment("[CDATA[x]]"),
                .startTag(name: "title", attributes: [], selfClosing: false),
                .character("<i>"),
                .endTag(name: "title"),
            ])
    }

    @Test func integrationPointsAndBreakoutReturnToHTML() {
        // Inside <foreignObject> content is HTML again: <textarea> is RCDATA, CDATA is a bogus comment.
        let html = "<svg><foreignObject><textarea><b></textarea><![CDATA[x]]></foreignObject><![CDATA[y]]></svg>"
        #expect(
            tokens(html) == [
                .startTag(name: "svg", attributes: [], selfClosing: false),
                .startTag(name: "foreignobject", attributes: [], selfClosing: false),
                .startTag(name: "textarea", attributes: [], selfClosing: false),
                .character("<b>"),
                .endTag(name: "textarea"),
                .comment("[CDATA[x]]"),
                .endTag(name: "foreignobject"),
                .character("y"),
                .endTag(name: "svg"),
            ])
        // An unclosed <svg> does not swallow the page: <p> breaks out, so <script> is script data again.
        let unclosed = tokens("<svg><path d='M0'><p>Texto</p><script>a<b</script>")
        #expect(
            unclosed.suffix(3) == [
                .startTag(name: "script", attributes: [], selfClosing: false),
                .character("a<b"),
                .endTag(name: "script"),
            ])
        // MathML annotation-xml is HTML only with an HTML encoding.
        #expect(
            tokens("<math><annotation-xml encoding='text/html'><title><i></title></annotation-xml></math>")[2...4] == [
                .startTag(name: "title", attributes: [], selfClosing: false), .character("<i>"), .endTag(name: "title"),
            ])
        #expect(tokens("<math><annotation-xml><title><i></title></annotation-xml></math>")[3] == .startTag(name: "i", attributes: [], selfClosing: false))
    }

    @Test func noscriptFollowsTheScriptingFlag() {
        var tokenizer = HTMLTokenizer("<noscript><p>Activa JavaScript</p></noscript>")
        tokenizer.scriptingEnabled = false
        #expect(tokenizer.tokens().count == 5)
        #expect(tokens("<noscript><p>Activa JavaScript</p></noscript>").count == 3)
    }

    @Test func treeBuilderDrivesStatesThroughNext() {
        var tokenizer = HTMLTokenizer("<textarea><b>&eacute;</b></textarea><b>", followsContentModel: false)
        var seen: [HTMLToken] = []
        while let item = tokenizer.next() {
            seen.append(item.token)
            if case .startTag("textarea", _, _) = item.token { tokenizer.switchTo(.rcdata) }
        }
        #expect(
            seen == [
                .startTag(name: "textarea", attributes: [], selfClosing: false),
                .character("<b>é</b>"),
                .endTag(name: "textarea"),
                .startTag(name: "b", attributes: [], selfClosing: false),
            ])
        // Without the switch the same text is markup.
        #expect(HTMLTokenizer("<textarea><b>", followsContentModel: false).tokens().count == 2)
    }

    // MARK: Attributes and references

    @Test func attributesFollowTheSpec() {
        let html = "<a HREF='/es/inicio?x=1&not=2&copy;&notit' title=\"Año &quot;nuevo&quot;\" data-x=a&lt;b disabled href=dup>"
        #expect(
            tokens(html) == [
                .startTag(
                    name: "a",
                    attributes: [
                        HTMLAttribute(name: "href", value: "/es/inicio?x=1&not=2©&notit"),
                        HTMLAttribute(name: "title", value: "Año \"nuevo\""),
                        HTMLAttribute(name: "data-x", value: "a<b"),
                        HTMLAttribute(name: "disabled", value: ""),
                    ], selfClosing: false)
            ])
        #expect(
            tokens("<br/><img src=a.png />") == [
                .startTag(name: "br", attributes: [], selfClosing: true),
                .startTag(name: "img", attributes: [HTMLAttribute(name: "src", value: "a.png")], selfClosing: true),
            ])
    }

    @Test func characterReferencesInText() {
        #expect(
            tokens("&notit; &notin; &amp &AMP; &Eacute;cole &#x20AC; &#128; &#xD800; &#x110000; &#0; &#65;&#x42 &bogus;")
                == [.character("¬it; ∉ & & École € € \u{FFFD} \u{FFFD} \u{FFFD} AB &bogus;")])
        // Two-scalar references and the longest legacy prefix.
        #expect(tokens("&NotNestedLessLess;&ltx") == [.character("\u{2AA1}\u{0338}<x")])
    }

    @Test func entityTableIsTheWHATWGTable() {
        #expect(HTMLEntities.table.count == 2231)
        #expect(HTMLEntities.table.count == HTMLEntities.count)
        #expect(HTMLEntities.table["CounterClockwiseContourIntegral;"] == ["\u{2233}"])
        #expect(HTMLEntities.table.keys.map(\.unicodeScalars.count).max() == HTMLEntities.longestName)
        // 106 legacy names work without `;`.
        #expect(HTMLEntities.table.keys.filter { !$0.hasSuffix(";") }.count == 106)
    }

    // MARK: Comments, DOCTYPE, NUL, EOF

    @Test func commentsAndDoctypes() {
        #expect(
            tokens("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'http://www.w3.org/TR/html4/strict.dtd'>") == [
                .doctype(
                    name: "html", publicId: "-//W3C//DTD HTML 4.01//EN",
                    systemId: "http://www.w3.org/TR/html4/strict.dtd", forceQuirks: false)
            ])
        #expect(tokens("<!doctype>") == [.doctype(name: nil, publicId: nil, systemId: nil, forceQuirks: true)])
        #expect(
            tokens("<!-- a --!><!--><!-- b <!-- c --><?php echo 1 ?></3>") == [
                .comment(" a "), .comment(""), .comment(" b <!-- c "), .comment("?php echo 1 ?"), .comment("3"),
            ])
    }

    @Test func nulAndEOFEverywhere() {
        #expect(
            tokens("a\u{0}b<t\u{0}g a\u{0}=\u{0}>") == [
                .character("a\u{0}b"),
                .startTag(name: "t\u{FFFD}g", attributes: [HTMLAttribute(name: "a\u{FFFD}", value: "\u{FFFD}")], selfClosing: false),
            ])
        #expect(
            tokens("<script>\u{0}</script>") == [
                .startTag(name: "script", attributes: [], selfClosing: false), .character("\u{FFFD}"), .endTag(name: "script"),
            ])
        // EOF inside a tag drops the tag; inside a comment or DOCTYPE emits it.
        #expect(tokens("x<a href='y") == [.character("x")])
        #expect(tokens("<!--x") == [.comment("x")])
        #expect(tokens("<!DOCTYPE html PUBLIC \"x") == [.doctype(name: "html", publicId: "x", systemId: nil, forceQuirks: true)])
        #expect(tokens("</") == [.character("</")])
        #expect(tokens("") == [])
    }

    // MARK: JSON dump

    @Test func dumpJSONIsHTML5LibFormat() throws {
        let dump = HTMLTokenizer.dumpJSON("<!DOCTYPE html><html lang=cy><p class=\"a\">Bore da &amp; croeso\n</p><br/><!--c--></html>")
        #expect(
            dump == """
                [
                  ["DOCTYPE", "html", null, null, true],
                  ["StartTag", "html", {"lang": "cy"}],
                  ["StartTag", "p", {"class": "a"}],
                  ["Character", "Bore da & croeso\\n"],
                  ["EndTag", "p"],
                  ["StartTag", "br", {}, true],
                  ["Comment", "c"],
                  ["EndTag", "html"]
                ]

                """)
        #expect(HTMLTokenizer.dumpJSON("") == "[]\n")
    }

    // MARK: Robustness and speed

    /// Random markup soup: fragments that drive every state, plus random scalars (controls, non-BMP, NUL, CR).
    fileprivate static func soup(seed: UInt64, length: Int) -> String {
        var rng = HTMLFuzzRandom(seed: seed)
        let fragments = [
            "<", "</", ">", "/>", "<!", "<!--", "-->", "--!>", "-", "!", "<!DOCTYPE", " PUBLIC", " SYSTEM",
            "\"", "'", "=", " ", "\n", "\r", "\r\n", "\t", "&", "&#", "&#x", "&amp", "&not", "&notin;", ";",
            "<script>", "</script>", "<!--<script>", "<style>", "<title>", "</title>", "<textarea>",
            "<plaintext>", "<svg>", "</svg>", "<![CDATA[", "]]>", "]", "a", "B", "9", "x", "\u{0}",
            "\u{FFFE}", "\u{80}", "\u{1}", "é", "日", "𝒳", "?", "`", "<a href=", "<b", "</b",
        ]
        var text = ""
        for _ in 0..<length {
            if rng.next() % 8 == 0 {
                let value = UInt32(truncatingIfNeeded: rng.next() % 0x110000)
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                text += fragments[Int(rng.next() % UInt64(fragments.count))]
            }
        }
        return text
    }

    @Test func fuzzedSoupNeverCrashesAndKeepsInvariants() throws {
        let seed = SeededRandom.seedFromEnvironment("HTML_FUZZ_SEED")
        print("HTMLTokenizer fuzz seed: \(seed) (rerun with HTML_FUZZ_SEED=\(seed))")
        var rng = HTMLFuzzRandom(seed: seed)
        for round in 0..<300 {
            let text = Self.soup(seed: rng.next(), length: Int(rng.next() % 200))
            let scalarCount = text.unicodeScalars.count
            let tokenizer = HTMLTokenizer(text)
            let (positioned, errors) = tokenizer.tokenize()
            // Streaming and batch agree; positions are in range and in order.
            #expect(positioned.map(\.token) == tokenizer.tokens(), "round \(round)")
            var previous = -1
            for item in positioned {
                #expect(item.offset >= previous && item.offset < max(scalarCount, 1), "round \(round): \(item)")
                previous = item.offset
            }
            for error in errors { #expect(error.offset <= scalarCount, "round \(round): \(error)") }
            // No two character tokens in a row.
            for (a, b) in zip(positioned, positioned.dropFirst()) {
                if case .character = a.token, case .character = b.token { Issue.record("round \(round): unmerged characters") }
            }
            // The dump is valid JSON that reads back as the same tokens.
            let dump = HTMLTokenizer.dumpJSON(text)
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [Any])
            let reread = HTML5LibTokenizerTests.expectedTokens(parsed, doubleEscaped: false)
            #expect(reread == HTML5LibTokenizerTests.normalized(positioned.map(\.token)), "round \(round)")
            // Every state as the initial one survives the same soup.
            for state in HTMLTokenizer.ContentState.allCases {
                _ = HTMLTokenizer(text, initialState: state, lastStartTag: "script", followsContentModel: false).tokenize()
            }
        }
        // Pathological shapes: long runs of one special character.
        for unit in ["<", "&", "-", "<!--", "&#9999999999999", "</script", "\"", "]"] {
            _ = HTMLTokenizer(String(repeating: unit, count: 5000)).tokenize()
        }
    }

    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    @Test func megabytePageTokenizesQuickly() {
        let row =
            "<tr class=\"row\"><td lang=ar>مرحبا بكم في المدرسة</td><td>Bienvenidos &amp; bienvenidas</td>"
            + "<td><a href=\"/ru/новости?id=1&amp;p=2\">Новости школы</a></td><!-- row --></tr>\n"
        var page = "<!DOCTYPE html><html><head><title>Hartford Public Schools</title><script>var a = 1 < 2;</script></head><body><table>\n"
        while page.utf8.count < 1_000_000 { page += row }
        page += "</table></body></html>"
        let clock = ContinuousClock()
        var count = 0
        // Best of three, and CPU time beside wall time: the machine is shared.
        var elapsed = Duration.seconds(1000)
        var cpu = Double.infinity
        for _ in 0..<3 {
            let cpuStart = Self.threadCPUSeconds()
            elapsed = min(elapsed, clock.measure { count = HTMLTokenizer(page).tokens().count })
            cpu = min(cpu, Self.threadCPUSeconds() - cpuStart)
        }
        print(
            "HTMLTokenizer: \(page.utf8.count) bytes, \(count) tokens in \(elapsed) wall, "
                + "\(Int(cpu * 1000)) ms CPU")
        #expect(count > 50_000)
        // Generous for debug builds on a busy shared machine; release is in the milliseconds.
        #expect(elapsed < .seconds(20))
    }
}

private typealias HTMLFuzzRandom = SeededRandom
