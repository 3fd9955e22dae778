import Testing

@testable import PromptGate

@Suite struct RequestPacerTests {
    /// A fixed-window server (50 calls per 5 s, 50 ms answers) and 8 callers, simulated on a
    /// virtual clock: the pacer fills every window to its limit and never goes over it.
    @Test func eachWindowIsFilledToItsLimitWithoutGoingOver() {
        let window = 5.0, limit = 50, latency = 0.05, callers = 8, calls = 200
        var pacer = RequestPacer()
        var used: [Int: Int] = [:]
        var rejected = 0
        // (time the call reaches the server, caller) — at most `callers` calls out at once.
        var pending: [(at: Double, caller: Int)] = (0..<callers).map { (pacer.reserve(now: 0), $0) }
        var inFlight = callers
        var answered = 0
        var finish = 0.0
        while answered < calls, let next = pending.indices.min(by: { pending[$0].at < pending[$1].at }) {
            let sent = pending.remove(at: next).at
            let index = Int(sent / window)
            let ok = used[index, default: 0] < limit
            if ok { used[index, default: 0] += 1 } else { rejected += 1 }
            let now = sent + latency
            let reset = Double(index + 1) * window - sent - latency
            inFlight -= 1
            pacer.learn(
                RateLimitSignal(remaining: limit - used[index, default: 0], resetSeconds: reset), rateLimited: !ok,
                inFlight: inFlight, now: now)
            if ok { answered += 1; finish = now }
            if answered + inFlight < calls {
                pending.append((now + pacer.reserve(now: now), 0))
                inFlight += 1
            }
        }
        #expect(rejected == 0)
        #expect(used.values.allSatisfy { $0 <= limit })
        #expect(
            used.keys.sorted().dropLast().allSatisfy { used[$0] == limit },
            "\(used.keys.sorted().map { used[$0] ?? 0 })")
        #expect(Double(calls) / finish >= 0.95 * Double(limit) / window, "\(Double(calls) / finish) calls/s")
    }
}
