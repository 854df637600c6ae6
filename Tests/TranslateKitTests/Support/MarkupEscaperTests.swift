import Foundation
import Testing

@testable import TranslateKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Each escaper's output, put where it belongs and parsed back (XML by Foundation's XMLParser, HTML by our
/// tokenizer), gives the input back: quotes, markup, references, line breaks, `]]>`, `</script>`,
/// U+2028/2029 and grapheme clusters that start with `<` or `&`.
@Suite struct MarkupEscaperTests {
    static let hostile = [
        "plain text",
        "a\"b'c<d>e&f",
        "</script><script>alert('x')</script>",
        "<!-- --> <![CDATA[ x ]]> ]]>",
        "&amp; &#60; &lt &#x3C; &unknown;",
        "\" onmouseover=\"alert(1)",
        "' onmouseover='alert(1)",
        "line\nbreak\ttab\r\ncrlf\rcr  two  spaces ",
        "\u{2028}line separator\u{2029}paragraph separator",
        "<\u{338} &\u{301} >\u{20DD}",
        "😀 مرحبا 日本語 \u{200F}\u{FEFF}",
        "\u{7F}\u{85}\u{9F} delete and C1 controls",
        "",
    ]

    // MARK: XML

    /// Parses `<r a="ATTRIBUTE">TEXT</r>` and returns the attribute and text XMLParser reports, or nil when it fails.
    static func parseXML(text: String, attribute: String) -> (text: String, attribute: String)? {
        final class Collector: NSObject, XMLParserDelegate {
            var text = "", attribute = ""
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) { attribute = attributes["a"] ?? "" }
            func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        }
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r a=\"\(attribute)\">\(text)</r>"
        let parser = XMLParser(data: Data(document.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { return nil }
        return (collector.text, collector.attribute)
    }

    @Test(arguments: hostile) func xmlTextAndAttributeRoundTrip(_ input: String) throws {
        let parsed = try #require(Self.parseXML(text: MarkupEscaper.xmlText(input), attribute: MarkupEscaper.xmlAttribute(input)))
        #expect(parsed.text == input)
        #expect(parsed.attribute == input)
    }

    @Test func xmlEscapersNeverLeaveMarkup() {
        for input in Self.hostile {
            #expect(!MarkupEscaper.xmlText(input).contains("<"))
            #expect(!MarkupEscaper.xmlText(input).contains("]]>"))
            #expect(!MarkupEscaper.xmlAttribute(input).contains("\""))
            #expect(!MarkupEscaper.xmlAttribute(input).contains("<"))
        }
    }

    /// XML 1.0 cannot carry most C0 controls, U+FFFE or U+FFFF at all (not even as `&#1;`): the escapers pass them
    /// through, `isXMLCharacter` says so, and the writers refuse such text before escaping (XMLEscape.requireRepresentable).
    @Test func controlCharactersXMLCannotCarry() {
        for scalar: Unicode.Scalar in ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"] {
            let input = "a\(scalar)b"
            #expect(!MarkupEscaper.isXMLCharacter(scalar))
            #expect(MarkupEscaper.xmlText(input) == input)
            #expect(MarkupEscaper.xmlAttribute(input) == input)
            if scalar != "\u{0}" { #expect(Self.parseXML(text: MarkupEscaper.xmlText(input), attribute: "") == nil) }
            #expect(throws: TranslateError.self) { try XMLEscape.requireRepresentable(input, key: "k") }
        }
        for scalar: Unicode.Scalar in ["\t", "\n", "\r", " ", "\u{7F}", "\u{85}", "\u{2028}", "\u{FFFD}", "\u{10FFFF}"] {
            #expect(MarkupEscaper.isXMLCharacter(scalar))
        }
    }

    // MARK: HTML

    /// Tokenizes `<p title="ATTRIBUTE" alt='ATTRIBUTE'>TEXT</p>` with our tokenizer: the text and both attribute values.
    static func parseHTML(text: String, attribute: String) -> (text: String, double: String, single: String) {
        var out = ""
        var double = ""
        var single = ""
        for token in HTMLTokenizer("<p title=\"\(attribute)\" alt='\(attribute)'>\(text)</p>").tokens() {
            switch token {
            case .startTag(let name, let attributes, _) where name == "p":
                double = attributes.first { $0.name == "title" }?.value ?? "(missing)"
                single = attributes.first { $0.name == "alt" }?.value ?? "(missing)"
            case .character(let characters): out += characters
            default: break
            }
        }
        return (out, double, single)
    }

    @Test(arguments: hostile) func htmlTextAndAttributeRoundTrip(_ input: String) {
        let parsed = Self.parseHTML(text: MarkupEscaper.htmlText(input), attribute: MarkupEscaper.htmlAttribute(input))
        #expect(parsed.text == input)
        #expect(parsed.double == input)
        #expect(parsed.single == input)
    }

    /// The report escapes text and attributes with one function: the attribute rule, which is also safe in text.
    @Test(arguments: hostile) func reportEscapeRoundTripsInTextToo(_ input: String) {
        let parsed = Self.parseHTML(text: HTML.escape(input), attribute: HTML.escape(input))
        #expect(parsed.text == input)
        #expect(parsed.double == input)
    }

    /// C0 controls pass through raw and come back; U+0000 cannot be carried in an attribute (HTML turns it
    /// into U+FFFD, raw or as `&#0;`), which the attribute escaper leaves as it is.
    @Test func htmlControlCharacters() {
        let controls = "a\u{1}\u{8}\u{B}\u{C}\u{1F}\u{7F}b"
        let parsed = Self.parseHTML(text: MarkupEscaper.htmlText(controls), attribute: MarkupEscaper.htmlAttribute(controls))
        #expect(parsed.text == controls)
        #expect(parsed.double == controls)
        #expect(MarkupEscaper.htmlAttribute("a\u{0}b") == "a\u{0}b")
        #expect(Self.parseHTML(text: "", attribute: MarkupEscaper.htmlAttribute("a\u{0}b")).double == "a\u{FFFD}b")
    }

    /// The rules as they were before they were shared, so every writer's output stays byte-identical.
    @Test func rulesPinned() {
        let input = "&<>\"'\t\n\r\u{2028}"
        #expect(MarkupEscaper.htmlText(input) == "&amp;&lt;&gt;\"'\t\n&#13;\u{2028}")
        #expect(MarkupEscaper.htmlAttribute(input) == "&amp;&lt;&gt;&quot;&#39;\t\n&#13;\u{2028}")
        #expect(MarkupEscaper.xmlText(input) == "&amp;&lt;&gt;\"'\t\n&#13;\u{2028}")
        #expect(MarkupEscaper.xmlAttribute(input) == "&amp;&lt;&gt;&quot;'&#9;&#10;&#13;\u{2028}")
        #expect(HTML.escape(input) == MarkupEscaper.htmlAttribute(input))
        #expect(HTMLSerializer.escapeText(input) == MarkupEscaper.htmlText(input))
        #expect(HTMLSerializer.escapeAttribute(input) == MarkupEscaper.htmlAttribute(input))
    }
}
