/// Stores finished cases in the background, in arrival order, so neither the calls nor the
/// cooperative threads wait for the database. The first failure is kept, `onFailure` is told
/// (to stop the run), and `finish()` rethrows it.
public final class ResultWriter: Sendable {
    private let continuation: AsyncStream<[CaseResult]>.Continuation
    private let task: Task<Void, any Error>

    /// Starts a writer that hands each batch to `sink`.
    public init(sink: @escaping @Sendable ([CaseResult]) async throws -> Void, onFailure: @escaping @Sendable (any Error) async -> Void) {
        let (stream, continuation) = AsyncStream<[CaseResult]>.makeStream()
        self.continuation = continuation
        task = Task {
            var failure: (any Error)?
            for await batch in stream where failure == nil {
                do {
                    try await sink(batch)
                } catch {
                    failure = error
                    await onFailure(error)
                }
            }
            if let failure { throw failure }
        }
    }

    /// Queues a batch (returns at once).
    public func enqueue(_ batch: [CaseResult]) {
        guard !batch.isEmpty else { return }
        continuation.yield(batch)
    }

    /// Waits until everything queued is stored; throws the first storage failure.
    public func finish() async throws {
        continuation.finish()
        try await task.value
    }
}
