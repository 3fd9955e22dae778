import Foundation

/// `promptgate ci --shard i/n`: runs shard i of n of every version `ci` would run (each changed
/// prompt's candidate and intermediate versions, and its baseline in the project at the base
/// ref) into the database, and gates nothing. One job per shard of a CI matrix does this; one
/// job then merges the shard databases (`promptgate merge`) and runs `promptgate ci`, which finds
/// every version stored with its current inputs and calls nothing.
public enum CIShardCommand {
    /// One shard run of one version.
    public struct ShardRun: Sendable {
        /// `prompt@vN`.
        public let reference: String
        /// `baseline at <ref>`, `candidate` or `intermediate`.
        public let role: String
        public let outcome: RunCommand.Outcome
    }

    public struct Outcome: Sendable {
        public let shard: ShardSpec
        public let targets: [CITarget]
        public let runs: [ShardRun]

        /// 3 when a shard run did not complete (finish it by running the same command again), else 0.
        public var exitStatus: ExitStatus {
            runs.contains { $0.outcome.run.status != .completed } ? .incomplete : .ok
        }
    }

    /// Finds what `ci` would gate since `base` and runs `shard` of each version it needs. Every
    /// version is planned and its provider built first, so bad input stops the command before
    /// anything is run.
    public static func run(
        project: Project, base: String, shard: ShardSpec, hooks: RunHooks = RunHooks()
    ) async throws -> Outcome {
        let root = project.config.root
        let changed = try ChangedFiles.since(base, root: root)
        let atBase = try BaseRefPrompts.at(base, root: root)
        let targets = try CITargets.find(project: project, base: atBase, changed: changed)
        guard !targets.isEmpty else { return Outcome(shard: shard, targets: [], runs: []) }
        let tree =
            targets.contains { atBase.newest(of: $0.prompt) != nil } ? try BaseTree.export(base, root: root) : nil
        let baseProject = try tree.map { tree throws(InputError) in
            try CICommand.openBase(tree, ref: base, database: project.config.databaseURL.path)
        }
        var sides: [(project: Project, prompt: String, version: Int, role: String)] = []
        for target in targets {
            if let version = Baseline.newest(of: target.prompt, at: atBase).version, let baseProject {
                sides.append((baseProject, target.prompt, version, "baseline at \(base)"))
            }
            sides.append((project, target.prompt, target.candidate, "candidate"))
            for version in target.intermediates { sides.append((project, target.prompt, version, "intermediate")) }
        }
        var ready: [(plan: RunPlan, provider: any Provider, project: Project, role: String)] = []
        for side in sides {
            let plan = try side.project.plan(side.prompt, version: side.version).sharded(shard)
            ready.append(
                (plan, try ProviderFactory.make(for: plan, config: side.project.config), side.project, side.role))
        }
        let store = try project.openStore()
        var runs: [ShardRun] = []
        for item in ready {
            hooks.log?(
                "running \(item.plan.prompt.reference) (\(item.role)), shard \(shard): \(item.plan.calls.count) calls via \(item.plan.provider.name)"
            )
            let reference = PromptReference(name: item.plan.prompt.name, version: item.plan.prompt.version)
            var options = hooks.runOptions(reference)
            options.shard = shard
            let outcome = try await RunCommand.execute(
                item.plan, provider: item.provider, store: store, project: item.project, options: options)
            try hooks.finished(outcome, of: reference)
            runs.append(ShardRun(reference: item.plan.prompt.reference, role: item.role, outcome: outcome))
            if outcome.run.status != .completed { break }
        }
        return Outcome(shard: shard, targets: targets, runs: runs)
    }
}
