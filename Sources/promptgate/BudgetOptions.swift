import ArgumentParser
import PromptGate

/// `--max-cost`, `--max-tokens` and `--max-calls`: the caps on what one command may spend, over
/// every run and judge it starts (`run`: the run; `compare`, `gate`, `ci`: all of them together).
struct BudgetOptions: ParsableArguments {
    @Option(
        help:
            "Stop issuing calls once this command has spent this many US dollars (every run and judge it starts); what it could not finish is stored `aborted` and the command exits 3."
    )
    var maxCost: Double?

    @Option(help: "Stop issuing calls once this command has used this many tokens.")
    var maxTokens: Int?

    @Option(help: "Stop issuing calls after this many calls by this command (retries count).")
    var maxCalls: Int?

    func validate() throws {
        if let maxCost, !(maxCost > 0) { throw ValidationError("--max-cost must be a positive number of US dollars") }
        if let maxTokens, maxTokens < 1 { throw ValidationError("--max-tokens must be at least 1") }
        if let maxCalls, maxCalls < 1 { throw ValidationError("--max-calls must be at least 1") }
    }

    /// The caps as given (none unset).
    var limits: BudgetLimits { BudgetLimits(maxCostUSD: maxCost, maxTokens: maxTokens, maxCalls: maxCalls) }

    /// The command's budget, or nil when no cap is set.
    var commandBudget: CommandBudget? {
        maxCost == nil && maxTokens == nil && maxCalls == nil ? nil : CommandBudget(limits: limits)
    }
}
