import Foundation
import Testing

@testable import PromptGate

@Suite struct RetryAfterTests {
    @Test(arguments: [
        ("6m0s", 360.0), ("1.5s", 1.5), ("250ms", 0.25), ("1h30m", 5400.0), ("20us", 0.00002), ("2", 2.0), ("0s", 0.0),
    ])
    func parsesOpenAIResetDurations(text: String, seconds: Double) {
        let parsed = RetryAfter.duration(text)
        #expect(parsed.map { abs($0 - seconds) < 1e-9 } == true, "\(text) -> \(String(describing: parsed))")
    }

    @Test(arguments: ["", "abc", "5 parsecs", "1x"])
    func rejectsBadDurations(text: String) {
        #expect(RetryAfter.duration(text) == nil)
    }

    @Test func retryAfterMsWinsThenRetryAfterThenResetHeaders() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(RetryAfter.seconds(from: ["retry-after-ms": "1500", "retry-after": "9"], now: now) == 1.5)
        #expect(RetryAfter.seconds(from: ["Retry-After": "7"], now: now) == 7)
        #expect(
            RetryAfter.seconds(
                from: ["x-ratelimit-reset-requests": "6m0s", "x-ratelimit-reset-tokens": "250ms"], now: now) == 360)
        let tokensOut: HTTPHeaders = [
            "x-ratelimit-reset-requests": "6m0s", "x-ratelimit-reset-tokens": "250ms",
            "x-ratelimit-remaining-requests": "12", "x-ratelimit-remaining-tokens": "0",
        ]
        #expect(RetryAfter.seconds(from: tokensOut, now: now) == 0.25)
        #expect(RetryAfter.seconds(from: [:], now: now) == nil)
    }

    @Test func readsHTTPDates() {
        let now = Date(timeIntervalSince1970: 784_111_767)  // Sun, 06 Nov 1994 08:49:27 GMT
        #expect(RetryAfter.parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now: now) == 10)
        #expect(RetryAfter.parseRetryAfter("Sun, 06 Nov 1994 08:49:17 GMT", now: now) == 0)
        #expect(RetryAfter.parseRetryAfter("soon", now: now) == nil)
    }
}
