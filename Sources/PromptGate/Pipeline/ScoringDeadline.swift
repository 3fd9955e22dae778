import Foundation

/// Runs a case's scorers on a worker thread and waits at most `limit` seconds: a scorer that does
/// not finish in time (a pathological reply, a bug) becomes a recorded scorer error on that case
/// instead of a hung run. Swift cannot stop a thread, so a late scorer keeps its worker; the next
/// case gets a fresh one, and the late result is dropped when it arrives.
final class ScoringDeadline: @unchecked Sendable {
    /// The default per-case scoring time limit, in seconds.
    static let defaultLimit = 30.0
    /// The scorer id a timed-out case is recorded under.
    static let scorerID = "scoring"

    let limit: Double
    /// The worker in use; replaced when one overruns. Guarded by `lock`.
    private var worker: ScoringWorker?
    private let lock = NSLock()

    init(limit: Double = defaultLimit) {
        self.limit = limit
    }

    deinit { worker?.stop() }

    /// Runs `work`; nil when it did not finish within the limit.
    func run(_ work: @escaping @Sendable () -> CaseEvaluation) async -> CaseEvaluation? {
        let worker = currentWorker()
        let outcome: CaseEvaluation? = await withCheckedContinuation { continuation in
            let claimed = Locked(false)
            let finish: @Sendable (CaseEvaluation?) -> Void = { value in
                let first = claimed.withLock { done in
                    defer { done = true }
                    return !done
                }
                if first { continuation.resume(returning: value) }
            }
            worker.submit { finish(work()) }
            DispatchQueue.global().asyncAfter(deadline: .now() + limit) { finish(nil) }
        }
        if outcome == nil { retire(worker) }
        return outcome
    }

    /// The evaluation recorded for a case whose scoring overran: failed, with the reason.
    func timedOut() -> CaseEvaluation {
        let reason =
            "did not finish within \(NumberRange.format(limit)) s, so the case is failed without scores; report it, with the case's reply, as a promptgate bug"
        let score = Score(scorer: Self.scorerID, status: .fail, value: 0, reasons: [reason])
        return CaseEvaluation(scores: [score], verdict: .fail, score: 0, reasons: ["\(Self.scorerID): \(reason)"])
    }

    private func currentWorker() -> ScoringWorker {
        lock.lock()
        defer { lock.unlock() }
        if let worker { return worker }
        let fresh = ScoringWorker()
        worker = fresh
        return fresh
    }

    private func retire(_ stuck: ScoringWorker) {
        lock.lock()
        if worker === stuck { worker = nil }
        lock.unlock()
        stuck.stop()
    }
}

/// One thread with a large stack that runs submitted jobs in order.
final class ScoringWorker: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var stopped = false

    init() {
        let thread = Thread { [self] in loop() }
        thread.stackSize = 16 << 20
        thread.name = "promptgate-scoring"
        thread.start()
    }

    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Ends the thread once its current job (if it ever finishes) returns.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }
}
