import Dispatch
import Foundation
import PromptGate

#if canImport(Glibc)
import Glibc
#endif

/// Errors from setting up the test server's listening socket.
public struct TestServerError: Error, Sendable, CustomStringConvertible {
    /// The failing system call.
    public let operation: String
    /// The errno it left.
    public let code: Int32

    /// "bind failed: Address already in use (errno 98)".
    public var description: String { "\(operation) failed: \(String(cString: strerror(code))) (errno \(code))" }
}

/// The test server's machinery, kept apart from `TestHTTPServer` so that threads never keep the
/// public object alive (its deinit stops the server). Every mutable field lives in `state`.
final class ServerCore: Sendable {
    private struct State {
        var requests: [RecordedRequest] = []
        var live: [Int: Int32] = [:]
        var acceptedConnections = 0
        var started = false
        var stopped = false
    }

    let handler: @Sendable (RecordedRequest) -> ScriptedResponse
    let port: Int
    private let listenFD: Int32
    private let stopRead: Int32
    private let stopWrite: Int32
    private let threads = DispatchGroup()
    private let state = Locked(State())

    /// Binds 127.0.0.1 on an ephemeral port and starts listening (connections queue until `start()`).
    init(handler: @escaping @Sendable (RecordedRequest) -> ScriptedResponse) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw TestServerError(operation: "socket", code: errno) }
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && listen(fd, 512) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else {
            let code = errno
            close(fd)
            throw TestServerError(operation: "bind/listen", code: code)
        }
        var pipeFDs: [Int32] = [-1, -1]
        guard pipe(&pipeFDs) == 0 else {
            let code = errno
            close(fd)
            throw TestServerError(operation: "pipe2", code: code)
        }
        for pipeFD in pipeFDs { _ = fcntl(pipeFD, F_SETFD, FD_CLOEXEC) }
        self.listenFD = fd
        self.stopRead = pipeFDs[0]
        self.stopWrite = pipeFDs[1]
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Starts the accept thread; calling it twice (or after stop) does nothing.
    func start() {
        let go = state.withLock { s -> Bool in
            guard !s.started, !s.stopped else { return false }
            s.started = true
            return true
        }
        guard go else { return }
        threads.enter()
        let thread = Thread { [self] in
            acceptLoop()
            threads.leave()
        }
        thread.name = "testserver-accept"
        thread.start()
    }

    /// Stops accepting, aborts live connections, waits (up to 10 s) for every server thread, closes sockets.
    func stop() {
        let first = state.withLock { s -> Bool in
            guard !s.stopped else { return false }
            s.stopped = true
            for fd in s.live.values { _ = shutdown(fd, Int32(SHUT_RDWR)) }
            return true
        }
        guard first else { return }
        close(stopWrite)  // every poll() in the server watches the read end and wakes now
        if threads.wait(timeout: .now() + 10) == .success {
            close(listenFD)
            close(stopRead)
        }
    }

    /// Numbers and stores a request in arrival order; returns what the handler will see.
    func record(_ parsed: ParsedRequest, connectionID: Int) -> RecordedRequest {
        state.withLock { s in
            let request = RecordedRequest(
                method: parsed.method, path: parsed.target, version: parsed.version,
                headers: RecordedHeaders(parsed.headers), body: parsed.body, receivedAt: Date(),
                monotonicTime: monotonicSeconds(), index: s.requests.count, connectionID: connectionID)
            s.requests.append(request)
            return request
        }
    }

    /// A copy of the request log.
    var requests: [RecordedRequest] { state.withLock { $0.requests } }

    /// How many TCP connections have been accepted so far.
    var acceptedConnections: Int { state.withLock { $0.acceptedConnections } }

    private func acceptLoop() {
        var fds = [
            pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: stopRead, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            fds[0].revents = 0
            fds[1].revents = 0
            if poll(&fds, 2, -1) < 0 {
                if errno == EINTR { continue }
                return
            }
            if fds[1].revents != 0 { return }
            let fd = accept(listenFD, nil, nil)
            if fd < 0 {
                switch errno {
                case EINTR, EAGAIN, ECONNABORTED: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM: usleep(10_000); continue
                default: return
                }
            }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            var one: Int32 = 1
            _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let id = state.withLock { s -> Int? in
                guard !s.stopped else { return nil }
                s.acceptedConnections += 1
                s.live[s.acceptedConnections] = fd
                return s.acceptedConnections
            }
            guard let id else {
                close(fd)
                return
            }
            threads.enter()
            let thread = Thread { [self] in
                ServerConnection(io: SocketIO(fd: fd, stopFD: stopRead), connectionID: id, core: self).run()
                state.withLock { _ = $0.live.removeValue(forKey: id) }  // before close: stop() never sees a reused fd
                close(fd)
                threads.leave()
            }
            thread.name = "testserver-conn-\(id)"
            thread.start()
        }
    }
}
