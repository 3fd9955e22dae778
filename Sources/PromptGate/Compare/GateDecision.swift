/// The gate's answer for a candidate version.
public enum GateVerdict: String, Sendable, Codable {
    case pass = "PASS", warn = "WARN", fail = "FAIL", inconclusive = "INCONCLUSIVE"

    /// 0 for PASS and WARN, 1 for FAIL, 3 for INCONCLUSIVE.
    public var exitStatus: ExitStatus {
        switch self {
        case .pass, .warn: return .ok
        case .fail: return .gateFailed
        case .inconclusive: return .incomplete
        }
    }

    /// FAIL if any rule failed, else INCONCLUSIVE if any was, else WARN if any warned, else PASS.
    public static func worst(of rules: [GateRuleResult]) -> GateVerdict {
        if rules.contains(where: { $0.outcome == .fail }) { return .fail }
        if rules.contains(where: { $0.outcome == .inconclusive }) { return .inconclusive }
        if rules.contains(where: { $0.outcome == .warn }) { return .warn }
        return .pass
    }
}

/// One rule's outcome, in words a reviewer understands.
public struct GateRuleResult: Sendable, Equatable {
    public enum Outcome: String, Sendable { case ok, warn, fail, inconclusive }

    public let rule: String
    public let outcome: Outcome
    public let message: String
}

/// The verdict with every rule's result and the statistics behind it.
public struct GateDecision: Sendable {
    public let verdict: GateVerdict
    public let rules: [GateRuleResult]
    /// The paired test on pass/fail (exact McNemar for one repeat, exact sign-flip for more).
    public let passRate: SignificanceResult?
    /// The paired bootstrap on mean score.
    public let meanScore: SignificanceResult?
    /// The cases the statistics used (and the ones they could not), for the headline.
    public let paired: PairedOutcomes

    /// The rules that did not pass, worst first.
    public var reasons: [GateRuleResult] {
        let order: [GateRuleResult.Outcome: Int] = [.fail: 0, .inconclusive: 1, .warn: 2, .ok: 3]
        return rules.filter { $0.outcome != .ok }.sorted { (order[$0.outcome] ?? 3) < (order[$1.outcome] ?? 3) }
    }
}
