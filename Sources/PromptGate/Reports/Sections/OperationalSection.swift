/// Latency, tokens, stop reasons, errors, retries, cache, fallback and cost of a run, with warnings.
struct OperationalSection {
    let signals: OperationalSignals
    let deadLetters: Int
    /// What the run's calls spent, when known (run reports).
    var spentUSD: Double? = nil
    /// The part of `spentUSD` that is estimated (calls that timed out or were cut off).
    var estimatedUSD = 0.0
    /// Time to first token of the streamed calls (run reports of streaming providers).
    var firstToken: RunCallFacts.FirstToken? = nil

    func markdown() -> String {
        let s = signals
        var out = "## Operational signals\n\n"
        for warning in s.warnings { out += "> ⚠️ \(Markdown.text(warning))\n>\n" }
        if !s.warnings.isEmpty { out = String(out.dropLast(2)) + "\n" }
        let stops = s.stopReasons.keys.sorted().map { "\($0) \(s.stopReasons[$0] ?? 0)" }.joined(separator: ", ")
        let errors = s.errorsByKind.keys.sorted().map { kind in
            "\(kind) \(s.errorsByKind[kind] ?? 0) (\(OperationalSignals.isRetryable(kind) ? "retryable" : "fatal"))"
        }.joined(separator: ", ")
        out += Markdown.table(
            ["signal", "value"],
            [
                [
                    "latency p50 / p95 / p99",
                    String(format: "%.0f / %.0f / %.0f ms", s.latencyP50, s.latencyP95, s.latencyP99),
                ]
            ] + firstTokenRow() + [
                [
                    "output tokens per answer p50 / p95 / max",
                    String(format: "%.0f / %.0f / %d", s.outputTokensP50, s.outputTokensP95, s.outputTokensMax),
                ],
                ["stop reasons", stops.isEmpty ? "–" : Markdown.text(stops)],
                ["errors by type", errors.isEmpty ? "none" : Markdown.text(errors)],
                ["retries", "\(s.retries)"],
                ["cache hits", "\(s.cacheHits) of \(s.results)"],
                ["fallback model used", "\(s.fallbackUses)"],
                ["dead-lettered cases", "\(deadLetters)"],
                [
                    "cost of the answers per case / per run",
                    "\(Money.text(s.costPerCase)) / \(Money.text(s.costTotal))",
                ],
            ] + spending(s), align: [.left, .right])
        return out
    }

    /// Time to first token beside latency, when calls streamed.
    private func firstTokenRow() -> [[String]] {
        guard let t = firstToken else { return [] }
        let calls = t.calls == 1 ? "1 streamed call" : "\(t.calls) streamed calls"
        return [["time to first token p50 / p95", String(format: "%.0f / %.0f ms", t.p50, t.p95) + " (\(calls))"]]
    }

    /// What the run spent beside what its answers cost: cache hits cost their answer, not money.
    private func spending(_ s: OperationalSignals) -> [[String]] {
        guard let spentUSD else { return [] }
        let estimate =
            estimatedUSD > 0
            ? ", of it \(Money.text(estimatedUSD)) estimated for calls that timed out or were cut off" : ""
        return [
            [
                "spent in this run (saved by the cache)",
                "\(Money.text(spentUSD)) (\(Money.text(s.cacheSavedUSD)))\(estimate)",
            ]
        ]
    }
}
