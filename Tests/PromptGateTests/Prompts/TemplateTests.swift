import Testing

@testable import PromptGate

@Suite struct TemplateTests {
    @Test func rendersStringsRawAndOtherValuesAsJSON() throws {
        let template = try Template(parsing: "Hi {{name}}, items: {{ items }}.", firstLine: 1)
        let out = try template.render(["name": "Ann", "items": [1, "two"]])
        #expect(out == #"Hi Ann, items: [1,"two"]."#)
        #expect(template.variables == ["name", "items"])
    }

    @Test func missingVariableNamesTheVariableAndLine() throws {
        let template = try Template(parsing: "line one\nHello {{customer_name}}", firstLine: 10)
        #expect(throws: MissingVariableError(name: "customer_name", line: 11)) {
            try template.render(["other": "x"])
        }
    }

    @Test(arguments: [
        ("Hello {{name", 1, "never closed"),
        ("a\nb {{ bad name }}", 2, "not a variable name"),
        ("{{1abc}}", 1, "not a variable name"),
        ("{{}}", 1, "not a variable name"),
    ])
    func syntaxErrorsCarryTheLine(source: String, line: Int, fragment: String) {
        do {
            _ = try Template(parsing: source, firstLine: 1)
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(fragment))
        }
    }

    @Test func singleBracesAreLiteralText() throws {
        let template = try Template(parsing: "JSON like {\"a\": 1} stays", firstLine: 1)
        #expect(try template.render([:]) == "JSON like {\"a\": 1} stays")
    }
}
