import Foundation
import Testing

@testable import PromptGate

/// Regressions the gate used to hide: a critical case that loses some repeats, a passing case
/// whose pipeline now errors, and a drop of exactly the maximum judged differently depending on
/// where it came from; and the report telling one story about them.
@Suite("Hidden regressions")
struct HiddenRegressionTests {
    /// A run with these outcomes per case (`critical` tags the ids starting with "crit"); a run
    /// that did not complete gives its status, the cases it planned and why it stopped.
    static func snapshot(
        _ verdicts: [String: [Verdict]], provider: String = "replay", status: RunRecord.Status = .completed,
        planned: Int? = nil, reason: String? = nil
    ) -> RunSnapshot {
        var run = RunRecord(
            id: 1, prompt: "p", version: 1, promptHash: "", testset: "t", testsetHash: "", provider: provider,
            model: "m",
            repeats: verdicts.values.first?.count ?? 1, caseCount: planned ?? verdicts.count, configJSON: "{}",
            status: status, startedAt: Date())
        run.abortReason = reason
        var results: [ResultRecord] = []
        for (id, list) in verdicts.sorted(by: { $0.key < $1.key }) {
            for (r, verdict) in list.enumerated() {
                results.append(
                    ResultRecord(
                        id: Int64(results.count + 1), runID: 1, caseID: id, repeatIndex: r, verdict: verdict,
                        score: verdict == .pass ? 1 : 0,
                        reasonsJSON: "[]", tagsJSON: id.hasPrefix("crit") ? "[\"critical\"]" : "[]", parseMode: .strict,
                        latencyMs: 1,
                        inputTokens: 1, outputTokens: 1, costUSD: 0, cacheHit: false, attemptCount: 1, requestHash: "",
                        createdAt: Date()))
            }
        }
        return RunSnapshot(run: run, results: results, scores: [:], fields: [:])
    }

    /// `count` cases c00... with the same outcomes on every repeat.
    static func cases(_ count: Int, _ verdicts: [Verdict]) -> [String: [Verdict]] {
        Dictionary(uniqueKeysWithValues: (0..<count).map { (String(format: "c%02d", $0), verdicts) })
    }

    @Test(arguments: [
        ([Verdict.pass, .pass, .pass], [Verdict.pass, .fail, .pass]), ([.pass, .fail, .pass], [.fail, .fail, .fail]),
    ])
    func anyDropOfACriticalCaseIsARegression(before: [Verdict], after: [Verdict]) {
        var base = Self.cases(30, [.pass, .pass, .pass]), cand = base
        base["crit1"] = before
        cand["crit1"] = after
        let diff = RunDiff(baseline: Self.snapshot(base), candidate: Self.snapshot(cand))
        #expect(diff.regressions.map(\.caseID) == ["crit1"])
        let decision = Gate.evaluate(diff, policy: GatePolicy())
        #expect(decision.rules.first { $0.rule == "critical_regressions" }?.outcome == .fail)
        #expect(decision.verdict == .fail)
        // All or nothing: the old rule, for teams that want it.
        var policy = GatePolicy()
        policy.criticalRegressionRule = .allOrNothing
        #expect(Gate.evaluate(diff, policy: policy).rules.first { $0.rule == "critical_regressions" }?.outcome == .ok)
        #expect(
            RunDiff(baseline: Self.snapshot(base), candidate: Self.snapshot(cand), criticalRule: .allOrNothing)
                .regressions.isEmpty)
    }

    /// Six always-passing cases of 60 whose pipeline now errors (10% of calls, at the limit): six
    /// regressions, and the pass-rate rule counts them (6 flips one way: p = 2^-6).
    @Test func passingCasesThatNowErrorAreRegressions() {
        let base = Self.cases(60, [.pass])
        var cand = base
        for index in 0..<6 { cand[String(format: "c%02d", index)] = [.error] }
        let diff = RunDiff(baseline: Self.snapshot(base), candidate: Self.snapshot(cand))
        #expect(diff.regressions.count == 6)
        let decision = Gate.evaluate(diff, policy: GatePolicy())
        #expect(decision.rules.first { $0.rule == "pass_rate" }?.outcome == .fail)
        #expect(decision.passRate?.lowerPValue == 0.015625)
        #expect(decision.verdict == .fail)
        let report = DiffReport(diff: diff, decision: decision).markdown()
        #expect(report.contains("**6 regressions**"))
        #expect(!report.contains("No regressions"))
    }

    /// An exec pipeline has the lower error limit (2% by default): 2 errors in 60 calls is inconclusive there.
    @Test func execPipelinesHaveALowerErrorLimit() {
        let base = Self.cases(60, [.pass])
        var cand = base
        cand["c00"] = [.error]
        cand["c01"] = [.error]
        let diff = RunDiff(baseline: Self.snapshot(base), candidate: Self.snapshot(cand))
        #expect(
            Gate.evaluate(diff, policy: GatePolicy(), execPipeline: true).rules.first { $0.rule == "provider_errors" }?
                .outcome == .inconclusive)
        #expect(Gate.evaluate(diff, policy: GatePolicy()).rules.first { $0.rule == "provider_errors" }?.outcome == .ok)
    }

    /// A drop of exactly 5.0 points is not beyond a 5-point maximum, whether it comes from three
    /// whole cases (3/3 -> 0/3) or nine single repeats (3/3 -> 2/3) of 60 x 3; one repeat more is.
    @Test(arguments: [(3, 0, false), (9, 2, false), (10, 2, true)])
    func dropsAreComparedWithTheMaximumOnExactCounts(cases changed: Int, passesLeft: Int, exceeds: Bool) {
        let base = Self.cases(60, [.pass, .pass, .pass])
        var cand = base
        for index in 0..<changed {
            cand[String(format: "c%02d", index)] =
                Array(repeating: .pass, count: passesLeft) + Array(repeating: .fail, count: 3 - passesLeft)
        }
        let paired = PairedOutcomes(RunDiff(baseline: Self.snapshot(base), candidate: Self.snapshot(cand)))
        #expect(paired.passRateDropExceeds(0.05) == exceeds)
    }

    /// The headline counts the cases the statistics used and names the one they left out; the
    /// failing rule quotes the same sentence as the statistics paragraph.
    @Test func theReportTellsOneStory() throws {
        var base = Self.cases(40, [.pass])
        var cand = base
        for index in 0..<9 { cand[String(format: "c%02d", index)] = [.fail] }
        base["zz"] = [.error]
        cand["zz"] = [.pass]
        let diff = RunDiff(baseline: Self.snapshot(base), candidate: Self.snapshot(cand))
        let decision = Gate.evaluate(diff, policy: GatePolicy())
        let passRate = try #require(decision.passRate)
        #expect(passRate.cases == 40)
        let rule = try #require(decision.rules.first { $0.rule == "pass_rate" })
        #expect(rule.outcome == .fail && rule.message.hasSuffix(passRate.explanation))
        let report = DiffReport(diff: diff, decision: decision).markdown()
        #expect(
            report.contains(
                "paired cases; the pass rate spends alpha = 0.04 of the gate's 0.05, the mean score the other 0.01): "
                    + passRate.explanation))
        #expect(report.contains("on 40 shared cases"))
        #expect(
            report.contains(
                "left out of the statistics: 1 case where every baseline repeat ended in a provider error (`zz`)"))
        #expect(report.contains("Detectable drop: with 40 cases × 1 run each"))
        #expect(passRate.significantDrop && passRate.interval.upper < 0)
        #expect(!report.contains("may be noise"))
    }
}
