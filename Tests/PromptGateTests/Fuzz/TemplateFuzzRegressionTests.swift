import PromptGate
import Testing

/// Inputs found by the `template` fuzz target (Fuzz/Targets/TemplateFuzz.swift), fed through
/// the public API. Each test names the property that failed.
@Suite struct TemplateFuzzRegressionTests {
    /// Property: a slot's line is `firstLine` plus the line breaks before it. "\r\n" is one
    /// `Character`, so counting `Character`s equal to "\n" skipped every CRLF line break.
    @Test func crlfLineBreaksCountTowardsSlotLines() throws {
        let template = try Template(parsing: "crlf\r\nline {{v}}\r\n{{w}}", firstLine: 1)
        #expect(
            template.segments == [
                .text("crlf\r\nline "), .variable(name: "v", line: 2), .text("\r\n"), .variable(name: "w", line: 3),
            ])
        do {
            _ = try template.render(["v": "x"])
            Issue.record("rendered without w")
        } catch {
            #expect(error.name == "w" && error.line == 3)
        }
    }

    @Test func crlfLineBreaksCountTowardsSyntaxErrorLines() {
        do {
            _ = try Template(parsing: "a\r\nb\r\n{{ open", firstLine: 1)
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("never closed"))
        }
    }

    /// Property: no `{{` survives a render with every variable provided. A combining mark after
    /// the second brace made `{{` one `{` plus one `{́` `Character`, so the slot was not seen
    /// and `{{́x}}` went into the prompt as literal text; it is a bad variable name instead.
    @Test func combiningMarkAfterOpeningBracesIsNotLiteralText() {
        do {
            let template = try Template(parsing: "{{\u{301}x}}", firstLine: 1)
            Issue.record("parsed as \(template.segments)")
        } catch {
            #expect(error.line == 1)
            #expect(error.message.contains("is not a variable name"))
        }
    }

    /// The same grapheme folding on the closing side: `}}` followed by a combining mark used to
    /// read as an unclosed slot; the slot is closed and the mark is literal text.
    @Test func combiningMarkAfterClosingBracesStillCloses() throws {
        let template = try Template(parsing: "{{x}}\u{301} and {{y}}", firstLine: 1)
        #expect(template.variables == ["x", "y"])
        let out = try template.render(["x": "1", "y": "2"])
        #expect(Array(out.unicodeScalars) == Array("1\u{301} and 2".unicodeScalars))
        #expect(!containsDoubleBrace(out))
    }

    /// `{{` as bytes, which no `Character` grouping can hide.
    private func containsDoubleBrace(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "{") && $1 == UInt8(ascii: "{") }
    }
}
