/// Stores finished cases in the background, in arrival order, so neither the calls nor the
/// cooperative threads wait for the database. At most `maxPendingBatches` batches wait at once:
/// beyond that `enqueue` suspends until the database catches up, so a fast provider (a replay,
/// a cache) cannot pile finished results up in memory. The first failure is kept, `onFailure` is
/// told (to stop the run), and `finish()` rethrows it.
public final class ResultWriter: Sendable {
    /// Batches that may wait for the database at once.
    public static let maxPendingBatches = 8

    private let continuation: AsyncStream<[CaseResult]>.Continuation
    private let task: Task<Void, any Error>
    private let slots: BatchSlots

    /// Starts a writer that hands each batch to `sink`.
    public init(
        sink: @escaping @Sendable ([CaseResult]) async throws -> Void,
        onFailure: @escaping @Sendable (any Error) async -> Void
    ) {
        let (stream, continuation) = AsyncStream<[CaseResult]>.makeStream()
        let slots = BatchSlots(limit: Self.maxPendingBatches)
        self.continuation = continuation
        self.slots = slots
        task = Task {
            var failure: (any Error)?
            for await batch in stream {
                defer { slots.release() }
                guard failure == nil else { continue }
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

    /// Queues a batch; suspends while `maxPendingBatches` batches are already waiting.
    public func enqueue(_ batch: [CaseResult]) async {
        guard !batch.isEmpty else { return }
        await slots.acquire()
        continuation.yield(batch)
    }

    /// Waits until everything queued is stored; throws the first storage failure.
    public func finish() async throws {
        continuation.finish()
        try await task.value
    }
}

/// A counting semaphore for async code: `acquire` suspends (without blocking a thread) while all
/// slots are taken; `release` hands the slot to the longest waiter.
final class BatchSlots: Sendable {
    private struct State {
        var free: Int
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Locked<State>

    init(limit: Int) {
        state = Locked(State(free: max(1, limit)))
    }

    func acquire() async {
        await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
            let granted = state.withLock { state -> Bool in
                guard state.free > 0 else {
                    state.waiters.append(waiter)
                    return false
                }
                state.free -= 1
                return true
            }
            if granted { waiter.resume() }
        }
    }

    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiters.isEmpty else {
                state.free += 1
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }
}
