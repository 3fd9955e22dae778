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
}
