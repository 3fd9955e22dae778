import Foundation
import PromptGate
import PromptGateTestSupport

/// A small valid project used across tests: one prompt in two versions over a three-case test set.
enum MiniProject {
    static let config = """
        version: 1
        defaults:
          provider: replay
        providers:
          replay:
            type: replay
        pricing:
          test-model: { input: 1.0, output: 2.0 }
        """

    static let schema = """
        {"type": "object", "required": ["sentiment", "name"], "additionalProperties": false,
         "properties": {"sentiment": {"enum": ["positive", "negative", "neutral"]}, "name": {"type": ["string", "null"]}}}
        """

    static let cases = """
        {"id": "c1", "vars": {"text": "I love it, says Ann"}, "expected": {"sentiment": "positive", "name": "Ann"}}
        {"id": "c2", "vars": {"text": "Terrible."}, "expected": {"sentiment": "negative", "name": null}, "tags": ["critical"]}
        {"id": "c3", "vars": {"text": "It is a box."}, "expected": {"sentiment": "neutral", "name": null}}
        """

    static func prompt(_ instruction: String) -> String {
        """
        ---
        testset: reviews
        model: test-model
        max_tokens: 50
        ---
        # system
        \(instruction)

        # user
        Review: {{text}}
        """
    }

    /// A temp project with v1 and v2 and no recordings yet.
    static func make() throws -> TempProject {
        try TempProject(files: [
            "promptgate.yaml": config,
            "testsets/reviews/schema.json": schema,
            "testsets/reviews/cases.jsonl": cases,
            "prompts/sentiment/v1.md": prompt("Classify the sentiment."),
            "prompts/sentiment/v2.md": prompt("Classify the sentiment. Reply with JSON only."),
        ])
    }

    /// v1 passes c1 and c2, fails c3; v2 fails c2 (a regression on a critical case) and fixes c3.
    static func makeRecorded() throws -> TempProject {
        let project = try make()
        try project.record(
            "sentiment", version: 1,
            outputs: [
                "c1": #"{"sentiment": "positive", "name": "Ann"}"#,
                "c2": #"{"sentiment": "negative", "name": null}"#,
                "c3": #"{"sentiment": "positive", "name": null}"#,
            ])
        try project.record(
            "sentiment", version: 2,
            outputs: [
                "c1": #"Sure! {"sentiment": "positive", "name": "Ann"}"#,
                "c2": #"{"sentiment": "neutral", "name": "N/A"}"#,
                "c3": #"{"sentiment": "neutral", "name": null}"#,
            ])
        return project
    }
}
