import Foundation

/// A request to stop a run from outside (SIGINT, SIGTERM): the run admits no new call at once,
/// lets the calls in flight finish for up to `grace` seconds and then cancels them, stores every
/// finished result, marks itself `interrupted` and writes a partial report.
public final class RunInterruption: Sendable {
    private struct State {
        var reason: String?
        var handlers: [@Sendable (String) -> Void] = []
    }

    private let state = Locked(State())
    /// Seconds the calls in flight get to finish before they are cancelled.
    public let grace: Double

    public init(grace: Double = 3) {
        self.grace = grace
    }

    /// Why the run was interrupted, once it was.
    public var reason: String? { state.withLock { $0.reason } }

    /// Interrupts the run (only the first call counts); safe from any thread.
    public func interrupt(_ reason: String) {
        let handlers: [@Sendable (String) -> Void] = state.withLock { state in
            guard state.reason == nil else { return [] }
            state.reason = reason
            return state.handlers
        }
        for handler in handlers { handler(reason) }
    }

    /// Runs `handler` when the run is interrupted (at once if it already was).
    func onInterrupt(_ handler: @escaping @Sendable (String) -> Void) {
        let already: String? = state.withLock { state in
            if state.reason == nil { state.handlers.append(handler) }
            return state.reason
        }
        if let already { handler(already) }
    }
}
