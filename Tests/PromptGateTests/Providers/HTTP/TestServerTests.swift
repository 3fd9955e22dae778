import Foundation
import Testing

@testable import PromptGateTestSupport

@Suite("TestHTTPServer on its own (raw sockets)")
struct TestServerTests {
    @Test("Malformed requests get 400 and a close; the server keeps serving")
    func malformed() async throws {
        let server = try TestHelpers.server { _ in .text("fine") }
        defer { server.stop() }
        let garbage = [
            "NOT A REQUEST\r\n\r\n",
            "GET /\r\n\r\n",
            "GET / HTTP/1.1\r\nBad Header\r\n\r\n",
            "GET / HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
            "POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
            "G(T / HTTP/1.1\r\n\r\n",
        ]
        for text in garbage {
            let reply = await RawClient.text(port: server.port, text)
            #expect(reply.hasPrefix("HTTP/1.1 400"), "for \(text.debugDescription)")
        }
        let binary = await RawClient.exchange(port: server.port, [0, 255, 13, 10, 13, 10, 200]) ?? []
        #expect(String(decoding: binary, as: UTF8.self).hasPrefix("HTTP/1.1 400"))
        #expect(await RawClient.text(port: server.port, "GET / HTTP/2.0\r\n\r\n").hasPrefix("HTTP/1.1 505"))
        let ok = await RawClient.text(port: server.port, "GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        #expect(ok.hasPrefix("HTTP/1.1 200"))
        #expect(ok.hasSuffix("fine"))
        #expect(server.requests.count == 1)
    }

    @Test("Chunked request bodies and bare-LF heads are parsed")
    func chunkedAndBareLF() async throws {
        let server = try TestHelpers.server { request in .respond(status: 200, body: request.body) }
        defer { server.stop() }
        let chunked =
            "POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nTrailer: x\r\n\r\n"
        #expect(await RawClient.text(port: server.port, chunked).hasSuffix("hello world"))
        #expect(await RawClient.text(port: server.port, "GET /lf HTTP/1.0\n\n").hasPrefix("HTTP/1.1 200"))
        let log = server.requests
        #expect(log.map(\.body) == [Array("hello world".utf8), []])
        #expect(log.map(\.path) == ["/c", "/lf"])
    }

    @Test("Expect: 100-continue gets an interim 100 before the body is sent")
    func expectContinue() async throws {
        let server = try TestHelpers.server { request in .respond(status: 201, body: request.body) }
        defer { server.stop() }
        let port = server.port
        let (interim, final) = await TestHelpers.offPool { () -> (String, String) in
            guard let connection = RawConnection(port: port, timeout: 2) else { return ("", "") }
            _ = connection.send("PUT /e HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")
            let interim = connection.receiveSome()
            _ = connection.send("hi")
            return (interim, connection.receiveSome())
        }
        #expect(interim == "HTTP/1.1 100 Continue\r\n\r\n")
        #expect(final.hasPrefix("HTTP/1.1 201"))
        #expect(final.hasSuffix("hi"))
    }

    @Test("Scripted sequences play in order and repeat the last entry")
    func sequence() async throws {
        let server = try TestHTTPServer(responses: [.text("one", status: 503), .text("two")])
        try server.start()
        defer { server.stop() }
        let request = "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"
        #expect(await RawClient.text(port: server.port, request).hasPrefix("HTTP/1.1 503"))
        #expect(await RawClient.text(port: server.port, request).hasSuffix("two"))
        #expect(await RawClient.text(port: server.port, request).hasSuffix("two"))
    }

    @Test("stop() returns promptly even with hanging and delayed connections, and refuses new ones")
    func stopIsClean() async throws {
        let server = try TestHelpers.server { request in
            request.path == "/hang" ? .hang(seconds: 30) : .text("late", delay: 30)
        }
        let port = server.port
        let clients = Task {
            await withTaskGroup(of: [UInt8]?.self) { group in
                for path in ["/hang", "/delay", "/hang"] {
                    group.addTask {
                        await RawClient.exchange(port: port, Array("GET \(path) HTTP/1.1\r\n\r\n".utf8), timeout: 10)
                    }
                }
                var replies: [[UInt8]?] = []
                for await reply in group { replies.append(reply) }
                return replies
            }
        }
        let deadline = Date().addingTimeInterval(3)
        while server.requests.count < 3 && Date() < deadline { try await Task.sleep(nanoseconds: 10_000_000) }
        #expect(server.requests.count == 3)
        let (_, stopSeconds) = await TestHelpers.elapsed { await TestHelpers.offPool { server.stop() } }
        #expect(stopSeconds < 2)
        let (replies, clientSeconds) = await TestHelpers.elapsed { await clients.value }
        #expect(clientSeconds < 2)
        #expect(replies.allSatisfy { $0 == [] })
        #expect(await RawClient.exchange(port: port, Array("GET / HTTP/1.1\r\n\r\n".utf8), timeout: 1) == nil)
    }

    @Test("Requests record arrival order, connection ids and monotonic times")
    func recording() async throws {
        let server = try TestHelpers.server { _ in .text("x") }
        defer { server.stop() }
        let twoOnOne = "GET /a HTTP/1.1\r\nX-N: 1\r\n\r\nGET /b HTTP/1.1\r\nx-n: 2\r\nConnection: close\r\n\r\n"
        _ = await RawClient.text(port: server.port, twoOnOne)
        _ = await RawClient.text(port: server.port, "GET /c HTTP/1.1\r\nConnection: close\r\n\r\n")
        let log = server.requests
        #expect(log.map(\.path) == ["/a", "/b", "/c"])
        #expect(log.map(\.index) == [0, 1, 2])
        #expect(log[0].connectionID == log[1].connectionID)
        #expect(log[2].connectionID != log[0].connectionID)
        #expect(log[0].headers["x-n"] == "1" && log[1].headers["X-N"] == "2")
        #expect(log[0].monotonicTime <= log[1].monotonicTime)
        #expect(server.acceptedConnections == 2)
    }
}
