import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes to standard error that never trap: a full disk (`2>/dev/full`), a closed descriptor or
/// a reader that went away loses the text, never the run (FileHandle.write traps on such errors).
enum StandardStream {
    /// Writes `text` to standard error, ignoring any failure.
    static func error(_ text: String) {
        var bytes = Array(text.utf8)
        var sent = 0
        bytes.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            while sent < raw.count {
                let n = write(STDERR_FILENO, base + sent, raw.count - sent)
                if n > 0 { sent += n } else if n < 0 && errno == EINTR { continue } else { return }
            }
        }
    }

    /// A closed pipe on stdout or stderr (`| head -1`) becomes a failed write instead of SIGPIPE.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// A parent may start us with SIGINT/SIGTERM/SIGHUP blocked; unblocked before any thread
    /// starts, so the run can be interrupted and nothing we spawn inherits the block.
    static func unblockStopSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
