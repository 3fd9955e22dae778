import Foundation
import PromptGate

/// The same chat requests sent straight through `CurlTransport` with `connections` in flight and
/// no pipeline: the ceiling the pipeline's efficiency is measured against.
enum TransportBaseline {
    static func run(base: String, cases: Int, connections: Int) async throws {
        let transport = CurlTransport(maxConnections: connections)
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            func launch() {
                guard next < cases else { return }
                let n = next
                next += 1
                group.addTask {
                    let body =
                        #"{"model":"bench-model","messages":[{"role":"user","content":"case=b\#(n) hello"}],"max_tokens":200}"#
                    let response = try await transport.send(
                        HTTPRequest(
                            method: "POST", url: base + "/chat/completions",
                            headers: ["Content-Type": "application/json", "Authorization": "Bearer bench-key"],
                            body: Array(body.utf8), totalTimeout: 30))
                    guard response.status == 200 else {
                        throw BenchError("baseline request failed with \(response.status)")
                    }
                }
            }
            for _ in 0..<connections { launch() }
            while try await group.next() != nil { launch() }
        }
    }
}
