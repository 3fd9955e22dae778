import Foundation
import PromptGateTestSupport

@testable import PromptGate

/// A temp project whose prompts run against live-style providers (the fake LLM server): three
/// cases with a `ref` variable the fake server finds as `case=<ref>`, and a schema.
enum LiveProject {
    static let schema = """
        {"type": "object", "required": ["sentiment", "name"], "additionalProperties": false,
         "properties": {"sentiment": {"enum": ["positive", "negative", "neutral"]}, "name": {"type": ["string", "null"]}}}
        """

    /// `count` cases c1…cN; odd ones positive, even ones negative.
    static func cases(_ count: Int) -> String {
        (1...count).map { i in
            let sentiment = i % 2 == 1 ? "positive" : "negative"
            return
                #"{"id": "c\#(i)", "vars": {"ref": "c\#(i)", "text": "review number \#(i)"}, "expected": {"sentiment": "\#(sentiment)", "name": null}}"#
        }.joined(separator: "\n")
    }

    /// The answer that passes case `ref`.
    static func goodAnswer(_ ref: String) -> String {
        let n = Int(ref.dropFirst()) ?? 1
        return #"{"sentiment": "\#(n % 2 == 1 ? "positive" : "negative")", "name": null}"#
    }

    static func prompt(
        model: String = "test-model", provider: String = "live", fallback: String? = nil, extra: String = ""
    ) -> String {
        """
        ---
        testset: reviews
        provider: \(provider)
        model: \(model)
        max_tokens: 50
        \(fallback.map { "fallback: \($0)" } ?? "")
        \(extra)
        ---
        # system
        Classify the sentiment. Reply with JSON only.

        # user
        case={{ref}} Review: {{text}}
        """
    }

    /// The config: a `live` provider of `type` at `base`, fast retries, and any extra top-level YAML.
    static func config(
        base: String, type: String = "openai", keyEnv: String, timeout: Double = 5, providerExtra: String = "",
        extra: String = ""
    ) -> String {
        """
        version: 1
        defaults:
          provider: live
          concurrency: 4
        providers:
          live:
            type: \(type)
            base_url: \(base)
            api_key_env: \(keyEnv)
            timeout: \(timeout)
        \(providerExtra)
        pricing:
          test-model: { input: 1.0, output: 2.0 }
          backup-model: { input: 0.5, output: 1.0 }
        \(extra)
        """
    }

    /// A project with `cases` cases and prompt v1.
    static func make(
        base: String, type: String = "openai", keyEnv: String, cases count: Int = 3,
        prompt: String = LiveProject.prompt(),
        timeout: Double = 5, providerExtra: String = "", extra: String = ""
    ) throws -> TempProject {
        try TempProject(files: [
            "promptgate.yaml": config(
                base: base, type: type, keyEnv: keyEnv, timeout: timeout, providerExtra: providerExtra, extra: extra),
            "testsets/reviews/schema.json": schema,
            "testsets/reviews/cases.jsonl": cases(count),
            "prompts/sentiment/v1.md": prompt,
        ])
    }
}
