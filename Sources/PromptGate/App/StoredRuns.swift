import Foundation

/// The stored runs a comparison or gate needs, running the sides that are missing or stale.
enum StoredRuns {
    /// One side of a comparison as found in the database: the stored run to use, or why it must run.
    struct Found {
        let project: Project
        let plan: RunPlan
        /// The completed run of these inputs to use; nil when the side must run.
        let storedRun: Int64?
        /// Why the side must run; nil when a stored run is used.
        let why: String?
    }

    /// Plans every side (validating prompt, test set and rendering) and finds the stored run each
    /// can use in `existing`, the candidate project's database (nil when there is none yet). A stored
    /// run whose provider errors exceed `policy`'s limit is not used (the answers it did receive
    /// come from the response cache when it runs again): a gate made inconclusive by an outage is
    /// finished by the next one. An `exec` pipeline's run is kept: its errors are its own crashes.
    static func find(
        prompt: String, sides requested: [(Project, Int)], policy: GatePolicy, existing: ResultStore?
    ) throws -> [Found] {
        var plans: [(Project, RunPlan)] = []
        for (project, version) in requested { plans.append((project, try project.plan(prompt, version: version))) }
        return try plans.map { project, plan throws -> Found in
            // The newest run of these inputs: the version may also hold runs of other inputs (the
            // same version at the base ref, gated by `ci` after a config change).
            let runs = try existing?.completedRuns(prompt: prompt, version: plan.prompt.version) ?? []
            let matching = runs.first { RunInputs.match($0, plan, pricing: project.config.pricing) }
            // An outage is worth calling again; an exec pipeline's crashes are its own and stay.
            let exec = project.isExecPipeline(plan.provider.name)
            let limit = policy.errorLimit(execPipeline: exec)
            let errorShare = try matching?.id.flatMap { id throws(StoreError) in try existing?.errorShare(runID: id) }
            if let id = matching?.id, let errorShare, errorShare <= limit || exec {
                return Found(project: project, plan: plan, storedRun: id, why: nil)
            }
            let why: String
            if let errorShare {
                why =
                    "the stored run's provider errors (\(AbsoluteRules.pct(errorShare))) exceed the limit "
                    + "(\(AbsoluteRules.pct(limit))); answers it received come from the response cache"
            } else if !runs.isEmpty {
                why = "the stored run was made from other inputs (prompt, test set, provider settings or prices)"
            } else {
                why = "no stored run"
            }
            return Found(project: project, plan: plan, storedRun: nil, why: why)
        }
    }

    /// The ids of completed runs of these versions (each in its project, all in the candidate
    /// project's database) with their current inputs (`find`), running the ones that must run.
    /// Every side is validated first (prompt, test set, rendering, recordings, provider), so bad
    /// input on any side stops the command before anything is run or written.
    static func ensure(
        prompt: String, sides requested: [(Project, Int)], policy: GatePolicy, hooks: RunHooks
    ) async throws -> (ResultStore, [Int64]) {
        guard let home = requested.last?.0 else { throw StoreError.notFound("no version to run") }
        // Look for stored runs only in an existing database: opening one creates it.
        let existing = FileManager.default.fileExists(atPath: home.config.databaseURL.path) ? try home.openStore() : nil
        var sides: [Side] = []
        for found in try find(prompt: prompt, sides: requested, policy: policy, existing: existing) {
            if let id = found.storedRun {
                sides.append(.stored(id))
            } else {
                let provider = try ProviderFactory.make(for: found.plan, config: found.project.config)
                sides.append(.toRun(found.project, found.plan, provider, why: found.why ?? "no stored run"))
            }
        }
        let store = try existing ?? home.openStore()
        var ids: [Int64] = []
        for side in sides {
            switch side {
            case .stored(let id):
                ids.append(id)
            case .toRun(let project, let plan, let provider, let why):
                let reference = PromptReference(name: prompt, version: plan.prompt.version)
                try hooks.checkInterruption(during: "gathering the runs to compare")
                try hooks.checkBudget(before: reference)
                hooks.log?(
                    "running \(plan.prompt.reference) (\(why)): \(plan.calls.count) calls via \(plan.provider.name)")
                let outcome = try await RunCommand.execute(
                    plan, provider: provider, store: store, project: project, options: hooks.runOptions(reference))
                if outcome.resumedResults > 0, let id = outcome.run.id {
                    hooks.log?(
                        "\(plan.prompt.reference): finished interrupted run #\(id), whose \(outcome.resumedResults) stored results were kept"
                    )
                }
                try hooks.finished(outcome, of: reference)
                guard let id = outcome.run.id else {
                    throw StoreError.notFound("the run of \(plan.prompt.reference) was not stored")
                }
                ids.append(id)
            }
        }
        return (store, ids)
    }

    /// One side of a comparison: already stored, or validated and ready to run.
    private enum Side {
        case stored(Int64)
        case toRun(Project, RunPlan, any Provider, why: String)
    }
}
