import Testing

@testable import PromptGate

/// The rendering layer for untrusted text: what each builder does to the characters that matter.
@Suite struct MarkdownEscapingTests {
    @Test func textIsLiteral() {
        #expect(Markdown.text("</details><img src=x> @someone") == "&lt;/details&gt;&lt;img src=x&gt; @\u{200D}someone")
        #expect(Markdown.text("a`b\\c") == "a\\`b\\\\c")
        #expect(
            Markdown.text("[x](javascript:1) ![i](http://e/p.png)")
                == "[x\\](javascript:1) ![i\\](http:\u{200D}//e/p.png)")
        #expect(Markdown.text("line\n# heading\r\n\u{1B}[2J ~~x~~") == "line # heading   [2J \\~\\~x\\~\\~")
        #expect(Markdown.text("&lt;") == "&amp;lt;")
    }

    @Test func blockMarkersAtTheStartAreEscaped() {
        #expect(Markdown.text("# heading") == "\\# heading")
        #expect(Markdown.text("  > quote") == "&#32;&#32;&gt; quote")
        #expect(Markdown.text("12. item") == "\\12. item")
        #expect(Markdown.text("- item - not a list") == "\\- item - not a list")
        #expect(Markdown.text("see www.evil.example") == "see www\u{200D}.evil.example")
    }

    @Test func ordinaryTextIsUnchanged() {
        let reason =
            #"fields: customer_name: expected "Ann", got "N/A" [exact] (placeholder where null was expected); ^[A-Z]{2,4}-[0-9]{4,10}$"#
        #expect(Markdown.text(reason) == reason)
        #expect(Markdown.code("t014") == "`t014`")
    }

    @Test func codeSpanFenceIsLongerThanAnyBacktickRun() {
        #expect(Markdown.code("a``b") == "```a``b```")
        #expect(Markdown.code("`x`") == "`` `x` ``")
        #expect(Markdown.code("new\nline") == "`new line`")
        #expect(Markdown.code("") == "`  `")
    }

    @Test func longValuesAreCutWithAMarker() {
        let long = String(repeating: "x", count: Markdown.inlineLimit + 250)
        #expect(Markdown.text(long).hasSuffix("x … (250 more characters)"))
        #expect(Markdown.code(long).contains("(250 more characters)"))
        #expect(Markdown.html(long).count < Markdown.inlineLimit + 40)
    }

    @Test func tableCellsNeverSplit() {
        #expect(Markdown.cell("a|b") == "a\\|b")
        #expect(Markdown.cell("a\\|b") == "a\\|b", "an escaped pipe stays as it is")
        #expect(
            Markdown.cell("a\\\\|b") == "a\\\\\\|b", "an escaped backslash before a pipe: the pipe gets its own escape")
        #expect(Markdown.table(["h"], [["x|y\nz"]]).hasSuffix("| x\\|y z |\n"))
    }

    @Test func htmlContextIsEscaped() {
        #expect(Markdown.html("<b>\"&\"</b>\n@x") == "&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt; @\u{200D}x")
    }

    @Test func consoleTextShowsControlCharactersAsEscapes() {
        #expect(ConsoleText.escaped("c1\u{1B}]0;pwned\u{07}\u{1B}[2J") == "c1\\u{1B}]0;pwned\\u{7}\\u{1B}[2J")
        #expect(ConsoleText.escaped("two\nlines\tand tab") == "two\nlines\tand tab")
        #expect(ConsoleText.escaped("rtl\u{202E}x\u{9B}") == "rtl\\u{202E}x\\u{9B}")
    }
}
