import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a child process with bytes on its standard input and collects its output, without
/// blocking the cooperative thread pool. The answer is read when the child exits, even if a
/// descendant still holds its pipes; a timeout, an output over the cap or a cancelled task stops
/// the child's whole process group (SIGTERM, then SIGKILL a second later).
enum ProcessRun {
    /// What the child did.
    struct Outcome: Sendable {
        /// The exit code, or nil when a signal ended the child.
        let exitCode: Int32?
        /// The signal that ended the child, if one did.
        let signal: Int32?
        let stdout: [UInt8]
        /// The last `stderrTail` bytes of standard error.
        let stderr: [UInt8]
    }

    /// Bytes of standard error kept (its end); the rest is read and dropped.
    static let stderrTail = 64 << 10

    /// Why the child could not be run to completion.
    enum Failure: Error {
        case cannotStart(String)
        case timedOut(Double)
        case cancelled
        case outputTooLarge(Int)

        func providerError(provider: String) -> ProviderError {
            switch self {
            case .cannotStart(let why):
                return ProviderError(.configuration, "provider `\(provider)`: cannot start the command (\(why))")
            case .timedOut(let seconds):
                return ProviderError(
                    .timeout, "provider `\(provider)`: the command did not finish within \(seconds) s and was stopped")
            case .cancelled: return ProviderError(.cancelled, "provider `\(provider)`: the call was cancelled")
            case .outputTooLarge(let limit):
                return ProviderError(
                    .invalidResponse,
                    "provider `\(provider)`: the command wrote more than \(limit) bytes to standard output and was stopped; raise `max_response_bytes` if that is expected"
                )
            }
        }
    }

    /// Runs the command; `maxOutput` caps standard output in bytes.
    static func run(
        executable: URL, arguments: [String], directory: URL, environment: [String: String],
        input: [UInt8], timeout: Double, maxOutput: Int
    ) async throws(Failure) -> Outcome {
        ignoreBrokenPipes
        let child: ChildProcess
        switch ChildProcess.spawn(
            executable: executable.path, arguments: arguments, directory: directory.path, environment: environment)
        {
        case .success(let started): child = started
        case .failure(let failure): throw failure
        }
        let cancelled = Locked(false)
        // Everything blocking happens on one plain thread per call, never on the cooperative pool.
        let result: Result<Outcome, Failure> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                Thread {
                    var exchange = ChildExchange(
                        child: child, input: input, maxOutput: maxOutput, stderrTail: stderrTail)
                    continuation.resume(returning: exchange.run(timeout: timeout) { cancelled.withLock { $0 } })
                }.start()
            }
        } onCancel: {
            cancelled.withLock { $0 = true }
        }
        return try result.get()
    }

    /// Writes to a child whose stdin closed must fail with EPIPE, not kill us with SIGPIPE.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()
}
