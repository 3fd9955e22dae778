import Foundation
import PromptGate
import PromptGateTestSupport

/// The benchmark project: `count` support-style cases scored against a schema, one prompt, an
/// `openai` provider at the fake server.
enum BenchProject {
    static let keyVariable = "PROMPTGATE_BENCH_KEY"

    static func answer(_ key: String) -> String {
        let n = Int(key.dropFirst()) ?? 0
        return
            #"{"category": "\#(["billing", "shipping", "account"][n % 3])", "priority": \#(n % 5), "summary": "case \#(n)"}"#
    }

    static func make(count: Int, base: String, concurrency: Int) throws -> TempProject {
        let cases = (0..<count).map { n in
            #"{"id": "b\#(n)", "vars": {"ref": "b\#(n)", "ticket": "Hello, ticket number \#(n): I was charged twice and my parcel is late."}, "expected": {"category": "\#(["billing", "shipping", "account"][n % 3])", "priority": \#(n % 5), "summary": "case \#(n)"}}"#
        }.joined(separator: "\n")
        return try TempProject(files: [
            "promptgate.yaml": """
            version: 1
            defaults:
              provider: bench
              concurrency: \(concurrency)
            providers:
              bench:
                type: openai
                base_url: \(base)
                api_key_env: \(keyVariable)
                timeout: 30
            pricing:
              bench-model: { input: 0.15, output: 0.6 }
            """,
            "testsets/tickets/schema.json": """
            {"type": "object", "required": ["category", "priority", "summary"], "additionalProperties": false,
             "properties": {"category": {"enum": ["billing", "shipping", "account"]}, "priority": {"type": "integer", "minimum": 0, "maximum": 4},
                            "summary": {"type": "string", "maxLength": 200}}}
            """,
            "testsets/tickets/cases.jsonl": cases,
            "prompts/triage/v1.md": """
            ---
            testset: tickets
            model: bench-model
            max_tokens: 200
            ---
            # system
            You triage support tickets. Reply with JSON only.

            # user
            case={{ref}}
            {{ticket}}
            """,
        ])
    }
}
