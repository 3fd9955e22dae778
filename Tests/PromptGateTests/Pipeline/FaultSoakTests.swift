import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct FaultSoakTests {
    /// A short soak (the 2000-case one is `promptgate-bench soak`): every case must end in a stored
    /// state, however many faults it met.
    @Test func everyCaseEndsRecordedUnderAFaultMix() async throws {
        var soak = FaultSoak(cases: 300)
        soak.timeout = 0.3
        soak.hangSeconds = 2
        soak.retryAfter = "0"
        soak.concurrency = 16
        let totals = try await soak.run()
        #expect(totals.lost == 0, "\(totals)")
        #expect(totals.stored == 300)
        #expect(totals.pass + totals.fail + totals.errorsByKind.values.reduce(0, +) == 300)
        for fault in ["rate_limited", "server_error", "hang", "reset", "malformed"] {
            #expect((totals.faultsPlayed[fault] ?? 0) > 0, "\(fault) was played")
        }
        #expect(totals.serverRequests > 300, "faults were retried")
        #expect(totals.pass > 250, "retries recover most cases: \(totals)")
    }
}
