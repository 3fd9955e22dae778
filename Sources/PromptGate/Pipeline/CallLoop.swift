import Foundation

/// The pipeline's one retry loop: calls the provider, waits (backoff with full jitter, at least
/// Retry-After) and tries again on retryable failures, then moves on to the fallback model when
/// retries are exhausted or the model itself failed. Every call becomes an `Attempt`.
struct CallLoop: Sendable {
    let provider: any Provider
    let policy: RetryPolicy
    let governor: CallGovernor
    let pricing: [String: ModelPrice]
    let log: RunLog?

    /// What the loop got: an answer or the last error, and every attempt made.
    struct Outcome: Sendable {
        var response: CompletionResponse?
        var error: ProviderError?
        var attempts: [Attempt] = []
        var fallbackUsed = false
        /// Set when the run stopped before a call this request needed.
        var stop: RunStop?
    }

    /// Calls `request` (then `fallback`, if given and different); attempts are numbered from
    /// `firstNumber`. When the run stops before a needed call, `stop` is set.
    func call(_ request: CompletionRequest, fallback: String?, phase: CallPhase, firstNumber: Int) async -> Outcome {
        var outcome = Outcome()
        do {
            try await loop(request, fallback: fallback, phase: phase, firstNumber: firstNumber, into: &outcome)
        } catch {
            outcome.stop = error
        }
        return outcome
    }

    private func loop(
        _ request: CompletionRequest, fallback: String?, phase: CallPhase, firstNumber: Int, into outcome: inout Outcome
    ) async throws(RunStop) {
        var models = [request.model]
        if let fallback, fallback != request.model { models.append(fallback) }
        var number = firstNumber
        for (index, model) in models.enumerated() {
            var attemptRequest = request
            attemptRequest.model = model
            let attemptPhase: CallPhase = index == 0 ? phase : .fallback
            var retry = 0
            var wait = 0.0
            while true {
                if wait > 0 { try await sleep(wait) }
                let worstCase = Self.worstCaseCost(attemptRequest, pricing: pricing)
                let ticket = try await governor.admit(
                    estimatedTokens: Self.estimatedTokens(attemptRequest), worstCaseUSD: worstCase)
                let startedAt = Date()
                let start = DispatchTime.now().uptimeNanoseconds
                let result: Result<CompletionResponse, ProviderError>
                do {
                    result = .success(try await provider.complete(attemptRequest))
                } catch {
                    result = .failure(error)
                }
                let latency = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                var attempt = Self.attempt(
                    result, number: number, phase: attemptPhase, model: model, latencyMs: latency, waitMs: wait * 1000,
                    startedAt: startedAt, pricing: pricing)
                if case .failure(let error) = result, error.mayHaveBeenBilled {
                    attempt.costUSD = worstCase
                    attempt.costEstimated = true
                }
                number += 1
                outcome.attempts.append(attempt)
                switch result {
                case .success(let response):
                    await governor.finished(
                        attempt, ticket: ticket, usage: response.usage, costUSD: attempt.costUSD,
                        signal: response.rateLimit)
                    outcome.response = response
                    outcome.error = nil
                    outcome.fallbackUsed = index > 0
                    return
                case .failure(let error):
                    // An error every later call would meet stops the run in the same step that frees
                    // this call's place, so no waiting call slips out in between.
                    let fatal = error.stopsTheRun && !(error.isModelSide && index + 1 < models.count)
                    // A wait beyond `max_retry_wait` ends this call's retries; it must not pause the others.
                    let pausing = error.retryAfter.map { $0 <= policy.maxRetryWait } ?? true
                    let signal =
                        error.kind == .rateLimited && pausing
                        ? RateLimitSignal(remaining: 0, resetSeconds: error.retryAfter) : nil
                    await governor.finished(
                        attempt, ticket: ticket, usage: nil, costUSD: attempt.costUSD, signal: signal,
                        stopping: fatal ? error.runStopReason : nil)
                    outcome.error = error
                    if error.kind == .cancelled { throw RunStop("the run was interrupted") }
                    if fatal { return }
                    if error.isRetryable && retry + 1 < policy.maxAttempts, let asked = error.retryAfter,
                        asked > policy.maxRetryWait
                    {
                        let why =
                            "the server asked to wait \(Self.seconds(asked)) before retrying, more than `max_retry_wait` (\(Self.seconds(policy.maxRetryWait))); not retried (raise `retry: max_retry_wait` to wait that long)"
                        outcome.error?.message += "; " + why
                        log?("no retry: case \(request.caseID) repeat \(request.repeatIndex), \(model): \(why)")
                    } else if error.isRetryable && retry + 1 < policy.maxAttempts {
                        retry += 1
                        wait = policy.delay(
                            beforeRetry: retry, retryAfter: error.retryAfter, unitRandom: Double.random(in: 0..<1))
                        log?(
                            "retry: case \(request.caseID) repeat \(request.repeatIndex), \(model) attempt \(retry + 1)/\(policy.maxAttempts) in \(Self.seconds(wait)) after \(error)"
                        )
                        continue
                    }
                }
                break
            }
            guard let error = outcome.error else { break }
            let exhausted = error.isRetryable
            guard exhausted || error.isModelSide, index + 1 < models.count else { break }
            log?(
                "fallback: case \(request.caseID) repeat \(request.repeatIndex) moves from \(model) to \(models[index + 1]) after \(exhausted ? "exhausting retries" : "a model failure"): \(error)"
            )
        }
    }

