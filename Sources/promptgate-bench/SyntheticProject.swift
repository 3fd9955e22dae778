import Foundation
import PromptGate
import PromptGateTestSupport

/// A project with N generated cases and two recorded prompt versions, for benchmarks.
enum SyntheticProject {
    static func make(cases count: Int) throws -> TempProject {
        var lines = ""
        var v1: [String: String] = [:], v2: [String: String] = [:]
        for i in 0..<count {
            let id = String(format: "c%05d", i)
            let sentiment = ["positive", "negative", "neutral"][i % 3]
            lines +=
                "{\"id\": \"\(id)\", \"vars\": {\"text\": \"Review number \(i): the product arrived on time and works as described, mostly.\"}, \"expected\": {\"sentiment\": \"\(sentiment)\", \"order_id\": \"ORD-\(10000 + i)\", \"amount\": \(i % 500).5, \"summary\": \"A short review.\"}}\n"
            v1[id] =
                "{\"sentiment\": \"\(sentiment)\", \"order_id\": \"ORD-\(10000 + i)\", \"amount\": \(i % 500).5, \"summary\": \"A short review.\"}"
            let drift = i % 17 == 0 ? "neutral" : sentiment
            v2[id] =
                "{\"sentiment\": \"\(drift)\", \"order_id\": \"ORD-\(10000 + i)\", \"amount\": \(i % 500).5, \"summary\": \"A short review.\"}"
        }
        let prompt = { (text: String) in
            "---\ntestset: reviews\nmodel: bench-model\nmax_tokens: 200\n---\n# system\n\(text)\n\n# user\nReview: {{text}}\n"
        }
        let project = try TempProject(files: [
            "promptgate.yaml":
                "version: 1\ndefaults:\n  concurrency: 8\npricing:\n  bench-model: { input: 0.15, output: 0.6 }\n",
            "testsets/reviews/cases.jsonl": lines,
            "testsets/reviews/schema.json":
                #"{"type": "object", "required": ["sentiment", "order_id", "amount", "summary"], "properties": {"sentiment": {"enum": ["positive", "negative", "neutral"]}, "order_id": {"type": "string", "pattern": "^ORD-[0-9]+$"}, "amount": {"type": "number"}, "summary": {"type": "string"}}}"#,
            "testsets/reviews/testset.yaml":
                "version: 1\nfields:\n  amount: { match: number, abs_tol: 0.01 }\n  summary: { match: ignore }\n",
            "prompts/bench/v1.md": prompt("Classify the review. Reply with JSON."),
            "prompts/bench/v2.md": prompt("Classify the review. Reply with JSON only."),
        ])
        try project.record("bench", version: 1, outputs: v1)
        try project.record("bench", version: 2, outputs: v2)
        return project
    }
}
