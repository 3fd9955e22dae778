import PromptGateTestSupport

/// A project whose `run p@v1` calls an OpenAI-compatible server: `cases` cases `c1…cN`, each
/// expecting `{"sentiment": "positive"}`, shared by the CLI tests that kill or signal a live run.
enum LiveCLIProject {
    static func make(base: String, cases: Int, keyEnv: String, timeout: Int) throws -> TempProject {
        let lines = (1...cases).map { i in
            #"{"id": "c\#(i)", "vars": {"ref": "c\#(i)"}, "expected": {"sentiment": "positive"}}"#
        }.joined(separator: "\n")
        return try TempProject(files: [
            "promptgate.yaml":
                "version: 1\ndefaults:\n  provider: live\nproviders:\n  live:\n    type: openai\n    base_url: \(base)\n    api_key_env: \(keyEnv)\n    timeout: \(timeout)\n",
            "testsets/t/cases.jsonl": lines,
            "testsets/t/schema.json": #"{"type": "object", "required": ["sentiment"]}"#,
            "prompts/p/v1.md": "---\ntestset: t\nmodel: m\nmax_tokens: 20\n---\n# user\ncase={{ref}} classify\n",
        ])
    }
}
