/// Gate rule `judge_agreement` (`judge_min_kappa`): verdicts of a judge whose agreement with
/// people is unmeasured, or measured below the policy's kappa, cannot gate: INCONCLUSIVE, naming
/// the judge and what to do.
public enum JudgeAgreementRule {
    public static let rule = "judge_agreement"

    /// The rule's result for the judges (`name@vN`) whose verdicts the candidate holds, given each
    /// one's stored calibration (absent: never calibrated at its current text); nil when the policy
    /// sets no `judge_min_kappa` or no judge scored.
    public static func evaluate(
        judges: [String], calibrations: [String: JudgeCalibrationRecord], policy: GatePolicy
    ) -> GateRuleResult? {
        guard let minimum = policy.judgeMinKappa, !judges.isEmpty else { return nil }
        var problems: [String] = [], fine: [String] = []
        for judge in judges {
            guard let calibration = calibrations[judge] else {
                problems.append(
                    "\(judge) has no measured agreement with people (run `promptgate judge calibrate \(judge) --labels FILE.jsonl`; an edited judge must be measured again)"
                )
                continue
            }
            guard let kappa = calibration.kappa, kappa >= minimum else {
                problems.append(
                    "\(judge) agrees with people at \(calibration.summary), below judge_min_kappa \(minimum)")
                continue
            }
            fine.append("\(judge) \(calibration.summary)")
        }
        if problems.isEmpty {
            return GateRuleResult(
                rule: rule, outcome: .ok,
                message: "judges agree with people: \(fine.joined(separator: "; ")) (judge_min_kappa \(minimum))")
        }
        return GateRuleResult(
            rule: rule, outcome: .inconclusive,
            message: "the judges' verdicts cannot gate: " + problems.joined(separator: "; "))
    }
}

extension GateDecision {
    /// The decision with one more rule, its verdict decided again.
    func adding(_ rule: GateRuleResult) -> GateDecision {
        let all = rules + [rule]
        return GateDecision(
            verdict: GateVerdict.worst(of: all), rules: all, passRate: passRate, meanScore: meanScore, paired: paired)
    }
}
