import Foundation

@testable import PromptGateTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Small utilities shared by the transport and server tests.
enum TestHelpers {
    /// Starts a server with `handler`; the caller must `stop()` it.
    static func server(_ handler: @escaping @Sendable (RecordedRequest) -> ScriptedResponse) throws -> TestHTTPServer {
        let server = try TestHTTPServer(handler: handler)
        try server.start()
        return server
    }

    /// Seconds elapsed while running `body`.
    static func elapsed<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try await body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Runs blocking `body` on a fresh thread so it never occupies a Swift concurrency pool thread
    /// (the pool has only as many threads as cores, and timing tests share it).
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }

    /// Runs `body` and returns the error it threw (nil if it did not throw).
    static func error<T>(_ body: () async throws -> T) async -> (any Error)? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error
        }
    }
}

/// A 127.0.0.1 port bound but not listening, so connecting to it is refused; close() releases it.
final class ClosedPort {
    let port: Int
    private let fd: Int32

    init?() {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard ok else {
            Glibc.close(fd)
            return nil
        }
        self.fd = fd
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { Glibc.close(fd) }
}

/// A blocking raw TCP connection for hand-written (including malformed) requests; use it off the pool.
final class RawConnection {
    private let fd: Int32

    /// Connects to 127.0.0.1:`port` with a receive timeout; nil when the connection is refused.
    init?(port: Int, timeout: Double) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1e6))
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else {
            Glibc.close(fd)
            return nil
        }
        self.fd = fd
    }

    deinit { Glibc.close(fd) }

    /// Sends all of `text`.
    func send(_ text: String) -> Bool {
        send(Array(text.utf8))
    }

    /// Sends all of `bytes`.
    func send(_ bytes: [UInt8]) -> Bool {
        let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        return sent == bytes.count
    }

    /// One recv() worth of text ("" on EOF or timeout).
    func receiveSome() -> String {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return n > 0 ? String(decoding: chunk[0..<n], as: UTF8.self) : ""
    }

    /// Everything until the peer closes or the timeout passes.
    func receiveAll() -> [UInt8] {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            received += chunk[0..<n]
        }
        return received
    }
}

/// One-shot raw exchanges, run off the concurrency pool.
enum RawClient {
    /// Sends `bytes` to 127.0.0.1:`port`, then reads until the server closes or `timeout` passes; nil if refused.
    static func exchange(port: Int, _ bytes: [UInt8], timeout: Double = 2) async -> [UInt8]? {
        await TestHelpers.offPool {
            guard let connection = RawConnection(port: port, timeout: timeout) else { return nil }
            guard connection.send(bytes) else { return nil }
            return connection.receiveAll()
        }
    }

    /// The response text, for prefix checks.
    static func text(port: Int, _ request: String, timeout: Double = 2) async -> String {
        String(decoding: await exchange(port: port, Array(request.utf8), timeout: timeout) ?? [], as: UTF8.self)
    }
}
