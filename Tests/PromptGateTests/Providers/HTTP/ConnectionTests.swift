import Foundation
import Testing

@testable import PromptGate
@testable import PromptGateTestSupport

@Suite("Connection reuse, concurrency and cancellation")
struct ConnectionTests {
    @Test("20 sequential requests reuse keep-alive connections")
    func keepAlive() async throws {
        let server = try TestHelpers.server { request in .text("ok \(request.index)") }
        defer { server.stop() }
        let transport = CurlTransport()
        for i in 0..<20 {
            let response = try await transport.send(HTTPRequest(url: server.url("/seq/\(i)")))
            #expect(response.status == 200)
            #expect(response.body == Array("ok \(i)".utf8))
        }
        let log = server.requests
        #expect(log.count == 20)
        #expect(server.acceptedConnections < 20)
        #expect(Set(log.map(\.connectionID)).count == 1)
        #expect(log.map(\.path) == (0..<20).map { "/seq/\($0)" })
    }

    @Test("32 requests delayed 0.2 s each run in parallel with maxConnections 32")
    func concurrency() async throws {
        let server = try TestHelpers.server { request in .text(request.path, delay: 0.2) }
        defer { server.stop() }
        let transport = CurlTransport(maxConnections: 32)
        let (bodies, seconds) = try await TestHelpers.elapsed {
            try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
                for i in 0..<32 {
                    group.addTask {
                        let response = try await transport.send(HTTPRequest(url: server.url("/c/\(i)")))
                        return (i, response.body)
                    }
                }
                var bodies: [Int: [UInt8]] = [:]
                for try await (i, body) in group { bodies[i] = body }
                return bodies
            }
        }
        #expect(bodies.count == 32)
        for (i, body) in bodies { #expect(body == Array("/c/\(i)".utf8)) }
        #expect(seconds < 1.5, "32 × 0.2 s took \(seconds) s")
        #expect(server.requests.count == 32)
    }

    @Test("maxConnections bounds parallelism: 4 connections, 8 × 0.2 s ⇒ at least two waves")
    func connectionLimit() async throws {
        let server = try TestHelpers.server { _ in .text("x", delay: 0.2) }
        defer { server.stop() }
        let transport = CurlTransport(maxConnections: 4)
        let (_, seconds) = try await TestHelpers.elapsed {
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 { group.addTask { try await transport.send(HTTPRequest(url: server.url("/"))).status } }
                for try await status in group { #expect(status == 200) }
            }
        }
        #expect(seconds >= 0.38)
        #expect(server.acceptedConnections <= 4)
    }

    @Test("Cancelling the calling task abandons a hanging request promptly")
    func cancellation() async throws {
        let server = try TestHelpers.server { _ in .hang(seconds: 5) }
        defer { server.stop() }
        let transport = CurlTransport()
        let task = Task { try await transport.send(HTTPRequest(url: server.url("/slow"), totalTimeout: 10)) }
        try await Task.sleep(nanoseconds: 200_000_000)
        let (error, seconds) = await TestHelpers.elapsed {
            task.cancel()
            return await TestHelpers.error { try await task.value }
        }
        #expect(error is CancellationError)
        #expect(seconds < 1)
        // The transport keeps working afterwards.
        let late = await TestHelpers.error {
            try await transport.send(HTTPRequest(url: server.url("/"), totalTimeout: 0.3))
        }
        #expect(late as? TransportError == .timedOut)
    }

    @Test("An already-cancelled task never sends")
    func cancelledBeforeSend() async throws {
        let server = try TestHelpers.server { _ in .text("x") }
        defer { server.stop() }
        let transport = CurlTransport()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await transport.send(HTTPRequest(url: server.url("/")))
        }
        let error = await TestHelpers.error { try await task.value }
        #expect(error is CancellationError)
        #expect(server.requests.isEmpty)
    }
}
