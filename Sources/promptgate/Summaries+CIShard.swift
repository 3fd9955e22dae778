import PromptGate

extension Summaries {
    /// What `ci --shard i/n` ran, and what the merge-and-gate job does next.
    static func ciShard(_ outcome: CIShardCommand.Outcome, base: String, database: String) -> String {
        guard !outcome.targets.isEmpty else {
            return
                "no prompt version added and no config, test set or pipeline file changed since \(base): nothing to run in shard \(outcome.shard)"
        }
        var lines: [String] = []
        for run in outcome.runs {
            let status =
                run.outcome.run.status == .completed
                ? "" : " [\(run.outcome.run.status.rawValue): run the same command again to finish it]"
            lines.append(
                "\(run.reference) (\(run.role)): shard \(outcome.shard), \(run.outcome.metrics.results) results [run #\(run.outcome.run.id ?? 0)]\(status)"
            )
        }
        lines.append(
            "stored in \(database); nothing gated: merge every shard's database (`promptgate merge OUT.sqlite SHARD.sqlite…`), then run `promptgate ci --base \(base) --db OUT.sqlite`"
        )
        return lines.joined(separator: "\n")
    }
}
