import Dispatch
import Foundation
import PromptGate

#if canImport(Glibc)
import Glibc
#endif

/// SIGINT and SIGTERM during `run`: the first interrupts the run (it stops admitting calls,
/// stores what finished, is marked `interrupted`, writes a partial report and exits 3); a second
/// one exits 3 at once.
final class SignalWatch {
    private let sources: [any DispatchSourceSignal]

    /// Starts watching; keep the returned value alive for as long as the run lasts.
    init(interruption: RunInterruption) {
        let count = Locked(0)
        sources = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")].map { signalNumber, name in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                let seen = count.withLock { value -> Int in
                    value += 1
                    return value
                }
                guard seen == 1 else {
                    StandardStream.error(
                        "\n\(name) again: stopping at once; the run stays `running` and is finished by the next `promptgate run`\n"
                    )
                    _exit(ExitStatus.incomplete.rawValue)
                }
                StandardStream.error(
                    "\n\(name): finishing the calls in flight (up to \(Int(interruption.grace)) s), storing the results and writing a partial report; send it again to stop at once\n"
                )
                interruption.interrupt("interrupted by \(name)")
            }
            source.resume()
            return source
        }
    }

    deinit {
        sources.forEach { $0.cancel() }
    }
}
