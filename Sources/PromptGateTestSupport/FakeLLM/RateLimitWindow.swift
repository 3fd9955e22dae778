import Foundation
import PromptGate

/// A request limit enforced the way OpenAI enforces it: at most `limit` requests per `window`
/// seconds (fixed windows); every answer carries `x-ratelimit-limit-requests`,
/// `x-ratelimit-remaining-requests` and `x-ratelimit-reset-requests`, and a request over the
/// limit gets a real 429 (`rate_limit_exceeded`) with the same headers. Use it from a
/// `FakeLLMServer` answer closure.
public final class RateLimitWindow: Sendable {
    public let limit: Int
    public let window: Double
    private struct State {
        var start: Double?
        var windowIndex = 0
        var used = 0
        var served = 0
        var rejected = 0
    }
    private let state = Locked(State())

    public init(limit: Int, window: Double) {
        self.limit = max(1, limit)
        self.window = window
    }

    /// Answers `text` within the limit (streamed when the request asks for a stream), or a 429 beyond it.
    public func reply(_ request: FakeLLMRequest, text: String, delay: Double = 0) -> FakeReply {
        let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        let (allowed, remaining, reset) = state.withLock { s -> (Bool, Int, Double) in
            let start = s.start ?? now
            s.start = start
            let index = Int(((now - start) / window).rounded(.down))
            if index != s.windowIndex { s.windowIndex = index; s.used = 0 }
            let reset = start + Double(index + 1) * window - now
            guard s.used < limit else { s.rejected += 1; return (false, 0, reset) }
            s.used += 1
            s.served += 1
            return (true, limit - s.used, reset)
        }
        let headers = [
            ("x-ratelimit-limit-requests", "\(limit)"), ("x-ratelimit-remaining-requests", "\(remaining)"),
            ("x-ratelimit-reset-requests", String(format: "%.3fs", reset)),
        ]
        guard allowed else { return .rateLimited(retryAfter: nil, headers: headers) }
        if request.wantsStream {
            return .raw(
                FakeStreamWire.response(
                    text, stop: .stop, request: request, input: 12, output: 8, serial: 0, fault: .none, delay: delay,
                    headers: headers))
        }
        let body = FakeWire.openAIAnswer(text, stop: .stop, model: request.model, input: 12, output: 8, serial: 0)
        return .raw(
            .respond(
                status: 200, headers: [("Content-Type", "application/json")] + headers, body: Array(body.utf8),
                delay: delay))
    }

    /// Requests answered and requests rejected with 429 so far.
    public var counts: (served: Int, rejected: Int) { state.withLock { ($0.served, $0.rejected) } }
}
