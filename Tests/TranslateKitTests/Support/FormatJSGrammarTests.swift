import Testing

/// The reference checker against FormatJS's own cases: formatjs/formatjs
/// `packages/icu-messageformat-parser/integration-tests/test_cases/<name>` (message, then FormatJS's
/// expected AST or error kind; error numbers from `error.ts`).
@Suite("FormatJSGrammar")
struct FormatJSGrammarTests {
    typealias G = FormatJSGrammar

    static func text(_ message: String) -> String? {
        guard case .success(let elements) = G.parse(message) else { return nil }
        return G.render(elements)
    }

    static func error(_ message: String) -> G.ErrorKind? {
        if case .failure(let kind) = G.parse(message) { return kind }
        return nil
    }

    @Test("FormatJS test cases that parse, with the literal text FormatJS gives")
    func accepted() throws {
        // numeric_tag_1: a tag name may hold digits after its first letter.
        #expect(G.parse("<i0>foo</i0>") == .success([.tag(name: "i0", children: [.literal("foo")])]))
        // self_closing_tag_2: no self-closing elements; the tag is literal text.
        #expect(G.parse("<test-tag/>") == .success([.literal("<test-tag/>")]))
        // left_angle_bracket_1: `<` before a digit is text.
        #expect(G.parse("I <3 cats.") == .success([.literal("I <3 cats.")]))
        // escaped_multiple_tags_1: an apostrophe quotes `<` (ICU4C would show it).
        #expect(Self.text("I '<'3 cats. '<a>foo</a>' '<b>bar</b>'") == "I <3 cats. <a>foo</a> <b>bar</b>")
        // double_apostrophes_1, not_quoted_string_2, unclosed_quoted_string_7
        #expect(Self.text("a''b") == "a'b")
        #expect(Self.text("I don't know") == "I don't know")
        #expect(Self.text("You have '{count} {thing}") == "You have {count} {thing}")
        // quoted_pound_sign_1: '#' is quoted in a plural branch.
        let pound = try #require(try? G.parse("You {count, plural, one {worked for '#' hour} other {worked for '#' hours}} today.").get())
        #expect(
            pound == [
                .literal("You "),
                .plural(
                    name: "count", ordinal: false, offset: 0,
                    options: [
                        .init(selector: "one", value: [.literal("worked for # hour")]),
                        .init(selector: "other", value: [.literal("worked for # hours")]),
                    ]),
                .literal(" today."),
            ])
        // Outside a plural, `'#` is an apostrophe and a `#`.
        #expect(Self.text("It's '#1'") == "It's '#1'")
        // A plural with offset, =N, `#`, nested select and a tag around an argument.
        let nested =
            "<b>{n, plural, offset:1 =0 {none} one {# and {who, select, a {A} other {<i>them</i>}}} other {#}}</b> {d, date, ::yyyyMMdd} {x, number, ::percent}"
        #expect(Self.error(nested) == nil)
        #expect(Self.text("{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}") == "#th")
    }

    @Test("FormatJS test cases that fail, with FormatJS's error kind")
    func rejected() {
        // invalid_closing_tag_2, invalid_close_tag_1, invalid_tag_2, invalid_tag_3: kind 23.
        #expect(Self.error("<test>a</") == .INVALID_TAG)
        #expect(Self.error("<a></ b>") == .INVALID_TAG)
        #expect(Self.error("<test / >") == .INVALID_TAG)
        #expect(Self.error("<test foo />") == .INVALID_TAG)
        // incomplete_nested_message_in_tag: a tag must close in its own branch (kind 1).
        #expect(Self.error("<a>{a, plural, other {</a>}}") == .EXPECT_ARGUMENT_CLOSING_BRACE)
        // duplicate_select_selectors (kind 21).
        #expect(
            Self.error("You have {count, select, one {# hot dog} one {# hamburger} one {# sandwich} other {# snacks}} in your lunch bag.")
                == .DUPLICATE_SELECT_ARGUMENT_SELECTOR)
        #expect(Self.error("{n, plural, one {a} one {b} other {c}}") == .DUPLICATE_PLURAL_ARGUMENT_SELECTOR)
        // error.ts examples.
        #expect(Self.error("<bold>foo</italic>") == .UNMATCHED_CLOSING_TAG)
        #expect(Self.error("<bold>foo") == .UNCLOSED_TAG)
        #expect(Self.error("{foo,foo}") == .INVALID_ARGUMENT_TYPE)
        #expect(Self.error("{foo,}") == .EXPECT_ARGUMENT_TYPE)
        #expect(Self.error("{}") == .EMPTY_ARGUMENT)
        #expect(Self.error("{0") == .EXPECT_ARGUMENT_CLOSING_BRACE)
        #expect(Self.error("{foo, number, }") == .EXPECT_ARGUMENT_STYLE)
        #expect(Self.error("{foo, select}") == .EXPECT_SELECT_ARGUMENT_OPTIONS)
        #expect(Self.error("{foo, plural, offset}") == .EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE)
        #expect(Self.error("{foo, plural, =x {#}}") == .EXPECT_PLURAL_ARGUMENT_SELECTOR)
        #expect(Self.error("{foo, select, apple}") == .EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT)
        #expect(Self.error("{n, plural, one {# file}}") == .MISSING_OTHER_CLAUSE)
        // ICU4C accepts these; FormatJS does not know the types.
        #expect(Self.error("{n, spellout}") == .INVALID_ARGUMENT_TYPE)
        #expect(Self.error("{n, ordinal}") == .INVALID_ARGUMENT_TYPE)
        #expect(Self.error("{n, choice, 0#none|1#one}") == .INVALID_ARGUMENT_TYPE)
        // translate's old numbered tags: `<1>` is text, `</1>` closes nothing.
        #expect(Self.error("Call <1>the main office</1> today.") == .UNMATCHED_CLOSING_TAG)
        #expect(Self.error("Call <x1>the main office</x1> today.") == nil)
        // An apostrophe before `<` quotes the rest in FormatJS (ICU4C shows the apostrophe and the tags).
        #expect(Self.text("l'<x1>école</x1>") == "l<x1>école</x1>")
        #expect(G.parse("l''<x1>école</x1>") == .success([.literal("l'"), .tag(name: "x1", children: [.literal("école")])]))
    }
}
