import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// A scorer that does not finish in time fails its case with a recorded scorer error; the run goes
/// on and the other cases are scored normally.
@Suite struct ScoringTimeLimitTests {
    /// Hangs on case c2 (sleeps far past the limit), passes everything else.
    struct StuckScorer: Scorer {
        static let id = "stuck"
        func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
            if testCase.id == "c2" { Thread.sleep(forTimeInterval: 30) }
            return .pass(Self.id)
        }
    }

    @Test func aStuckScorerBecomesAScorerErrorInsteadOfAHungRun() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let opened = try project.open()
        let plan = try opened.plan("sentiment", version: 1)
        var executor = RunExecutor(
            provider: try ProviderFactory.make(for: plan, config: opened.config),
            scorers: ScorerSet(scorers: [StuckScorer()]), pricing: [:], concurrency: 1)
        executor.scoringTimeLimit = 0.5
        let results = Locked<[CaseResult]>([])
        let start = monotonicNow()
        try await executor.execute(plan, onResult: { (result: CaseResult) in results.withLock { $0.append(result) } })
        #expect(monotonicNow() - start < 10)
        let byID = Dictionary(uniqueKeysWithValues: results.withLock { $0 }.map { ($0.caseID, $0) })
        let stuck = try #require(byID["c2"]?.evaluation)
        #expect(stuck.verdict == .fail)
        #expect(stuck.scores.map(\.scorer) == [ScoringDeadline.scorerID])
        #expect(stuck.reasons.first?.contains("did not finish within 0.5 s") == true, "\(stuck.reasons)")
        #expect(byID["c1"]?.evaluation?.verdict == .pass)
        #expect(byID["c3"]?.evaluation?.verdict == .pass)
    }
}
