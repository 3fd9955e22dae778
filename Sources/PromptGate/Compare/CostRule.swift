/// The gate's cost rule: the candidate's cost per answered case against the baseline's. The cost
/// is the answers' own (tokens × price), so a run served from the response cache weighs what its
/// answers cost when they were bought; rows stored before answers carried their cost (cache hits
/// stored 0) are priced from their tokens. When a side's cost cannot be known — a model without a
/// price under `pricing:`, or no token usage at all — the rule says so instead of passing silently.
enum CostRule {
    /// What one run's answers cost.
    struct AnswerCost: Equatable {
        var total = 0.0
        var answered = 0
        /// Models whose answers used tokens but have no price.
        var unpriced: Set<String> = []

        var perCase: Double { answered == 0 ? 0 : total / Double(answered) }
    }

    static func evaluate(
        base: RunSnapshot, cand: RunSnapshot, policy: GatePolicy, pricing: [String: ModelPrice]
    ) -> GateRuleResult {
        let b = answerCost(base, pricing: pricing), c = answerCost(cand, pricing: pricing)
        let unpriced = b.unpriced.union(c.unpriced).sorted()
        if !unpriced.isEmpty {
            let models = unpriced.map { "`\($0)`" }.joined(separator: ", ")
            return GateRuleResult(
                rule: "cost", outcome: .warn,
                message: "cost rule cannot apply: no price for \(models) under `pricing:` in promptgate.yaml")
        }
        guard b.perCase > 0 else {
            let why =
                b.answered == 0
                ? "the baseline has no answered case" : "the baseline's answers report no cost (no token usage)"
            // Pipelines that report no usage (most `exec` ones) have no cost to compare: said, not warned.
            return GateRuleResult(rule: "cost", outcome: .ok, message: "cost rule cannot apply: \(why)")
        }
        let ratio = c.perCase / b.perCase
        let warnFrom = policy.maxCostRatio * policy.costWarnFraction
        let outcome: GateRuleResult.Outcome =
            ratio > policy.maxCostRatio ? .fail : (ratio > warnFrom && ratio > 1 ? .warn : .ok)
        let figures = "\(Money.text(c.perCase)) vs \(Money.text(b.perCase))"
        var message =
            String(format: "cost per answered case x%.2f of the baseline", ratio) + " (\(figures); ceiling "
            + String(format: "x%.2f)", policy.maxCostRatio)
        if outcome == .warn {
            message += String(
                format: ": above %.0f%% of the ceiling (warns from x%.2f; `cost_warn_fraction`)",
                policy.costWarnFraction * 100, warnFrom)
        }
        return GateRuleResult(rule: "cost", outcome: outcome, message: message)
    }

    /// The answers' cost of a run: each answered result's stored cost, or — for a row that stored
    /// none although it used tokens — its tokens at its model's price.
    static func answerCost(_ snapshot: RunSnapshot, pricing: [String: ModelPrice]) -> AnswerCost {
        var cost = AnswerCost()
        for r in snapshot.results where r.verdict != .error {
            cost.answered += 1
            if r.costUSD > 0 {
                cost.total += r.costUSD
            } else if r.inputTokens + r.outputTokens > 0, let model = r.modelUsed {
                if let price = pricing[model] {
                    cost.total += price.cost(inputTokens: r.inputTokens, outputTokens: r.outputTokens)
                } else {
                    cost.unpriced.insert(model)
                }
            }
        }
        return cost
    }
}
