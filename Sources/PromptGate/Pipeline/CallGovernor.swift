/// Decides, call by call, whether the run may make another call, and learns from every call's
/// outcome. It is the one place that can stop a run early.
public actor CallGovernor {
    private var stopReason: String?

    public init() {}

    /// Waits until a call may go out, or throws `RunStop` when the run must stop issuing calls.
    func admit(estimatedTokens: Int) async throws(RunStop) {
        if let stopReason { throw RunStop(stopReason) }
    }

    /// Learns from a finished call (success or failure).
    func finished(_ attempt: Attempt, usage: TokenUsage?, costUSD: Double) {}

    /// Stops the run: every later `admit` throws with `reason` (the first reason wins).
    func stop(_ reason: String) {
        if stopReason == nil { stopReason = reason }
    }

    /// Why the run was stopped, or nil while it runs.
    var reason: String? { stopReason }
}
