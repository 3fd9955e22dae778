extension ShardSet {
    /// The shard sets in a merge's inputs: one per prompt version, or one per prompt version and
    /// inputs when a version was run from several inputs that are each whole (`ci --shard` runs a
    /// version whose config changed both at the base ref and now). Otherwise the version's newest
    /// shard runs make one set, whose `problems()` name what differs.
    static func grouped(_ shards: [Shard]) -> [ShardSet] {
        var sets: [ShardSet] = []
        for (reference, runs) in Dictionary(grouping: shards, by: \.run.reference) {
            let parts = Dictionary(grouping: runs, by: \.run.inputsKey).values.map {
                ShardSet(reference: reference, shards: $0)
            }
            if parts.count > 1 {
                let whole = parts.filter { $0.problems().isEmpty }
                if !whole.isEmpty,
                    parts.allSatisfy({ part in
                        whole.contains { $0.inputsKey == part.inputsKey } || part.isSuperseded(by: whole)
                    })
                {
                    sets += whole
                    continue
                }
            }
            sets.append(ShardSet(reference: reference, shards: newestPerShard(runs)))
        }
        return sets.sorted { ($0.reference, $0.firstRunID) < ($1.reference, $1.firstRunID) }
    }

    /// The newest run of each shard in each file (an older one was interrupted and redone), in the
    /// order given.
    private static func newestPerShard(_ runs: [Shard]) -> [Shard] {
        var newest: [String: Int64] = [:]
        for shard in runs {
            newest["\(shard.file) \(shard.spec)"] = max(newest["\(shard.file) \(shard.spec)"] ?? 0, shard.run.id ?? 0)
        }
        return runs.filter { newest["\($0.file) \($0.spec)"] == ($0.run.id ?? 0) }
    }

    private var inputsKey: String { shards.first?.run.inputsKey ?? "" }
    private var firstRunID: Int64 { shards.first?.run.id ?? 0 }

    /// True when every shard run here was redone later, in the same file, by a run of a whole set.
    private func isSuperseded(by sets: [ShardSet]) -> Bool {
        shards.allSatisfy { old in
            sets.contains { set in
                set.shards.contains {
                    $0.file == old.file && $0.spec == old.spec && ($0.run.id ?? 0) > (old.run.id ?? 0)
                }
            }
        }
    }
}

extension RunRecord {
    /// What a shard run was made from (prompt, test set, provider, config): shard runs with equal
    /// keys are parts of one run.
    var inputsKey: String {
        [
            promptHash, testsetHash, testset, String(caseCount), provider, model, String(repeats),
            String(shard?.count ?? 0), configJSONWithoutShard,
        ].joined(separator: "\u{1}")
    }
}
