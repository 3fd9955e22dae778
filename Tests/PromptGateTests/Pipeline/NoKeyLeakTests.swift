import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    @Suite struct NoKeyLeakTests {
        /// Every byte of every file under `folder` (the database with its WAL, reports).
        static func bytes(under folder: URL) -> [(String, Data)] {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
                return []
            }
            return walker.compactMap { item in
                guard let url = item as? URL, let data = FileManager.default.contents(atPath: url.path) else {
                    return nil
                }
                return (url.lastPathComponent, data)
            }
        }

        @Test(arguments: ["openai", "anthropic"])
        func theKeyAppearsNowhereInTheDatabaseReportsOrLogs(type: String) async throws {
            let server = try FakeLLMServer { request in
                switch request.caseKey {
                case "c1": return .unauthorized(echo: ProviderFixtures.key)
                case "c2":
                    return request.attempt == 1 ? .rateLimited(retryAfter: "0") : .content(LiveProject.goodAnswer("c2"))
                case "c3":
                    return request.attempt == 1
                        ? .serverError(status: 500)
                        : .content("key? \(ProviderFixtures.key) {\"sentiment\": \"positive\"}")
                default: return .content(LiveProject.goodAnswer(request.caseKey ?? ""))
                }
            }
            defer { server.stop() }
            let base = type == "openai" ? server.openAIBaseURL : server.anthropicBaseURL
            let project = try LiveProject.make(
                base: base, type: type, keyEnv: "PG_LEAK_KEY", cases: 4, extra: "retry:\n  base_delay: 0.01\n")
            defer { project.remove() }
            let run = LiveRun(project: project, keyEnv: "PG_LEAK_KEY")
            let (outcome, store) = try await run.run()
            #expect(
                server.requests.allSatisfy {
                    ($0.headers["authorization"] ?? $0.headers["x-api-key"] ?? "").contains(ProviderFixtures.key)
                }, "the key must reach the server")
            let runID = try #require(outcome.run.id)
            let c1 = try #require(try store.results(runID: runID).first { $0.caseID == "c1" })
            #expect(c1.errorKind == "authentication" && c1.errorMessage?.contains(SecretRedactor.mask) == true)

            let needle = Data(ProviderFixtures.key.utf8)
            let files =
                Self.bytes(under: project.root.appendingPathComponent(".promptgate"))
                + Self.bytes(under: project.root.appendingPathComponent("reports"))
            #expect(files.contains { $0.0.hasSuffix(".sqlite") } && files.contains { $0.0.hasSuffix(".md") })
            #expect(
                files.contains { $0.1.range(of: Data("authentication".utf8)) != nil },
                "the scan must see the stored errors")
            for (name, data) in files {
                #expect(data.range(of: needle) == nil, "\(name) contains the API key")
            }
            #expect(!run.logLines.lines.isEmpty)
            for line in run.logLines.lines {
                #expect(!line.contains(ProviderFixtures.key), "log line leaks the key: \(line)")
            }
        }
    }
}
