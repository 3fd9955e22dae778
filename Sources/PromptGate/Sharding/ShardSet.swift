import GRDB

/// The shard runs of one prompt version found in the inputs of a merge, and what keeps them from
/// making one run: inputs that differ (prompt content, test set, provider, config), a shard given
/// twice or missing, a shard that did not complete, or cases in two shards.
struct ShardSet {
    /// One shard run and the file it is in.
    struct Shard {
        let file: String
        let run: RunRecord
        let spec: ShardSpec
        let caseIDs: Set<String>

        var label: String { "shard \(spec) in \(file)" }
    }

    /// `prompt@vN`.
    let reference: String
    let shards: [Shard]

    /// The whole test set's case count.
    var caseCount: Int { shards.first?.run.caseCount ?? 0 }

    /// What differs between the shards, or is missing; empty when they make one whole run.
    func problems() -> [Diagnostic] {
        guard let first = shards.first else { return [] }
        var problems: [Diagnostic] = []
        for shard in shards.dropFirst() {
            if let what = Self.difference(shard.run, first.run, shard.spec.count, first.spec.count) {
                problems.append(
                    .error(
                        shard.file,
                        "\(reference): \(shard.label) was made from other inputs than \(first.label): \(what); re-run every shard from the same commit"
                    ))
            }
        }
        guard problems.isEmpty else { return problems }
        for shard in shards where shard.run.status != .completed {
            problems.append(
                .error(
                    shard.file,
                    "\(reference): \(shard.label) is `\(shard.run.status.rawValue)`, not completed; finish it with `promptgate run \(reference) --shard \(shard.spec)` first"
                ))
        }
        let byIndex = Dictionary(grouping: shards, by: \.spec.index)
        for index in byIndex.keys.sorted() {
            if let copies = byIndex[index], copies.count > 1 {
                problems.append(
                    .error(
                        copies[1].file,
                        "\(reference): shard \(copies[1].spec) overlaps: it is in \(copies.map(\.file).joined(separator: " and "))"
                    ))
            }
        }
        let missing = (1...first.spec.count).filter { byIndex[$0] == nil }
        if !missing.isEmpty {
            let have = shards.map(\.label).joined(separator: ", ")
            problems.append(
                .error(
                    first.file,
                    "\(reference): shard\(missing.count == 1 ? "" : "s") \(missing.map { "\($0)/\(first.spec.count)" }.joined(separator: ", ")) missing (given: \(have)); pass every shard's database"
                ))
        }
        guard problems.isEmpty else { return problems }
        var owner: [String: Shard] = [:]
        for shard in shards {
            for id in shard.caseIDs.sorted() {
                if let other = owner[id] {
                    problems.append(
                        .error(
                            shard.file,
                            "\(reference): case `\(id)` is in \(other.label) and \(shard.label); the shards overlap"))
                    return problems
                }
                owner[id] = shard
            }
        }
        if owner.count != caseCount {
            problems.append(
                .error(
                    first.file,
                    "\(reference): the shards hold results for \(owner.count) of the test set's \(caseCount) cases"))
        }
        return problems
    }

    /// The first input that differs between two shard runs, in words, or nil.
    private static func difference(_ run: RunRecord, _ first: RunRecord, _ count: Int, _ firstCount: Int) -> String? {
        func differs(_ what: String, _ a: String, _ b: String) -> String { "\(what) differs (\(a) vs \(b))" }
        if run.promptHash != first.promptHash {
            return differs("prompt content", short(run.promptHash), short(first.promptHash))
        }
        if run.testsetHash != first.testsetHash || run.testset != first.testset || run.caseCount != first.caseCount {
            return differs(
                "test set", "\(run.testset) \(short(run.testsetHash)), \(run.caseCount) cases",
                "\(first.testset) \(short(first.testsetHash)), \(first.caseCount) cases")
        }
        if run.provider != first.provider || run.model != first.model {
            return differs("provider", "\(run.provider) \(run.model)", "\(first.provider) \(first.model)")
        }
        if count != firstCount { return differs("shard count", "\(count)", "\(firstCount)") }
        if run.repeats != first.repeats || run.configJSONWithoutShard != first.configJSONWithoutShard {
            return differs("config", run.configJSONWithoutShard, first.configJSONWithoutShard)
        }
        return nil
    }

    private static func short(_ hash: String) -> String { String(hash.prefix("sha256:".count + 12)) }

    /// How the merged run is written: the first shard's run row, as one whole completed run.
    var plan: StoreMerge.Plan {
        let ordered = shards.sorted { $0.spec.index < $1.spec.index }
        let started = ordered.map(\.run.startedAt).min()
        let finished = ordered.compactMap(\.run.finishedAt).max()
        return StoreMerge.Plan(
            parts: ordered.compactMap { shard in shard.run.id.map { (shard.file, $0) } },
            overrides: [
                "configJSON": ordered.first?.run.configJSONWithoutShard, "status": RunRecord.Status.completed.rawValue,
                "abortReason": nil, "startedAt": started.map(StoredDate.text),
                "finishedAt": finished.map(StoredDate.text),
            ],
            isPresent: isPresent)
    }

    /// True when `db` already holds a completed whole run of these inputs (merged before, or run
    /// in one process): merging again adds nothing.
    func isPresent(_ db: Database) throws -> Bool {
        guard let run = shards.first?.run else { return false }
        return try Int.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) FROM run WHERE status = 'completed' AND prompt = ? AND version = ? AND promptHash = ?
                AND testsetHash = ? AND provider = ? AND model = ? AND repeats = ? AND configJSON = ?
                """,
            arguments: [
                run.prompt, run.version, run.promptHash, run.testsetHash, run.provider, run.model, run.repeats,
                run.configJSONWithoutShard,
            ]) ?? 0 > 0
    }
}
