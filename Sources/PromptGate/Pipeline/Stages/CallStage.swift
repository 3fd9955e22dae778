/// The call stage: one request to the provider, with retries and the fallback model; every call
/// made becomes an `Attempt`.
protocol CallStage: Sendable {
    /// Calls `request` (then `fallback`, if given); attempts are numbered from `firstNumber`.
    func call(
        _ request: CompletionRequest, fallback: String?, phase: CallPhase, firstNumber: Int
    ) async -> CallLoop.Outcome
}

extension CallLoop: CallStage {}
