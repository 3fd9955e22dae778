import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The byte exchange with one running child on a plain thread: feeds stdin, reads stdout and
/// stderr as they come (so a chatty child never blocks on a full pipe), watches the clock and the
/// cancellation flag, and stops when the child itself exits.
struct ChildExchange {
    let child: ChildProcess
    let input: [UInt8]
    let maxOutput: Int
    let stderrTail: Int
    private var sent = 0
    private var stdinOpen = true, stdoutOpen = true, stderrOpen = true
    private var stdout: [UInt8] = [], stderr: [UInt8] = []
    private var overflowed = false

    init(child: ChildProcess, input: [UInt8], maxOutput: Int, stderrTail: Int) {
        self.child = child
        self.input = input
        self.maxOutput = max(1, maxOutput)
        self.stderrTail = stderrTail
    }

    /// Runs until the child exits (outcome), the timeout passes, the output cap is hit or
    /// `isCancelled` turns true (failures; the process group is stopped first).
    mutating func run(timeout: Double, isCancelled: () -> Bool) -> Result<ProcessRun.Outcome, ProcessRun.Failure> {
        defer { closeAll() }
        let seconds = timeout.isFinite ? min(max(timeout, 0), 1e6) : 1e6
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        if input.isEmpty { closeStdin() }
        while true {
            if let status = child.exitStatus() {
                drain()
                if overflowed { return .failure(.outputTooLarge(maxOutput)) }
                let signal = status & 0x7F
                return .success(
                    ProcessRun.Outcome(
                        exitCode: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
                        stdout: stdout, stderr: stderr))
            }
            if overflowed {
                child.terminateGroup(grace: 1)
                return .failure(.outputTooLarge(maxOutput))
            }
            if isCancelled() {
                child.terminateGroup(grace: 1)
                return .failure(.cancelled)
            }
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= deadline {
                child.terminateGroup(grace: 1)
                return .failure(.timedOut(timeout))
            }
            let left = Int32(min((deadline - now) / 1_000_000 + 1, 50))
            pollOnce(timeoutMs: stdoutOpen || stderrOpen || stdinOpen ? left : 2)
        }
    }

    private mutating func pollOnce(timeoutMs: Int32) {
        var fds: [pollfd] = []
        if stdinOpen { fds.append(pollfd(fd: child.stdin, events: Int16(POLLOUT), revents: 0)) }
        if stdoutOpen { fds.append(pollfd(fd: child.stdout, events: Int16(POLLIN), revents: 0)) }
        if stderrOpen { fds.append(pollfd(fd: child.stderr, events: Int16(POLLIN), revents: 0)) }
        guard !fds.isEmpty else {
            usleep(UInt32(timeoutMs) * 1000)
            return
        }
        guard poll(&fds, nfds_t(fds.count), timeoutMs) > 0 else { return }
        for entry in fds where entry.revents != 0 {
            if entry.fd == child.stdin { feed() } else { read(entry.fd) }
        }
    }

    private mutating func feed() {
        input.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while sent < raw.count {
                let n = write(child.stdin, base + sent, raw.count - sent)
                if n > 0 { sent += n; continue }
                if n < 0 && (errno == EAGAIN || errno == EINTR) { return }
                sent = raw.count  // EPIPE: the child does not read; stop feeding
            }
        }
        if sent >= input.count { closeStdin() }
    }

    /// Reads what is there now (at most 1 MiB, so an endless writer never starves the clock);
    /// marks the pipe closed at end of file.
    private mutating func read(_ fd: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        for _ in 0..<16 {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                append(buffer[0..<n], from: fd)
                if overflowed { return }
                continue
            }
            if n < 0 && errno == EINTR { continue }
            if n == 0 || (n < 0 && errno != EAGAIN) {
                if fd == child.stdout { stdoutOpen = false } else { stderrOpen = false }
            }
            return
        }
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>, from fd: Int32) {
        if fd == child.stdout {
            guard bytes.count <= maxOutput - stdout.count else {
                overflowed = true
                return
            }
            stdout += bytes
        } else {
            stderr += bytes
            if stderr.count > 2 * stderrTail { stderr.removeFirst(stderr.count - stderrTail) }
        }
    }

    /// After the child exited: whatever is already in the pipes, without waiting for descendants
    /// that may hold them open.
    private mutating func drain() {
        if stdoutOpen { read(child.stdout) }
        if stderrOpen { read(child.stderr) }
        if stderr.count > stderrTail { stderr.removeFirst(stderr.count - stderrTail) }
    }

    private mutating func closeStdin() {
        guard stdinOpen else { return }
        close(child.stdin)
        stdinOpen = false
    }

    private mutating func closeAll() {
        closeStdin()
        close(child.stdout)
        close(child.stderr)
    }
}
