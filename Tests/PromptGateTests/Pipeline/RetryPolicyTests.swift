import Testing

@testable import PromptGate

@Suite struct RetryPolicyTests {
    @Test func ceilingsDoubleUpToTheCap() {
        let policy = RetryPolicy(baseDelay: 0.1, maxDelay: 0.5, maxAttempts: 6)
        #expect((1...5).map { policy.ceiling(beforeRetry: $0) } == [0.1, 0.2, 0.4, 0.5, 0.5])
    }

    @Test(arguments: [0.0, 0.25, 0.999])
    func fullJitterSpansZeroToTheCeiling(unit: Double) {
        let policy = RetryPolicy(baseDelay: 1, maxDelay: 30)
        #expect(policy.delay(beforeRetry: 3, retryAfter: nil, unitRandom: unit) == 4 * unit)
    }

    @Test func retryAfterIsAFloor() {
        let policy = RetryPolicy(baseDelay: 0.01, maxDelay: 1)
        #expect(policy.delay(beforeRetry: 1, retryAfter: 2, unitRandom: 0.5) == 2)
        #expect(policy.delay(beforeRetry: 1, retryAfter: 0.001, unitRandom: 0.5) == 0.005)
    }
}
