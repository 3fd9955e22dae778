import Foundation
import Testing

@testable import PromptGate

@Suite struct RunDiffTests {
    func snapshot(_ verdicts: [String: [Verdict]]) -> RunSnapshot {
        let run = RunRecord(
            id: 1, prompt: "p", version: 1, promptHash: "", testset: "t", testsetHash: "", provider: "replay",
            model: "m",
            repeats: 1, caseCount: verdicts.count, configJSON: "{}", status: .completed, startedAt: Date())
        var results: [ResultRecord] = []
        for (id, list) in verdicts {
            for (r, verdict) in list.enumerated() {
                results.append(
                    ResultRecord(
                        id: Int64(results.count + 1), runID: 1, caseID: id, repeatIndex: r, verdict: verdict,
                        score: verdict == .pass ? 1 : 0,
                        reasonsJSON: "[]", tagsJSON: id == "crit" ? "[\"critical\"]" : "[]", parseMode: .strict,
                        latencyMs: 1,
                        inputTokens: 1, outputTokens: 1, costUSD: 0, cacheHit: false, attemptCount: 1, requestHash: "",
                        createdAt: Date()))
            }
        }
        return RunSnapshot(run: run, results: results, scores: [:], fields: [:])
    }

    @Test func classifiesEveryTransitionByCaseID() {
        let base = snapshot([
            "reg": [.pass], "fix": [.fail], "same": [.pass], "bad": [.fail], "flk": [.pass, .pass], "err": [.pass],
            "gone": [.pass], "crit": [.pass],
        ])
        let cand = snapshot([
            "reg": [.fail], "fix": [.pass], "same": [.pass], "bad": [.fail], "flk": [.pass, .fail], "err": [.error],
            "new": [.pass], "crit": [.fail],
        ])
        let diff = RunDiff(baseline: base, candidate: cand)
        let transitions = Dictionary(uniqueKeysWithValues: diff.cases.map { ($0.caseID, $0.transition) })
        #expect(
            transitions == [
                "reg": .regression, "fix": .fix, "same": .stillPassing, "bad": .stillFailing, "flk": .flaky,
                "err": .regression, "gone": .removed, "new": .added, "crit": .regression,
            ])
        #expect(diff.regressions.map(\.caseID) == ["crit", "err", "reg"])
        #expect(diff.regressions.first?.isCritical == true)
        // Shared cases: 7; baseline passes reg, same, flk(2/2), err(excluded error), crit => computed over results.
        let rates = diff.sharedPassRates
        #expect(rates.baseline > rates.candidate)
    }
}
