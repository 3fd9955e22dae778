import Foundation
import Testing

@testable import PromptGate

/// A comparison that cannot be judged — a run that stopped before it finished, or provider errors
/// above the limit — is INCONCLUSIVE (exit 3), not a FAIL made of the outage's errors; the answers
/// that came back are still judged, and an `exec` pipeline's crashes still count against it.
@Suite("Comparisons that cannot be judged")
struct IncompleteComparisonTests {
    typealias Fixture = HiddenRegressionTests

    static func snapshot(
        _ verdicts: [String: [Verdict]], status: RunRecord.Status = .completed, planned: Int? = nil,
        reason: String? = nil
    ) -> RunSnapshot {
        Fixture.snapshot(verdicts, status: status, planned: planned, reason: reason)
    }

    /// 60 passing cases; in the candidate the first `errored` end in a provider error.
    static func outage(errored: Int, failing: Int = 0) -> (RunSnapshot, RunSnapshot) {
        let base = Fixture.cases(60, [.pass])
        var cand = base
        for index in 0..<errored { cand[String(format: "c%02d", index)] = [.error] }
        for index in errored..<(errored + failing) { cand[String(format: "c%02d", index)] = [.fail] }
        return (snapshot(base), snapshot(cand))
    }

    @Test func errorsAboveTheLimitAreLeftOutAndTheGateIsInconclusive() throws {
        let snapshots = Self.outage(errored: 20)  // 33% of calls, limit 10%
        let diff = RunDiff(judging: snapshots, policy: GatePolicy(), execPipeline: false)
        #expect(diff.candidateErrors == .leftOut)
        #expect(diff.regressions.isEmpty)
        let decision = Gate.evaluate(diff, policy: GatePolicy())
        #expect(decision.verdict == .inconclusive)
        #expect(decision.verdict.exitStatus == .incomplete)
        #expect(decision.rules.first { $0.rule == "pass_rate" }?.outcome == .ok)
        let errors = try #require(decision.rules.first { $0.rule == "provider_errors" })
        #expect(errors.outcome == .inconclusive && errors.message.contains("the errored repeats are left out"))
        #expect(decision.paired.items.count == 40)
        let report = DiffReport(diff: diff, decision: decision).markdown()
        #expect(report.contains("**No regressions in the answers that came back.**"))
        #expect(report.contains("on 40 shared cases"))
        #expect(report.contains("20 cases where every candidate repeat ended in a provider error (`c00`, `c01`"))
        #expect(report.contains("| pass rate (answered repeats) |"))
    }

    /// The same outage over the same data, counted as failures, would have failed the gate: the
    /// attribution is what changes the verdict.
    @Test func countedAsFailuresTheSameOutageWouldFail() {
        let (base, cand) = Self.outage(errored: 20)
        let diff = RunDiff(baseline: base, candidate: cand)
        #expect(diff.candidateErrors == .countAsFailures)
        #expect(Gate.evaluate(diff, policy: GatePolicy()).verdict == .fail)
    }

    @Test func aRegressionInTheAnswersThatCameBackStillFails() {
        let diff = RunDiff(judging: Self.outage(errored: 20, failing: 8), policy: GatePolicy(), execPipeline: false)
        #expect(diff.regressions.count == 8)
        let decision = Gate.evaluate(diff, policy: GatePolicy())
        #expect(decision.rules.first { $0.rule == "pass_rate" }?.outcome == .fail)
        #expect(decision.verdict == .fail)
    }

    @Test func errorsWithinTheLimitStillCountAsFailures() {
        let diff = RunDiff(judging: Self.outage(errored: 6), policy: GatePolicy(), execPipeline: false)
        #expect(diff.candidateErrors == .countAsFailures)
        #expect(diff.regressions.count == 6)
        #expect(Gate.evaluate(diff, policy: GatePolicy()).verdict == .fail)
    }

    @Test func anExecPipelinesCrashesCountEvenAboveTheLimit() {
        let diff = RunDiff(judging: Self.outage(errored: 20), policy: GatePolicy(), execPipeline: true)
        #expect(diff.candidateErrors == .countAsFailures)
        #expect(diff.regressions.count == 20)
        #expect(Gate.evaluate(diff, policy: GatePolicy(), execPipeline: true).verdict == .fail)
    }

    @Test func aCandidateRunThatStoppedEarlyIsInconclusiveAndSaysWhatIsMissing() throws {
        let base = Fixture.cases(60, [.pass])
        let answered = Dictionary(
            uniqueKeysWithValues: base.sorted { $0.key < $1.key }.prefix(45).map { ($0.key, $0.value) })
        let snapshots = (
            Self.snapshot(base),
            Self.snapshot(
                answered, status: .aborted, planned: 60, reason: "budget reached: 45 calls made (--max-calls 45)")
        )
        let diff = RunDiff(judging: snapshots, policy: GatePolicy(), execPipeline: false)
        #expect(diff.candidateErrors == .leftOut)
        let decision = Gate.evaluate(diff, policy: GatePolicy())
        #expect(decision.verdict == .inconclusive)
        let rule = try #require(decision.rules.first { $0.rule == "complete_runs" })
        #expect(rule.outcome == .inconclusive)
        #expect(
            rule.message.contains("the candidate's run #1 stopped before it finished (budget reached: 45 calls made"))
        #expect(rule.message.contains("15 of 60 cases have no result"))
        let report = DiffReport(diff: diff, decision: decision).markdown()
        #expect(report.contains("Removed or not run (the candidate's run stopped before it finished) (15)"))
    }

    @Test func aSideWithoutAnyResultSaysSoInsteadOfCountingErrors() throws {
        let base = Self.snapshot(Fixture.cases(60, [.pass]))
        let empty = Self.snapshot([:], status: .aborted, planned: 60, reason: "budget reached")
        let decision = Gate.evaluate(
            RunDiff(judging: (base, empty), policy: GatePolicy(), execPipeline: false), policy: GatePolicy())
        #expect(decision.verdict == .inconclusive)
        let errors = try #require(decision.rules.first { $0.rule == "provider_errors" })
        #expect(errors.message == "the candidate has no result to judge")
    }

    @Test func completedRunsAddNoCompletenessRule() {
        let (base, cand) = Self.outage(errored: 0)
        #expect(
            !Gate.evaluate(RunDiff(baseline: base, candidate: cand), policy: GatePolicy()).rules.contains {
                $0.rule == "complete_runs"
            })
    }

    @Test func aFirstVersionWhoseRunStoppedEarlyIsInconclusive() {
        let run = Self.snapshot(
            Fixture.cases(10, [.pass]), status: .aborted, planned: 30, reason: "circuit breaker open")
        let decision = Gate.evaluate(alone: run, policy: GatePolicy())
        #expect(decision.verdict == .inconclusive)
        #expect(decision.rules.contains { $0.rule == "complete_runs" && $0.message.contains("20 of 30 cases") })
    }

    @Test func aFirstVersionOfAnExecPipelineHasTheLowerErrorLimit() {
        var verdicts = Fixture.cases(60, [.pass])
        verdicts["c00"] = [.error]
        verdicts["c01"] = [.error]  // 3.3%: above 2%, below 10%
        let run = Self.snapshot(verdicts)
        #expect(Gate.evaluate(alone: run, policy: GatePolicy()).verdict == .pass)
        #expect(Gate.evaluate(alone: run, policy: GatePolicy(), execPipeline: true).verdict == .inconclusive)
    }
}
