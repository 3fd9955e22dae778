import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a child process with bytes on its standard input and collects its output, without
/// blocking the cooperative thread pool; a timeout terminates it (SIGTERM, then SIGKILL).
enum ProcessRun {
    /// What the child did.
    struct Outcome: Sendable {
        let exitCode: Int32
        let stdout: [UInt8]
        let stderr: [UInt8]
    }

    /// Why the child could not be run to completion.
    enum Failure: Error {
        case cannotStart(String)
        case timedOut(Double)
        case cancelled

        func providerError(provider: String) -> ProviderError {
            switch self {
            case .cannotStart(let why): return ProviderError(.configuration, "provider `\(provider)`: cannot start the command (\(why))")
            case .timedOut(let seconds): return ProviderError(.timeout, "provider `\(provider)`: the command did not finish within \(seconds) s and was stopped")
            case .cancelled: return ProviderError(.cancelled, "provider `\(provider)`: the call was cancelled")
            }
        }
    }

    static func run(executable: URL, arguments: [String], directory: URL, input: [UInt8], timeout: Double) async throws(Failure) -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .cannotStart("\(error.localizedDescription)")
        }
        // Everything blocking happens on one plain thread per call, never on the cooperative pool.
        let result: Result<Outcome, Failure> = await withCheckedContinuation { continuation in
            Thread {
                let out = Collector(stdout.fileHandleForReading), err = Collector(stderr.fileHandleForReading)
                input.withUnsafeBytes { raw in
                    if let base = raw.baseAddress, raw.count > 0 {
                        var sent = 0
                        let fd = stdin.fileHandleForWriting.fileDescriptor
                        while sent < raw.count {
                            let n = write(fd, base + sent, raw.count - sent)
                            if n <= 0 { break }
                            sent += n
                        }
                    }
                }
                try? stdin.fileHandleForWriting.close()
                if exited.wait(timeout: .now() + timeout) == .timedOut {
                    // Answer at once; the child (and, when it leads one, its process group) gets
                    // SIGTERM now and SIGKILL a second later if it is still there.
                    let pid = process.processIdentifier
                    signalTree(pid, SIGTERM)
                    continuation.resume(returning: .failure(.timedOut(timeout)))
                    if exited.wait(timeout: .now() + 1) == .timedOut { signalTree(pid, SIGKILL) }
                    return
                }
                continuation.resume(returning: .success(Outcome(exitCode: process.terminationStatus, stdout: out.wait(), stderr: err.wait())))
            }.start()
        }
        return try result.get()
    }

    /// Signals the child's process group when it leads one, else the child alone.
    static func signalTree(_ pid: Int32, _ signal: Int32) {
        if getpgid(pid) == pid, kill(-pid, signal) == 0 { return }
        _ = kill(pid, signal)
    }

    /// Reads a pipe to its end on its own thread, so a chatty child never blocks on a full pipe.
    final class Collector: @unchecked Sendable {
        private var data: [UInt8] = []
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread { [self] in
                data = [UInt8](handle.readDataToEndOfFile())
                done.signal()
            }.start()
        }

        /// Everything read, once the pipe closed.
        func wait() -> [UInt8] {
            done.wait()
            return data
        }
    }
}
