import Foundation
import PromptGate

/// Keeps a run's log lines on standard error readable in CI: off a terminal, at most one line per
/// second per kind (the word before the first colon: `retry`, `fallback`, `concurrency`), the
/// lines held back counted on the next one printed and in `finish()`. `stop:` lines always print.
/// On a terminal every line prints.
final class LogThrottle: Sendable {
    private struct Kind {
        var lastPrinted = -Double.infinity
        var held = 0
    }

    private let throttled: Bool
    private let interval: Double
    private let kinds = Locked([String: Kind]())
    private let write: @Sendable (String) -> Void

    init(
        throttled: Bool = isatty(STDERR_FILENO) != 1, interval: Double = 1,
        write: @escaping @Sendable (String) -> Void = { Console.error($0) }
    ) {
        self.throttled = throttled
        self.interval = interval
        self.write = write
    }

    /// Prints `line` now, or counts it for later.
    func log(_ line: String) {
        let kind = line.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        guard throttled, kind != "stop" else { return write(line) }
        let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        let printed: String? = kinds.withLock { kinds in
            var state = kinds[kind] ?? Kind()
            defer { kinds[kind] = state }
            guard now - state.lastPrinted >= interval else {
                state.held += 1
                return nil
            }
            state.lastPrinted = now
            let held = state.held
            state.held = 0
            return held == 0 ? line : "\(line) (+\(held) more \(kind) line\(held == 1 ? "" : "s") held back)"
        }
        if let printed { write(printed) }
    }

    /// Prints how many lines of each kind were held back since the last printed one.
    func finish() {
        let held = kinds.withLock { kinds -> [(String, Int)] in
            defer { for key in kinds.keys { kinds[key]?.held = 0 } }
            return kinds.filter { $0.value.held > 0 }.map { ($0.key, $0.value.held) }.sorted { $0.0 < $1.0 }
        }
        for (kind, count) in held {
            write("\(kind): \(count) more line\(count == 1 ? "" : "s") held back (at most one a second off a terminal)")
        }
    }
}
