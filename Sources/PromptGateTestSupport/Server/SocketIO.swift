import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Blocking socket helpers for one connection; every wait also watches the server's stop pipe.
struct SocketIO {
    /// The connected socket.
    let fd: Int32
    /// Read end of the server's stop pipe; it turns readable (EOF) when the server stops.
    let stopFD: Int32

    /// What ended a wait.
    enum Wake {
        case readable
        case stopped
        case timedOut
    }

    /// Waits until the socket is readable, the server stops, or `seconds` pass (nil = forever).
    func waitReadable(seconds: Double?) -> Wake {
        wait(watchSocket: true, seconds: seconds)
    }

    /// Sleeps `seconds`, returning false if the server stopped meanwhile.
    func sleep(seconds: Double) -> Bool {
        guard seconds > 0 else { return !stopRequested() }
        return wait(watchSocket: false, seconds: seconds) != .stopped
    }

    /// True once the stop pipe is readable.
    func stopRequested() -> Bool {
        var p = pollfd(fd: stopFD, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0
    }

    /// Receives into `scratch` and appends what arrived to `buffer`; returns the byte count, 0 at EOF, -1 on error.
    func read(into buffer: inout [UInt8], scratch: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = scratch.baseAddress else { return -1 }
        while true {
            let r = recv(fd, base, scratch.count, 0)
            if r < 0 && errno == EINTR { continue }
            if r > 0 { buffer.append(contentsOf: UnsafeRawBufferPointer(start: base, count: r)) }
            return r
        }
    }

    /// Sends every byte (MSG_NOSIGNAL, so a closed peer gives EPIPE rather than SIGPIPE); false on failure.
    @discardableResult
    func writeAll(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            var sent = 0
            while sent < raw.count {
                let r = send(fd, base + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if r < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                sent += r
            }
            return true
        }
    }

    /// Sends FIN after everything written so far.
    func shutdownWrite() {
        _ = Glibc.shutdown(fd, Int32(SHUT_WR))
    }

    /// Arms SO_LINGER {on, 0} so the coming close() sends RST instead of FIN.
    func armReset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
    }

    private func wait(watchSocket: Bool, seconds: Double?) -> Wake {
        let deadline = seconds.map { monotonicSeconds() + max(0, $0) }
        var fds = [pollfd(fd: stopFD, events: Int16(POLLIN), revents: 0)]
        if watchSocket { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        while true {
            var timeout: Int32 = -1
            if let deadline {
                let left = deadline - monotonicSeconds()
                if left <= 0 { return .timedOut }
                timeout = Int32(min((left * 1000).rounded(.up), 3_600_000))
            }
            for i in fds.indices { fds[i].revents = 0 }
            let r = poll(&fds, nfds_t(fds.count), timeout)
            if r < 0 {
                if errno == EINTR { continue }
                return .stopped
            }
            if fds[0].revents != 0 { return .stopped }
            if watchSocket, fds[1].revents != 0 { return .readable }
        }
    }
}
