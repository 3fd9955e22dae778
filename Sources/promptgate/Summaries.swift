import Foundation
import PromptGate

/// The short plain-text summaries commands print (the reports hold the details).
enum Summaries {
    static func run(_ outcome: RunCommand.Outcome, config: ProjectConfig) -> String {
        let m = outcome.metrics
        var lines = [
            "\(outcome.run.reference): \(m.headline) [run #\(outcome.run.id ?? 0), \(outcome.run.model) via \(outcome.run.provider)]"
        ]
        if outcome.models.isMixed { lines.append("answered by: \(outcome.models.summary(code: { $0 }))") }
        if m.costUSD > 0 || outcome.spentUSD > 0 {
            let saved =
                outcome.cacheSavedUSD > 0 ? String(format: "; the cache saved $%.4f", outcome.cacheSavedUSD) : ""
            lines.append(
                String(format: "cost of the answers $%.4f; spent in this run $%.4f", m.costUSD, outcome.spentUSD)
                    + saved)
        }
        for judge in outcome.judges {
            lines.append(
                "judge \(judge.judge) on \(judge.target): \(judge.passed) passed, \(judge.failed) failed, \(judge.unjudged) without a verdict; "
                    + String(
                        format: "%d judge tokens, $%.4f (apart from the answers)",
                        judge.inputTokens + judge.outputTokens, judge.costUSD))
        }
        if outcome.resumedResults > 0 {
            lines.insert(
                "resumed interrupted run #\(outcome.run.id ?? 0): \(outcome.resumedResults) results were already stored and were not run again",
                at: 0)
        }
        if outcome.run.status == .aborted {
            lines.append("run aborted: \(outcome.run.abortReason ?? "no reason stored"); finished cases are kept")
        }
        if outcome.run.status == .interrupted {
            lines.append(
                "run \(outcome.run.abortReason ?? "interrupted"): finished cases are kept; `promptgate run \(outcome.run.reference)\(outcome.run.shard.map { " --shard \($0)" } ?? "")` finishes it"
            )
        }
        if let url = outcome.reportURL { lines.append("report: \(config.display(url))") }
        if let shard = outcome.run.shard {
            lines.append(
                "shard \(shard) of the test set's \(outcome.run.caseCount) cases (no report): combine the shards with `promptgate merge OUT.sqlite SHARD.sqlite…`"
            )
        }
        if let recording = outcome.recording {
            lines.append("recorded \(recording.count) answers: \(config.display(recording.url))")
        }
        for judge in outcome.judgeRecordings {
            lines.append("recorded \(judge.count) judge replies: \(config.display(judge.url))")
        }
        return lines.joined(separator: "\n")
    }

    static func dryRun(_ e: DryRunEstimate) -> String {
        let cost =
            e.estimatedCostUSD.map { String(format: "up to $%.4f", $0) }
            ?? "unknown (no price for \(e.model) under `pricing:`)"
        let refusal = e.refusal.map { "\n  note:             `run` would refuse this plan: \($0)" } ?? ""
        return """
            dry run of \(e.reference) (\(e.model) via \(e.provider)): nothing was called or stored
              planned calls:    \(e.plannedCalls)
              cache hits:       \(e.cacheHits)
              calls to make:    \(e.callsToMake)
              input tokens:     ~\(e.estimatedInputTokens) (characters / 4)
              output tokens:    at most \(e.maxOutputTokens) (max_tokens per call)
              estimated cost:   \(cost)\(refusal)
            """
                + (e.batch.map {
                    String(
                        format: "\n  batch price:      up to $%.4f (saves $%.4f)", $0.costUSD,
                        max(0, (e.estimatedCostUSD ?? 0) - $0.costUSD))
                } ?? "") + e.judges.map(judgeLine).joined()
    }

    /// A dry run of `compare` or `gate`: the baseline, each side's stored run or estimate.
    static func comparisonDryRun(_ dry: ComparisonDryRun, command: String) -> String {
        let candidate = dry.sides.last?.reference ?? ""
        let against =
            dry.baseline.version.map { "against v\($0) (\(dry.baseline.reason))" } ?? "alone (\(dry.baseline.reason))"
        var lines = ["dry run of \(command) \(candidate) \(against): nothing was called or stored"]
        for side in dry.sides {
            if let run = side.storedRun {
                lines.append("\(side.reference): stored run #\(run) would be used")
            } else if let estimate = side.estimate {
                lines.append("\(side.reference): would run (\(side.why ?? "no stored run"))")
                lines += dryRun(estimate).split(separator: "\n").dropFirst().map(String.init)
            }
        }
        if let judge = dry.pairwiseJudge {
            lines.append(
                "pairwise judge \(judge): also asked up to twice per case the two versions answer differently (not estimated)"
            )
        }
        return lines.joined(separator: "\n")
    }

