/// The write stage: finished cases stored in arrival order, off the calls' path.
protocol WriteStage: Sendable {
    /// Queues a batch (may wait while the store catches up).
    func enqueue(_ batch: [CaseResult]) async
    /// Waits until everything queued is stored; throws the first storage failure.
    func finish() async throws
}

extension ResultWriter: WriteStage {}
