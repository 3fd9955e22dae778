import Foundation
import Testing

@testable import PromptGate
@testable import PromptGateTestSupport

@Suite("Round trips through CurlTransport and the test server")
struct RoundTripTests {
    @Test("GET returns status, case-insensitive headers and exact body; the server logs the request")
    func getRoundTrip() async throws {
        let server = try TestHelpers.server { _ in
            .respond(
                status: 203,
                headers: [("X-Trace-ID", "abc123"), ("Retry-After", "7"), ("X-Multi", "a"), ("x-multi", "b")],
                body: Array("hello".utf8))
        }
        defer { server.stop() }
        let transport = CurlTransport()
        let response = try await transport.send(
            HTTPRequest(
                url: server.url("/v1/models?limit=2"), headers: ["Accept": "application/json", "X-Client": "pg"]))
        #expect(response.status == 203)
        #expect(response.body == Array("hello".utf8))
        #expect(response.headers["retry-after"] == "7")
        #expect(response.headers["RETRY-AFTER"] == "7")
        #expect(response.headers["x-trace-id"] == "abc123")
        #expect(response.headers.values(for: "X-MULTI") == ["a", "b"])
        #expect(response.headers["content-length"] == "5")
        #expect(response.httpVersion == "1.1")

        let log = server.requests
        try #require(log.count == 1)
        #expect(log[0].method == "GET")
        #expect(log[0].path == "/v1/models?limit=2")
        #expect(log[0].headers["x-client"] == "pg")
        #expect(log[0].headers["ACCEPT"] == "application/json")
        #expect(log[0].headers["expect"] == nil)
        #expect(log[0].body.isEmpty)
        #expect(log[0].index == 0)
    }

    @Test("POST sends every byte value and gets binary bodies back unchanged")
    func postRoundTrip() async throws {
        let server = try TestHelpers.server { request in
            .respond(
                status: 200, headers: [("Content-Type", "application/octet-stream")], body: request.body.reversed())
        }
        defer { server.stop() }
        let payload = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let response = try await CurlTransport().send(
            HTTPRequest(
                method: "POST", url: server.url("/echo"),
                headers: ["Content-Type": "application/octet-stream", "Authorization": "Bearer k"], body: payload))
        #expect(response.status == 200)
        #expect(response.body == payload.reversed())
        let log = server.requests
        try #require(log.count == 1)
        #expect(log[0].method == "POST")
        #expect(log[0].path == "/echo")
        #expect(log[0].body == payload)
        #expect(log[0].headers["content-type"] == "application/octet-stream")
        #expect(log[0].headers["authorization"] == "Bearer k")
        #expect(log[0].headers["content-length"] == "4096")
        #expect(log[0].headers["expect"] == nil)
    }

    @Test("Large (2 MiB) request and response bodies arrive intact")
    func largeBodies() async throws {
        let big = (0..<(2 << 20)).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let server = try TestHelpers.server { request in
            .respond(status: 200, body: request.body + [1, 2, 3])
        }
        defer { server.stop() }
        let response = try await CurlTransport().send(HTTPRequest(method: "POST", url: server.url("/big"), body: big))
        #expect(response.body.count == big.count + 3)
        #expect(response.body == big + [1, 2, 3])
        #expect(server.requests.first?.body == big)
    }

    @Test("PUT/DELETE/HEAD use the right method; POST without Content-Type gets no form default")
    func methods() async throws {
        let server = try TestHelpers.server { request in
            .respond(status: 200, headers: [("X-Method", request.method)], body: Array("body".utf8))
        }
        defer { server.stop() }
        let transport = CurlTransport()
        let put = try await transport.send(HTTPRequest(method: "PUT", url: server.url("/p"), body: [9, 8]))
        let delete = try await transport.send(HTTPRequest(method: "DELETE", url: server.url("/d")))
        let head = try await transport.send(HTTPRequest(method: "HEAD", url: server.url("/h")))
        let post = try await transport.send(HTTPRequest(method: "POST", url: server.url("/e")))
        #expect(put.headers["x-method"] == "PUT")
        #expect(delete.headers["x-method"] == "DELETE")
        #expect(head.headers["x-method"] == "HEAD")
        #expect(head.body.isEmpty)
        #expect(post.status == 200)
        let log = server.requests
        #expect(log.map(\.method) == ["PUT", "DELETE", "HEAD", "POST"])
        #expect(log[0].body == [9, 8])
        #expect(log[3].headers["content-type"] == nil)
        #expect(log[3].headers["content-length"] == "0")
    }

    @Test("Error statuses are responses, not errors; empty header values are sent")
    func errorStatusIsResponse() async throws {
        let server = try TestHelpers.server { _ in
            .json(#"{"error":"rate"}"#, status: 429, headers: [("Retry-After", "2")])
        }
        defer { server.stop() }
        let response = try await CurlTransport().send(HTTPRequest(url: server.url("/"), headers: ["X-Empty": ""]))
        #expect(response.status == 429)
        #expect(response.headers["retry-after"] == "2")
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"error":"rate"}"#)
        #expect(server.requests.first?.headers["x-empty"] == "")
    }
}
