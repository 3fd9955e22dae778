import Foundation
import PromptGate

/// Shows a run's progress on standard error: a redrawn bar on a terminal, plain lines (every 10%)
/// in CI logs. Colour only on a terminal, and never when NO_COLOR is set.
final class ProgressDisplay: @unchecked Sendable {
    // Mutable state is touched only from the run's serial result callback.
    private let isTTY: Bool
    private let useColor: Bool
    private var lastDecile = -1
    private var lastDone = 0

    init() {
        isTTY = isatty(STDERR_FILENO) == 1
        useColor =
            isTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    func update(_ p: RunProgress) {
        // A command may run several versions in turn: a count going back starts a new bar.
        if p.done < lastDone { lastDecile = -1 }
        lastDone = p.done
        let eta = p.eta.map { String(format: "%.0fs", $0) } ?? "–"
        let counts =
            "\(p.done)/\(p.total) cases · \(p.failed) failed · \(p.errors) errors · $\(String(format: "%.4f", p.costUSD)) · ETA \(eta)"
        if isTTY {
            let width = 24
            let filled = p.total == 0 ? width : width * p.done / p.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let colored = useColor ? "\u{1B}[36m\(bar)\u{1B}[0m" : bar
            StandardStream.error("\r\(colored) \(counts)\u{1B}[K")
            if p.done == p.total { StandardStream.error("\n") }
        } else {
            let decile = p.total == 0 ? 10 : p.done * 10 / p.total
            guard decile != lastDecile, decile > lastDecile else { return }
            lastDecile = decile
            StandardStream.error("progress: \(counts)\n")
        }
    }
}
