import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// `text:` checks and reference matchers in `testset.yaml`: read, and refused with file, line and
/// the allowed range when wrong.
@Suite struct ReferenceCheckLoadingTests {
    func load(_ settings: String) throws -> (TestSet?, [Diagnostic]) {
        let project = try TempProject(files: [
            "testsets/s/cases.jsonl": MiniProject.cases, "testsets/s/schema.json": MiniProject.schema,
            "testsets/s/testset.yaml": settings,
        ])
        defer { project.remove() }
        var bag = DiagnosticBag()
        let set = try project.open().testSets.load("s", into: &bag)
        return (set, bag.items)
    }

    @Test func textChecksAndFieldMatchersAreRead() throws {
        let yaml = """
            version: 1
            fields:
              name: { match: token_f1, threshold: 0.7, weight: 2 }
              sentiment: { match: contains, values: [pos, neg] }
            text:
              token_f1: { threshold: 0.6 }
              not_contains: { values: ["as an AI"], case_sensitive: true }
              length: { max_words: 120 }

            """
        let (set, diagnostics) = try load(yaml)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(set?.settings.rule(for: "name")?.match == .reference(.tokenF1(threshold: 0.7)))
        #expect(set?.settings.rule(for: "name")?.weight == 2)
        #expect(
            set?.settings.textRules.map(\.match) == [
                .reference(.tokenF1(threshold: 0.6)),
                .reference(.contains(mode: .none, values: ["as an AI"], caseSensitive: true)),
                .reference(.length(minimum: nil, maximum: 120, inWords: true)),
            ])
    }

    @Test(
        "wrong settings are errors on their line",
        arguments: [
            ("text:\n  token_f1: { threshold: 1.5 }\n", 3, "from 0 to 1"),
            ("text:\n  length: { max_words: 5, min_chars: 2 }\n", 3, "one of the two"),
            ("text:\n  length: {}\n", 3, "one of the two"),
            ("text:\n  length: { min_words: 9, max_words: 2 }\n", 3, "above the maximum"),
            ("text:\n  contains: { values: [] }\n", 3, "non-empty texts"),
            ("text:\n  contains: { vaules: [a] }\n", 3, "vaules"),
            ("text:\n  bleu: { threshold: 0.5 }\n", 3, "unknown matcher `bleu`"),
            ("fields:\n  name: { match: length, max_words: -1 }\n", 3, "0 or more"),
        ] as [(String, Int, String)])
    func refusals(body: String, line: Int, message: String) throws {
        let (_, diagnostics) = try load("version: 1\n" + body)
        let first = try #require(diagnostics.first)
        #expect(first.file == "testsets/s/testset.yaml")
        #expect(first.line == line, "\(first)")
        #expect(first.message.contains(message), "\(first)")
    }
}