    /// Input tokens estimated as characters / 4, plus the output allowance.
    static func estimatedTokens(_ request: CompletionRequest) -> Int {
        request.messages.reduce(0) { $0 + $1.content.count } / 4 + request.maxTokens
    }

    /// What a call can cost at most: estimated input plus the whole output allowance, at the
    /// model's price (0 without one). The budget reserves it; a call that may have been billed
    /// without reporting usage is counted at it.
    static func worstCaseCost(_ request: CompletionRequest, pricing: [String: ModelPrice]) -> Double {
        pricing[request.model]?.cost(
            inputTokens: request.messages.reduce(0) { $0 + $1.content.count } / 4, outputTokens: request.maxTokens) ?? 0
    }

    static func attempt(
        _ result: Result<CompletionResponse, ProviderError>, number: Int, phase: CallPhase, model: String,
        latencyMs: Double, waitMs: Double, startedAt: Date, pricing: [String: ModelPrice]
    ) -> Attempt {
        switch result {
        case .success(let response):
            return Attempt(
                number: number, phase: phase, model: model, statusCode: response.statusCode, errorKind: nil,
                errorMessage: nil,
                latencyMs: latencyMs, waitMs: waitMs, startedAt: startedAt, costUSD: pricing.cost(of: response),
                requestID: response.requestID, firstTokenMs: response.timeToFirstTokenMs)
        case .failure(let error):
            return Attempt(
                number: number, phase: phase, model: model, statusCode: error.statusCode,
                errorKind: error.kind.rawValue,
                errorMessage: error.message, latencyMs: latencyMs, waitMs: waitMs, startedAt: startedAt,
                requestID: error.requestID)
        }
    }

    private func sleep(_ seconds: Double) async throws(RunStop) {
        do {
            // Total on any input: the wait is already capped by `max_retry_wait`; this guards the conversion.
            let bounded = seconds.isFinite ? min(max(seconds, 0), 1e9) : 0
            try await Task.sleep(nanoseconds: UInt64(bounded * 1e9))
        } catch {
            throw RunStop("the run was interrupted")
        }
    }

    private static func seconds(_ s: Double) -> String {
        s < 1 ? String(format: "%.0f ms", s * 1000) : String(format: "%.1f s", s)
    }
}
