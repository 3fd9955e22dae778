import Foundation

/// The batch step of `run --batch`: submits the run's uncached first requests as provider
/// batches (storing each batch id the moment the provider gives it), or, when the run already
/// has stored batches (it was interrupted), only polls those, never submitting again; waits with
/// backoff, retrying failed polls; then downloads the results. Only as many requests as the
/// run's caps allow at their worst case are submitted (`BatchBudget`).
struct BatchPhase {
    let api: any BatchAPI
    let store: ResultStore
    let runID: Int64
    let provider: String
    let settings: BatchSettings
    /// The run's caps and prices, which the batch is held to before it is submitted.
    let limits: BudgetLimits
    let pricing: [String: ModelPrice]
    let log: RunLog?

    /// Polls that may fail in a row before the run stops.
    static let maxPollFailures = 8

    func answers(for calls: [PlannedCall], cache: ResponseCache) async throws -> BatchAnswers {
        var requests: [String: CompletionRequest] = [:]
        var planned: [BatchItem] = []
        var keys: [String: CaseKey] = [:]
        for call in calls {
            let request = call.request
            if cache.lookup(cache.key(request)) != nil { continue }
            let id = BatchCustomID.of(caseID: call.caseID, repeatIndex: call.repeatIndex)
            requests[id] = request
            planned.append(BatchItem(customID: id, request: request))
            keys[id] = CaseKey(caseID: call.caseID, repeatIndex: call.repeatIndex)
        }
        var jobs = try store.batchJobs(runID: runID)
        var withheld: Set<CaseKey> = []
        var budgetStop: String?
        if !jobs.isEmpty {
            log?(
                "resuming batch \(jobs.map(\.batchID).joined(separator: ", ")) submitted \(jobs.map { StoredDate.text($0.submittedAt) }.first ?? ""): polling, nothing is submitted again"
            )
            // Requests no stored batch holds were left out for the caps when it was submitted: they stay out.
            if jobs.allSatisfy({ $0.customIDs != nil }) {
                let sent = Set(jobs.flatMap { $0.customIDs?.split(separator: "\n").map(String.init) ?? [] })
                let left = planned.filter { !sent.contains($0.customID) }
                if !left.isEmpty {
                    for item in left {
                        requests[item.customID] = nil
                        if let key = keys[item.customID] { withheld.insert(key) }
                    }
                    budgetStop =
                        "budget: \(left.count) requests were left out of the batch when it was submitted (their worst case did not fit the caps), so they were not sent. Raise the cap to run them"
                    log?(budgetStop ?? "")
                }
            }
        } else if !requests.isEmpty {
            let split = BatchBudget(limits: limits, pricing: pricing).split(planned)
            if let reason = split.reason {
                log?(reason)
                budgetStop = reason
                for item in split.withheld {
                    requests[item.customID] = nil
                    if let key = keys[item.customID] { withheld.insert(key) }
                }
            }
            let items = split.admitted
            var start = 0
            while start < items.count {
                let chunk = Array(items[start..<min(items.count, start + max(1, settings.maxRequests))])
                let id = try await api.submit(chunk)
                let job = BatchJobRecord(
                    runID: runID, provider: provider, batchID: id, requestCount: chunk.count, status: "submitted",
                    submittedAt: Date(), customIDs: chunk.map(\.customID).joined(separator: "\n"))
                try store.saveBatchJob(job)
                log?("batch \(id) submitted: \(chunk.count) requests")
                jobs.append(job)
                start += chunk.count
            }
        }
        var outcomes: [String: BatchOutcome] = [:]
        for job in jobs {
            let state = try await waitUntilEnded(job.batchID)
            if let failure = state.failure {
                log?(
                    "batch \(job.batchID) failed: \(failure); its requests \(settings.failedRequests == .call ? "are called normally" : "are errors")"
                )
                continue
            }
            outcomes.merge(try await api.results(state, requests: requests)) { _, new in new }
        }
        let submitted = Set(requests.keys)
        var answers = BatchAnswers(outcomes: outcomes, submitted: submitted, failedRequests: settings.failedRequests)
        answers.withheld = withheld
        answers.budgetStop = budgetStop
        answers.spent = BatchAnswers.Spent(
            calls: jobs.reduce(0) { $0 + $1.requestCount },
            tokens: outcomes.values.reduce(0) { if case .answered(let r) = $1 { $0 + r.usage.total } else { $0 } },
            costUSD: outcomes.values.reduce(0.0) {
                if case .answered(let r) = $1 { $0 + pricing.batchCost(of: r) } else { $0 }
            })
        let missing = submitted.count - answers.answered
        if missing > 0 {
            log?(
                "the batch answered \(answers.answered) of \(submitted.count) requests; the other \(missing) \(settings.failedRequests == .call ? "are called normally (`batch: failed_requests: call`)" : "are errors (`batch: failed_requests: error`)")"
            )
        }
        return answers
    }

    /// Polls until the batch ended: the first wait is `poll_interval`, each next one doubles up to
    /// `max_poll_interval`; a poll that fails retryably (5xx, timeout) is tried again.
    func waitUntilEnded(_ batchID: String) async throws -> BatchState {
        var delay = settings.pollInterval
        var failures = 0
        while true {
            do {
                let state = try await api.poll(batchID)
                failures = 0
                try store.updateBatchStatus(runID: runID, batchID: batchID, status: state.status)
                if state.ended {
                    log?("batch \(batchID) \(state.status)\(state.counts.isEmpty ? "" : " (\(state.counts))")")
                    return state
                }
                log?(
                    "batch \(batchID) \(state.status)\(state.counts.isEmpty ? "" : " (\(state.counts))"); next poll in \(Int(delay.rounded())) s"
                )
            } catch let error as ProviderError {
                failures += 1
                guard error.isRetryable, failures < Self.maxPollFailures else { throw error }
                log?(
                    "polling batch \(batchID) failed (\(failures)/\(Self.maxPollFailures)), trying again in \(Int(delay.rounded())) s: \(error)"
                )
            }
            try await Task.sleep(nanoseconds: UInt64(max(0, min(delay, 86_400)) * 1e9))
            delay = min(delay * 2, settings.maxPollInterval)
        }
    }
}
