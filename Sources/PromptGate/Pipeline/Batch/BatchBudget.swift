import Foundation

/// Holds a provider batch to the run's caps (`--max-cost`, `--max-tokens`, `--max-calls`) before
/// it is submitted: a batch cannot be stopped once sent, so each request counts at its worst case
/// (estimated input plus the whole `max_tokens` allowance, at the batch price, as the dry run
/// estimates) and only the requests whose worst case fits the caps, in plan order, are submitted.
struct BatchBudget {
    let limits: BudgetLimits
    let pricing: [String: ModelPrice]

    /// The requests to submit and those the caps leave out, with the reason the run stops for.
    struct Split {
        var admitted: [BatchItem]
        var withheld: [BatchItem]
        /// Why requests were withheld (the run's abort reason); nil when all fit.
        var reason: String?
    }

    /// What `request` can cost at most in a batch: its normal worst case × the model's batch rate.
    func worstCaseUSD(_ request: CompletionRequest) -> Double {
        CallLoop.worstCaseCost(request, pricing: pricing) * (pricing[request.model]?.batchRate ?? 1)
    }

    /// Splits `items` at the first request whose worst case no longer fits.
    func split(_ items: [BatchItem]) -> Split {
        var tokens = 0
        var cost = 0.0
        for (index, item) in items.enumerated() {
            let nextTokens = tokens + CallLoop.estimatedTokens(item.request)
            let nextCost = cost + worstCaseUSD(item.request)
            if let cap = exceeded(calls: index + 1, tokens: nextTokens, costUSD: nextCost) {
                let total = items.reduce(0.0) { $0 + worstCaseUSD($1.request) }
                let sent =
                    index == 0
                    ? "nothing was submitted"
                    : "submitted the first \(index) (worst case \(Self.dollars(cost))), the other \(items.count - index) were not sent"
                let reason =
                    "budget: the batch of \(items.count) requests could cost up to \(Self.dollars(total)) at the batch price (estimated input + max_tokens), more than \(cap) allows; \(sent). Raise the cap to run them"
                return Split(admitted: Array(items[..<index]), withheld: Array(items[index...]), reason: reason)
            }
            tokens = nextTokens
            cost = nextCost
        }
        return Split(admitted: items, withheld: [], reason: nil)
    }

    /// The cap (`--max-cost 0.5`) that `calls` requests using up to `tokens` and `costUSD` pass.
    private func exceeded(calls: Int, tokens: Int, costUSD: Double) -> String? {
        if let max = limits.maxCalls, calls > max { return "--max-calls \(max)" }
        if let max = limits.maxTokens, tokens > max { return "--max-tokens \(max)" }
        if let max = limits.maxCostUSD, costUSD > max { return "--max-cost \(max)" }
        return nil
    }

    private static func dollars(_ value: Double) -> String { String(format: "$%.4f", value) }
}
