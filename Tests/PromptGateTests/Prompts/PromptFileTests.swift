import Testing

@testable import PromptGate

@Suite struct PromptFileTests {
    func parse(_ text: String) -> (PromptFile?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let prompt = PromptFile.parse(text, name: "p", version: 1, path: "prompts/p/v1.md", into: &bag)
        return (prompt, bag.items)
    }

    @Test func parsesFrontMatterAndMessages() throws {
        let (prompt, diagnostics) = parse(
            "---\ntestset: t\nmodel: m\ntemperature: 0.2\nmax_tokens: 99\n---\n# system\nBe brief.\n\n# user\nSay {{x}}\n"
        )
        #expect(diagnostics.isEmpty)
        let p = try #require(prompt)
        #expect(p.settings.temperature == 0.2)
        #expect(p.settings.maxTokens == 99)
        #expect(p.messages.map(\.role) == [.system, .user])
        #expect(p.messages[1].template.segments == [.text("Say "), .variable(name: "x", line: 11)])
    }

    @Test(arguments: [
        ("testset: t\nmodel: m\n", 1, "front matter"),
        ("---\ntestset: t\nmodel: m\n", 1, "never closed"),
        ("---\ntestset: t\n---\nhi", 2, "missing required key `model`"),
        ("---\ntestset: t\nmodel: m\ncolour: red\n---\nhi", 4, "unknown key `colour`"),
        ("---\ntestset: t\nmodel: m\nmax_tokens: lots\n---\nhi", 4, "`max_tokens` must be a whole number"),
        ("---\ntestset: t\nmodel: [unclosed\n---\nhi", 4, "invalid YAML"),
        ("---\ntestset: t\nmodel: m\noutput: xml\n---\nhi", 4, "`output` must be one of"),
        ("---\ntestset: t\nmodel: m\n---\n# user\nHello {{name\n", 6, "never closed"),
        ("---\ntestset: t\nmodel: m\n---\n# system\n\n# user\nhi", 5, "message is empty"),
    ])
    func badFilesNameTheFileAndLine(text: String, line: Int, fragment: String) {
        let (prompt, diagnostics) = parse(text)
        #expect(prompt == nil)
        let error = diagnostics.first { $0.severity == .error }
        #expect(error?.file == "prompts/p/v1.md")
        #expect(error?.line == line, "\(diagnostics)")
        #expect(error?.message.contains(fragment) == true, "\(diagnostics)")
    }
}