    /// A judge's share of a dry run, counted apart from the answers'.
    private static func judgeLine(_ j: DryRunEstimate.JudgeEstimate) -> String {
        let cost =
            j.costUSD.map { String(format: "up to $%.4f", $0) } ?? "unknown (no price for \(j.model) under `pricing:`)"
        return
            "\n  judge \(j.judge) (\(j.model) via \(j.provider)): at most \(j.calls) calls, ~\(j.inputTokens) input tokens, at most \(j.maxOutputTokens) output tokens, \(cost) (apart from the answers')"
    }

    static func compare(_ outcome: CompareCommand.Outcome, config: ProjectConfig) -> String {
        let diff = outcome.diff
        let redactor = ReportRedactor()
        let b = diff.baseline.run, c = diff.candidate.run
        let rates = diff.sharedPassRates
        var lines = [
            "\(c.prompt): v\(c.version) vs v\(b.version): pass rate \(pct(rates.baseline)) -> \(pct(rates.candidate)) (\(String(format: "%+.1f", (rates.candidate - rates.baseline) * 100)) pts)"
        ]
        let counts = diff.counts
        lines.append(
            "regressions \(counts[.regression] ?? 0), fixes \(counts[.fix] ?? 0), still passing \(counts[.stillPassing] ?? 0), still failing \(counts[.stillFailing] ?? 0), flaky \(counts[.flaky] ?? 0), errors \(counts[.error] ?? 0), added \(counts[.added] ?? 0), removed \(counts[.removed] ?? 0)"
        )
        for item in diff.regressions {
            let why = item.candidate?.results.first { $0.verdict != .pass }?.reasons.first ?? ""
            lines.append("  REGRESSION \(item.caseID)\(item.isCritical ? " [critical]" : ""): \(redactor.redact(why))")
        }
        for item in diff.fixes { lines.append("  fix \(item.caseID)") }
        if let pairwise = outcome.pairwise {
            let consistency = pairwise.consistency.map(pct) ?? "n/a"
            lines.append(
                "pairwise \(pairwise.judge) on \(pairwise.target) (asked in both orders): candidate \(pairwise.wins) wins, \(pairwise.ties) ties, \(pairwise.losses) losses; consistent across orders \(consistency); judge cost \(Money.text(pairwise.costUSD))"
            )
        }
        lines.append(
            "verdict: \(outcome.decision.verdict.rawValue) (baseline v\(b.version): \(outcome.baseline.reason))")
        lines += verdictLines(outcome.decision)
        lines.append("report: \(config.display(outcome.reportURL))")
        return lines.joined(separator: "\n")
    }

    private static func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
}

extension Summaries {
    static func gate(_ outcome: GateCommand.Outcome, config: ProjectConfig, note: String? = nil) -> String {
        let against = outcome.baseline.version.map { "vs v\($0)" } ?? "(no baseline)"
        var lines = [
            "\(outcome.prompt)@v\(outcome.candidate) \(against): \(outcome.verdict.rawValue)\(note.map { " (\($0))" } ?? "")"
        ]
        lines.append("  baseline: \(outcome.baseline.version.map { "v\($0), " } ?? "")\(outcome.baseline.reason)")
        lines += verdictLines(outcome.decision)
        if let diff = outcome.diff {
            for item in diff.regressions {
                lines.append("  regression \(item.caseID)\(item.isCritical ? " [critical]" : "")")
            }
        }
        lines.append("  report: \(config.display(outcome.reportURL))")
        return lines.joined(separator: "\n")
    }

    /// The rules that did not pass, worst first, as indented lines.
    static func verdictLines(_ decision: GateDecision) -> [String] {
        let redactor = ReportRedactor()
        return decision.reasons.map {
            "  \($0.outcome.rawValue.uppercased()) \($0.rule): \(redactor.redact($0.message))"
        }
    }
}
