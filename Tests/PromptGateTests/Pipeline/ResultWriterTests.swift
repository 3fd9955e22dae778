import PromptGate
import Testing

/// The writer's backpressure: a database slower than the provider must stall the run at a few
/// pending batches instead of keeping every finished case in memory.
@Suite("Result writer")
struct ResultWriterTests {
    static func batch(_ id: Int) -> [CaseResult] {
        [CaseResult(caseID: "c\(id)", repeatIndex: 0, tags: [], requestHash: "h\(id)")]
    }

    /// A sink that stores nothing until the gate opens, counting what it was handed.
    final class HeldSink: Sendable {
        let stored = Locked<[String]>([])
        let open = Locked(false)

        func store(_ batch: [CaseResult]) async {
            while !open.withLock({ $0 }) { try? await Task.sleep(for: .milliseconds(2)) }
            stored.withLock { $0 += batch.map(\.caseID) }
        }
    }

    @Test func enqueueWaitsWhileTheDatabaseIsBehindAndEverythingIsStoredInOrder() async throws {
        let sink = HeldSink()
        let writer = ResultWriter(sink: { await sink.store($0) }, onFailure: { _ in })
        let enqueued = Locked(0)
        let producer = Task {
            for id in 0..<20 {
                await writer.enqueue(Self.batch(id))
                enqueued.withLock { $0 += 1 }
            }
        }
        // The sink holds the first batch; at most maxPendingBatches are accepted meanwhile.
        for _ in 0..<500 where enqueued.withLock({ $0 }) < ResultWriter.maxPendingBatches {
            try await Task.sleep(for: .milliseconds(10))
        }
        try await Task.sleep(for: .milliseconds(100))
        let accepted = enqueued.withLock { $0 }
        #expect(accepted == ResultWriter.maxPendingBatches, "accepted \(accepted) batches with the database stalled")
        sink.open.withLock { $0 = true }
        await producer.value
        try await writer.finish()
        #expect(sink.stored.withLock { $0 } == (0..<20).map { "c\($0)" })
    }

    struct Failure: Error {}

    @Test func aStorageFailureIsRethrownAndLaterBatchesDoNotHang() async throws {
        let writer = ResultWriter(sink: { _ in throw Failure() }, onFailure: { _ in })
        for id in 0..<(3 * ResultWriter.maxPendingBatches) { await writer.enqueue(Self.batch(id)) }
        await #expect(throws: Failure.self) { try await writer.finish() }
    }
}
