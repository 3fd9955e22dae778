import Foundation

/// What a provider's rate-limit headers say about the request allowance: how many requests are
/// left in the current window and in how many seconds it resets. OpenAI sends
/// `x-ratelimit-remaining-requests` / `x-ratelimit-reset-requests` (a duration such as `1s`,
/// `6m0s`); Anthropic sends `anthropic-ratelimit-requests-remaining` /
/// `anthropic-ratelimit-requests-reset` (an RFC 3339 time). The pipeline paces calls by it.
public struct RateLimitSignal: Sendable, Equatable {
    public var remaining: Int?
    public var resetSeconds: Double?

    public init(remaining: Int?, resetSeconds: Double?) {
        self.remaining = remaining
        self.resetSeconds = resetSeconds
    }

    /// The signal in `headers`, or nil when they carry none.
    public init?(headers: HTTPHeaders, now: Date = Date()) {
        let remaining = (headers["x-ratelimit-remaining-requests"] ?? headers["anthropic-ratelimit-requests-remaining"])
            .flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        var reset = headers["x-ratelimit-reset-requests"].flatMap(RetryAfter.duration)
        if reset == nil, let stamp = headers["anthropic-ratelimit-requests-reset"] {
            reset = Self.rfc3339(stamp).map { max(0, $0.timeIntervalSince(now)) }
        }
        guard remaining != nil || reset != nil else { return nil }
        self.init(remaining: remaining, resetSeconds: reset)
    }

    static func rfc3339(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
