import Foundation
import Testing

@testable import PromptGate
@testable import PromptGateTestSupport

@Suite("A server cannot make us hold more than the transfer limits")
struct ResponseLimitTests {
    static let limits = TransferLimits(maxResponseBytes: 1 << 20, maxHeaderBytes: 16 << 10)

    @Test("A declared body over the cap fails as responseTooLarge")
    func declaredBodyOverTheCap() async throws {
        let server = try TestHelpers.server { _ in .respond(status: 200, body: Array(repeating: 65, count: 3 << 20)) }
        defer { server.stop() }
        let error = await TestHelpers.error {
            try await CurlTransport(limits: Self.limits).send(HTTPRequest(url: server.url("/big")))
        }
        #expect(error as? TransportError == .responseTooLarge(part: "body", limit: 1 << 20))
    }

    @Test("A chunked body (no declared length) over the cap is cut off at the cap")
    func chunkedBodyOverTheCap() async throws {
        let chunk = Array(repeating: UInt8(66), count: 64 << 10)
        var body: [UInt8] = []
        for _ in 0..<48 { body += Array(String(chunk.count, radix: 16).utf8) + [13, 10] + chunk + [13, 10] }
        body += Array("0\r\n\r\n".utf8)
        let wire = body
        let server = try TestHelpers.server { _ in
            .respond(status: 200, headers: [("Transfer-Encoding", "chunked")], body: wire)
        }
        defer { server.stop() }
        let error = await TestHelpers.error {
            try await CurlTransport(limits: Self.limits).send(HTTPRequest(url: server.url("/chunked")))
        }
        #expect(error as? TransportError == .responseTooLarge(part: "body", limit: 1 << 20))
    }

    @Test("Headers over the cap fail as responseTooLarge")
    func headersOverTheCap() async throws {
        let pad = String(repeating: "x", count: 1000)
        let headers = (0..<40).map { ("X-Pad-\($0)", pad) }
        let server = try TestHelpers.server { _ in .respond(status: 200, headers: headers, body: Array("ok".utf8)) }
        defer { server.stop() }
        let error = await TestHelpers.error {
            try await CurlTransport(limits: Self.limits).send(HTTPRequest(url: server.url("/h")))
        }
        #expect(error as? TransportError == .responseTooLarge(part: "headers", limit: 16 << 10))
    }

    @Test("A body exactly at the cap is delivered whole")
    func bodyAtTheCap() async throws {
        let server = try TestHelpers.server { _ in .respond(status: 200, body: Array(repeating: 67, count: 1 << 20)) }
        defer { server.stop() }
        let response = try await CurlTransport(limits: Self.limits).send(HTTPRequest(url: server.url("/exact")))
        #expect(response.body.count == 1 << 20)
    }

    @Test("Only http and https URLs are fetched")
    func otherSchemesAreRefused() async throws {
        let error = await TestHelpers.error { try await CurlTransport().send(HTTPRequest(url: "file:///etc/hostname")) }
        #expect(error as? TransportError == .invalidURL)
    }
}
