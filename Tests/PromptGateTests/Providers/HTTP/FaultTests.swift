import CCurl
import Foundation
import Testing

@testable import PromptGate
@testable import PromptGateTestSupport

@Suite("Transport faults map to typed TransportError cases")
struct FaultTests {
    @Test("A hanging server hits the total timeout: .timedOut in < 2 s")
    func totalTimeout() async throws {
        let server = try TestHelpers.server { _ in .hang(seconds: 5) }
        defer { server.stop() }
        let (error, seconds) = await TestHelpers.elapsed {
            await TestHelpers.error {
                try await CurlTransport().send(HTTPRequest(url: server.url("/hang"), totalTimeout: 0.5))
            }
        }
        #expect(error as? TransportError == .timedOut)
        #expect(seconds >= 0.45)
        #expect(seconds < 2)
    }

    @Test("A slow response beyond the total timeout also times out")
    func slowResponseTimesOut() async throws {
        let server = try TestHelpers.server { _ in .text("late", delay: 1.5) }
        defer { server.stop() }
        let error = await TestHelpers.error {
            try await CurlTransport().send(HTTPRequest(url: server.url("/"), totalTimeout: 0.3))
        }
        #expect(error as? TransportError == .timedOut)
    }

    @Test("RST in the middle of the body ⇒ .connectionReset")
    func resetMidBody() async throws {
        let server = try TestHelpers.server { _ in
            .resetMidBody(
                status: 200, headers: [("Content-Type", "text/plain")], partialBody: Array(repeating: 65, count: 1000))
        }
        defer { server.stop() }
        let error = await TestHelpers.error { try await CurlTransport().send(HTTPRequest(url: server.url("/rst"))) }
        #expect(error as? TransportError == .connectionReset)
    }

    @Test("FIN before the declared Content-Length ⇒ .truncatedBody")
    func truncated() async throws {
        let server = try TestHelpers.server { _ in
            .truncated(status: 200, body: Array("partial".utf8), declaredLength: 100)
        }
        defer { server.stop() }
        let error = await TestHelpers.error { try await CurlTransport().send(HTTPRequest(url: server.url("/t"))) }
        #expect(error as? TransportError == .truncatedBody)
    }

    @Test("Close without any response ⇒ .connectionReset")
    func closeWithoutResponse() async throws {
        let server = try TestHelpers.server { _ in .closeWithoutResponse }
        defer { server.stop() }
        let error = await TestHelpers.error { try await CurlTransport().send(HTTPRequest(url: server.url("/c"))) }
        #expect(error as? TransportError == .connectionReset)
        #expect(server.requests.count >= 1)
    }

