import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct TestSetLoaderTests {
    func load(
        _ cases: String, schema: String? = MiniProject.schema, settings: String? = nil
    ) throws -> (TestSet?, [Diagnostic]) {
        var files = ["testsets/s/cases.jsonl": cases]
        if let schema { files["testsets/s/schema.json"] = schema }
        if let settings { files["testsets/s/testset.yaml"] = settings }
        let project = try TempProject(files: files)
        defer { project.remove() }
        var bag = DiagnosticBag()
        let set = try project.open().testSets.load("s", into: &bag)
        return (set, bag.items)
    }

    @Test func filesBesideTestSetsAreNotTestSets() throws {
        let project = try TempProject(files: [
            "testsets/s/cases.jsonl": MiniProject.cases, "testsets/README.md": "notes",
        ])
        defer { project.remove() }
        #expect(try project.open().testSets.names() == ["s"])
    }

    @Test func anEmptyCasesFileIsAnErrorOnLineOne() throws {
        let (set, diagnostics) = try load("\n\n")
        #expect(set == nil)
        #expect(diagnostics.first?.line == 1)
        #expect(diagnostics.first?.message.contains("no cases") == true)
    }

    @Test func loadsGoodCases() throws {
        let (set, diagnostics) = try load(MiniProject.cases)
        #expect(diagnostics.isEmpty)
        #expect(set?.cases.map(\.id) == ["c1", "c2", "c3"])
        #expect(set?.cases[1].isCritical == true)
        #expect(set?.cases[1].line == 2)
    }

    @Test(
        arguments: [
            (
                "{\"id\": \"a\", \"vars\": {}, \"expected\": {\"sentiment\": \"positive\", \"name\": null}}\n{\"id\": \"a\", \"vars\": {}, \"expected\": {\"sentiment\": \"positive\", \"name\": null}}",
                2, "duplicate case id"
            ),
            ("{\"vars\": {}}", 1, "missing `id`"),
            (
                "{\"id\": \"a\", \"vars\": {}, \"expected\": {\"sentiment\": \"positive\", \"name\": null}}\n{\"id\": \"b\", \"vars\": {}, \"expected\": }",
                2, "not valid JSON"
            ),
            ("[1, 2]", 1, "must be a JSON object"),
            ("{\"id\": 7, \"vars\": {}}", 1, "`id` must be a non-empty string"),
            (
                "{\"id\": \"a\", \"vars\": \"x\", \"expected\": {\"sentiment\": \"positive\", \"name\": null}}", 1,
                "`vars` must be an object"
            ),
            (
                "{\"id\": \"a\", \"vars\": {}, \"expected\": {\"sentiment\": \"positive\", \"name\": null}, \"extra\": 1}",
                1, "unknown key `extra`"
            ),
            (
                "{\"id\": \"a\", \"vars\": {}, \"expected\": {\"sentiment\": \"happy\", \"name\": null}}", 1,
                "does not match schema.json"
            ),
            (
                "{\"id\": \"a\", \"vars\": {}, \"expected\": {\"sentiment\": \"positive\"}}", 1,
                "missing required property \"name\""
            ),
        ] as [(String, Int, String)])
    func badLinesNameFileAndLine(cases: String, line: Int, fragment: String) throws {
        let (set, diagnostics) = try load(cases)
        #expect(set == nil)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.file == "testsets/s/cases.jsonl")
        #expect(error.line == line, "\(diagnostics)")
        #expect(error.message.contains(fragment), "\(diagnostics)")
    }

    @Test func badSchemaIsReportedWithItsFile() throws {
        let (set, diagnostics) = try load(MiniProject.cases, schema: "{\"type\": \"object\",\n}")
        #expect(set == nil)
        #expect(diagnostics.first?.file == "testsets/s/schema.json")
        #expect(diagnostics.first?.line == 2)
    }

    @Test func emptyAndBinaryFilesAreErrors() throws {
        let (empty, d1) = try load("\n\n")
        #expect(empty == nil)
        #expect(d1.first?.message.contains("no cases") == true)
        let (binary, d2) = try load("{\"id\": \"a\"}\n\u{0}\u{1}")
        #expect(binary == nil)
        #expect(d2.first?.message.contains("NUL") == true)
        #expect(d2.first?.line == 2)
    }

    @Test func testsetYAMLIsValidatedWithLines() throws {
        let settings =
            "version: 1\nfields:\n  name: { match: wobbly }\n  sentiment: { match: exact, weight: 2 }\nconfidence: { field: c, min: 0.5 }\n"
        let (_, diagnostics) = try load(MiniProject.cases, settings: settings)
        #expect(diagnostics.first?.file == "testsets/s/testset.yaml")
        #expect(diagnostics.first?.line == 3)
        #expect(diagnostics.first?.message.contains("unknown matcher `wobbly`") == true)
    }

    @Test func regexFieldsAreCompiledAtLoadWithTheEnginesReason() throws {
        let good = "version: 1\nfields:\n  sentiment: { match: regex, pattern: \"pos|neg\" }\n"
        let (set, goodDiagnostics) = try load(MiniProject.cases, settings: good)
        #expect(goodDiagnostics.isEmpty)
        #expect(
            set?.settings.rule(for: "sentiment")?.match == .regex(pattern: try ECMARegex("pos|neg", scope: .wholeText)))
        let bad = "version: 1\nfields:\n  sentiment:\n    match: regex\n    pattern: \"(a)\\\\1\"\n"
        let (_, diagnostics) = try load(MiniProject.cases, settings: bad)
        #expect(diagnostics.first?.line == 5)
        #expect(diagnostics.first?.message.contains("backreferences (\\1) are not supported") == true)
    }

    @Test func acceptsBOMAndCRLF() throws {
        let text = "\u{FEFF}" + MiniProject.cases.replacingOccurrences(of: "\n", with: "\r\n")
        let (set, diagnostics) = try load(text)
        #expect(diagnostics.isEmpty)
        #expect(set?.cases.count == 3)
    }
}
