/// Caps on what a run may spend (`--max-cost`, `--max-tokens`, `--max-calls`): once one is
/// reached no new call is issued and the run is stored `aborted`.
public struct BudgetLimits: Sendable, Equatable {
    public var maxCostUSD: Double?
    public var maxTokens: Int?
    public var maxCalls: Int?

    public init(maxCostUSD: Double? = nil, maxTokens: Int? = nil, maxCalls: Int? = nil) {
        self.maxCostUSD = maxCostUSD
        self.maxTokens = maxTokens
        self.maxCalls = maxCalls
    }
}

/// What a run has spent so far.
struct BudgetLedger: Sendable {
    var calls = 0
    var tokens = 0
    var costUSD = 0.0
    /// The part of `costUSD` estimated for calls that may have been billed without usage.
    var estimatedUSD = 0.0
    /// The judges' share of the calls, tokens and cost above (the caps count both).
    var judgeCalls = 0
    var judgeTokens = 0
    var judgeCostUSD = 0.0

    /// " (judges: …)" for a stop message, or "" when no judge has called.
    private func judgeShare(_ part: String) -> String {
        judgeCalls == 0 ? "" : " (judges: \(part))"
    }

    /// Why no further call may be issued, or nil.
    func exhausted(_ limits: BudgetLimits) -> String? {
        if let max = limits.maxCalls, calls >= max {
            return "budget reached: \(calls) calls made (--max-calls \(max))\(judgeShare("\(judgeCalls) calls"))"
        }
        if let max = limits.maxTokens, tokens >= max {
            return "budget reached: \(tokens) tokens used (--max-tokens \(max))\(judgeShare("\(judgeTokens) tokens"))"
        }
        if let max = limits.maxCostUSD, costUSD >= max {
            let estimated =
                estimatedUSD > 0
                ? String(format: ", $%.4f of it estimated for calls that timed out or were cut off", estimatedUSD) : ""
            return
                "budget reached: $\(String(format: "%.4f", costUSD)) spent (--max-cost \(max))\(judgeShare(String(format: "$%.4f", judgeCostUSD)))\(estimated)"
        }
        return nil
    }
}