    @Test("Connection refused on a closed port ⇒ .connectionFailed")
    func connectionRefused() async throws {
        let closed = try #require(ClosedPort())
        defer { closed.close() }
        let error = await TestHelpers.error {
            try await CurlTransport().send(HTTPRequest(url: "http://127.0.0.1:\(closed.port)/", connectTimeout: 2))
        }
        guard case .connectionFailed(let message)? = error as? TransportError else {
            Issue.record("expected .connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(!message.isEmpty)
    }

    @Test("https:// to a plain-HTTP server fails the TLS handshake ⇒ .tls")
    func tlsFailure() async throws {
        let server = try TestHelpers.server { _ in .text("plain") }
        defer { server.stop() }
        let error = await TestHelpers.error {
            try await CurlTransport().send(HTTPRequest(url: "https://127.0.0.1:\(server.port)/", totalTimeout: 5))
        }
        guard case .tls(let message)? = error as? TransportError else {
            Issue.record("expected .tls, got \(String(describing: error))")
            return
        }
        #expect(!message.isEmpty)
    }

    @Test("Malformed URLs and header injection are rejected before sending")
    func invalidRequests() async throws {
        let transport = CurlTransport()
        let badURL = await TestHelpers.error { try await transport.send(HTTPRequest(url: "ftp-nope://x")) }
        #expect(badURL as? TransportError == .invalidURL)
        let server = try TestHelpers.server { _ in .text("x") }
        defer { server.stop() }
        let injected = await TestHelpers.error {
            try await transport.send(HTTPRequest(url: server.url("/"), headers: ["X-A": "v\r\nX-Injected: 1"]))
        }
        guard case .invalidRequest? = injected as? TransportError else {
            Issue.record("expected .invalidRequest, got \(String(describing: injected))")
            return
        }
        #expect(server.requests.isEmpty)
    }

    @Test("Error descriptions never contain the Authorization header value")
    func secretsNeverLeak() async throws {
        let secret = "sk-live-TOPSECRET-0123456789"
        let headers: HTTPHeaders = ["Authorization": "Bearer \(secret)", "X-Api-Key": secret]
        let closed = try #require(ClosedPort())
        defer { closed.close() }
        let server = try TestHelpers.server { request in
            switch request.path {
            case "/hang": return .hang(seconds: 3)
            case "/rst": return .resetMidBody(status: 200, partialBody: [1, 2, 3])
            case "/trunc": return .truncated(status: 200, body: [1], declaredLength: 9)
            default: return .closeWithoutResponse
            }
        }
        defer { server.stop() }
        let transport = CurlTransport()
        let requests = [
            HTTPRequest(url: "http://127.0.0.1:\(closed.port)/", headers: headers),
            HTTPRequest(url: server.url("/hang"), headers: headers, totalTimeout: 0.3),
            HTTPRequest(url: server.url("/rst"), headers: headers),
            HTTPRequest(url: server.url("/trunc"), headers: headers),
            HTTPRequest(url: server.url("/close"), headers: headers),
            HTTPRequest(url: server.url("/"), headers: headers + ["X-Bad": "a\nb"]),
            HTTPRequest(url: "http://[::1", headers: headers),
        ]
        for request in requests {
            let error = await TestHelpers.error { try await transport.send(request) }
            let thrown = try #require(error)
            for text in [
                String(describing: thrown), String(reflecting: thrown), thrown.localizedDescription, "\(thrown)",
            ] {
                #expect(!text.contains(secret), "leaked in: \(text)")
                #expect(!text.contains("TOPSECRET"))
            }
        }
        // The server really did receive the header, so the check above is meaningful.
        #expect(server.requests.contains { $0.headers["authorization"] == "Bearer \(secret)" })
    }

    @Test("Message scrubbing removes request header values that appear in libcurl text")
    func scrubbing() {
        let secret = "sk-live-TOPSECRET-0123456789"
        let mapped = CurlErrorMapping.error(
            for: CURLE_COULDNT_CONNECT, detail: "failed near \(secret) and Bearer \(secret)",
            secrets: ["Bearer \(secret)", secret, "ab"])
        guard case .connectionFailed(let message) = mapped else {
            Issue.record("expected .connectionFailed, got \(mapped)")
            return
        }
        #expect(!message.contains("TOPSECRET"))
        #expect(message.contains("[redacted]"))
        #expect(CurlErrorMapping.error(for: CURLE_OPERATION_TIMEDOUT, detail: "", secrets: []) == .timedOut)
        #expect(CurlErrorMapping.error(for: CURLE_PARTIAL_FILE, detail: "", secrets: []) == .truncatedBody)
        #expect(CurlErrorMapping.error(for: CURLE_GOT_NOTHING, detail: "", secrets: []) == .connectionReset)
        if case .tls = CurlErrorMapping.error(for: CURLE_PEER_FAILED_VERIFICATION, detail: "", secrets: []) {
        } else {
            Issue.record("SSL errors must map to .tls")
        }
        #expect(TransportError.timedOut.isTransient)
        #expect(!TransportError.invalidURL.isTransient)
    }
}

extension HTTPHeaders {
    /// Concatenation, for tests.
    static func + (lhs: HTTPHeaders, rhs: HTTPHeaders) -> HTTPHeaders {
        HTTPHeaders(lhs.fields + rhs.fields)
    }
}
