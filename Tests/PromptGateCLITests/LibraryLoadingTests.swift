import Foundation
import PromptGateTestSupport
import Testing

/// libcurl (and the ~25 libraries it pulls in) is loaded on first HTTP use only: commands that never
/// call a provider over HTTP must not map it. Checked with the glibc loader's own trace
/// (`LD_DEBUG=files` lists every library a process loads, at start or through dlopen).
@Suite struct LibraryLoadingTests {
    private static var loaderTraces: Bool {
        #if os(Linux) && canImport(Glibc)
        true
        #else
        false
        #endif
    }

    @Test(.enabled(if: loaderTraces)) func checkAndReplayRunsNeverLoadLibcurl() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        for arguments in [["check"], ["run", "extract-ticket@v2"], ["report", "extract-ticket@v2"]] {
            let result = try await CLIRunner.run(arguments, in: dir, environment: ["LD_DEBUG": "files"])
            #expect(result.status == 0, "\(arguments): \(result.stderr.suffix(500))")
            let traced = result.stderr.contains("file=libsqlite3"), loadedCurl = result.stderr.contains("libcurl")
            #expect(traced, "the loader trace is missing, so this test would prove nothing")
            #expect(!loadedCurl, "`promptgate \(arguments.joined(separator: " "))` loaded libcurl")
        }
    }

    @Test(.enabled(if: loaderTraces)) func anHTTPRunLoadsLibcurlWhenItStarts() async throws {
        let server = try FakeLLMServer { _ in .content(#"{"sentiment": "positive"}"#, inputTokens: 3, outputTokens: 2) }
        defer { server.stop() }
        let project = try Self.oneCaseProject(type: "openai", baseURL: server.openAIBaseURL)
        defer { project.remove() }
        let result = try await CLIRunner.run(
            ["run", "p@v1", "--no-cache"], in: project.root,
            environment: ["LD_DEBUG": "files", "PG_LOAD_KEY": "sk-load-test-key"])
        #expect(result.status == 0, "\(result.stderr.suffix(500))")
        let loadedCurl = result.stderr.contains("file=libcurl.so.4")
        #expect(loadedCurl, "an HTTP run must load libcurl")
        #expect(server.log.count == 1)
    }

    @Test func anHTTPRunWithoutLibcurlStopsBeforeItStartsAndSaysWhatToInstall() async throws {
        let project = try Self.oneCaseProject(type: "anthropic", baseURL: "http://127.0.0.1:9")
        defer { project.remove() }
        let result = try await CLIRunner.run(
            ["run", "p@v1"], in: project.root,
            environment: ["PROMPTGATE_LIBCURL": "/nonexistent/libcurl.so.4", "PG_LOAD_KEY": "sk-load-test-key"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(
            result.stderr.contains("promptgate.yaml") && result.stderr.contains("needs libcurl")
                && result.stderr.contains("install"), "\(result.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".promptgate").path),
            "nothing may be written")
    }

    /// A project with one case and one HTTP provider (`live`, key in `PG_LOAD_KEY`).
    private static func oneCaseProject(type: String, baseURL: String) throws -> TempProject {
        try TempProject(files: [
            "promptgate.yaml":
                "version: 1\ndefaults:\n  provider: live\nproviders:\n  live:\n    type: \(type)\n    base_url: \(baseURL)\n    api_key_env: PG_LOAD_KEY\n",
            "testsets/t/cases.jsonl":
                #"{"id": "c1", "vars": {"text": "great"}, "expected": {"sentiment": "positive"}}"#,
            "testsets/t/schema.json": #"{"type": "object", "required": ["sentiment"]}"#,
            "prompts/p/v1.md": "---\ntestset: t\nmodel: m\nmax_tokens: 20\n---\n# user\n{{text}}\n",
        ])
    }
}
