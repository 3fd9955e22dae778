import Foundation

/// `promptgate merge OUT.sqlite IN.sqlite…`: combines the shard runs (`run --shard i/n`) of
/// several databases into one run per prompt version, which `compare`, `gate`, `report` and `ci`
/// use as if it had run in one process.
///
/// Every input is checked before anything is written (see `ShardSet` for the refusals); the
/// output is replaced atomically, and merging the same shards again adds nothing.
public enum MergeCommand {
    /// One prompt version's merged run.
    public struct Merged: Sendable {
        public let reference: String
        public let shards: Int
        public let cases: Int
        /// False when the output already held this run (nothing was added).
        public let added: Bool
    }

    /// Validates the shards in `inputs` and writes one run per prompt version into `output`.
    public static func merge(output: String, inputs: [String]) throws -> [Merged] {
        let outputVersion = try schemaVersion(of: output)
        var shards: [ShardSet.Shard] = []
        var seenFiles: [String: String] = [:]
        for input in inputs {
            let canonical = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            if canonical == URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path {
                throw InputError(
                    .error(input, "is the output of the merge too; write the merged database to a new file"))
            }
            if let earlier = seenFiles[canonical] {
                throw InputError(.error(input, "is given twice (also as \(earlier)): its shards would overlap"))
            }
            seenFiles[canonical] = input
            guard FileManager.default.fileExists(atPath: input) else { throw InputError(.error(input, "no such file")) }
            let store = try ResultStore(readingAt: input)
            let version = try store.schemaVersion()
            guard version == outputVersion else {
                throw InputError(
                    .error(
                        input,
                        "schema version \(version) differs from the output's (\(outputVersion), \(output)); run every shard and the merge with the same promptgate"
                    ))
            }
            let runs = try store.shardRuns()
            guard !runs.isEmpty else {
                throw InputError(
                    .error(
                        input, "holds no shard run; make shards with `promptgate run <prompt> --shard i/n --db FILE`"))
            }
            // The newest run of each shard of each version and inputs: an older one was interrupted and redone.
            var newest: [String: RunRecord] = [:]
            for run in runs { if let shard = run.shard { newest["\(run.reference) \(shard) \(run.inputsKey)"] = run } }
            for run in newest.values.sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) }) {
                guard let shard = run.shard, let id = run.id else { continue }
                shards.append(ShardSet.Shard(file: input, run: run, spec: shard, caseIDs: try store.caseIDs(runID: id)))
            }
        }
        let sets = ShardSet.grouped(shards)
        let problems = sets.flatMap { $0.problems() }
        guard problems.isEmpty else { throw InputError(problems) }
        let plans = sets.map(\.plan)
        let present = try alreadyMerged(output, sets: sets)
        _ = try StoreMerge.write(plans, into: output)
        return zip(sets, present).map { set, present in
            Merged(reference: set.reference, shards: set.shards.count, cases: set.caseCount, added: !present)
        }
    }

    /// The output's schema version: this build's when it does not exist yet.
    private static func schemaVersion(of output: String) throws -> Int {
        guard StoreFile.hasContent(output) else { return StoreSchema.version }
        return try ResultStore(readingAt: output).schemaVersion()
    }

    /// For each set, whether the output already holds its merged run.
    private static func alreadyMerged(_ output: String, sets: [ShardSet]) throws -> [Bool] {
        guard StoreFile.hasContent(output) else { return sets.map { _ in false } }
        let store = try ResultStore(readingAt: output)
        return try sets.map { set in try store.read { db in try set.isPresent(db) } }
    }
}
