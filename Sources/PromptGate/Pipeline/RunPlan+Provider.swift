import Foundation

extension ProviderFactory {
    /// The provider `plan` names, built from the parts of the plan the factory needs.
    public static func make(
        for plan: RunPlan, config: ProjectConfig,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: (any HTTPTransport)? = nil, concurrency: Int = 8
    ) throws(InputError) -> any Provider {
        try make(
            plan.provider, replaying: plan.replayTarget(config: config), config: config,
            environment: environment, transport: transport, concurrency: concurrency)
    }

    /// The provider of `judge`, built from the parts of its plan the factory needs.
    public static func make(
        judge: JudgePlan, config: ProjectConfig,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: (any HTTPTransport)? = nil, concurrency: Int = 8
    ) throws(InputError) -> any Provider {
        let url = RecordingFile.url(
            config: config, testset: judge.prompt.settings.testset, prompt: judge.prompt.name,
            version: judge.prompt.version)
        return try make(
            judge: judge.provider, recordings: url, reference: judge.prompt.reference, config: config,
            environment: environment, transport: transport, concurrency: concurrency)
    }
}

extension RunPlan {
    /// The recordings a replay of this plan reads and the requests it must find there.
    func replayTarget(config: ProjectConfig) -> ReplayTarget {
        ReplayTarget(
            recordings: RecordingFile.url(
                config: config, testset: testSet.name, prompt: prompt.name, version: prompt.version),
            requests: calls.lazy.map { ($0.caseID, $0.repeatIndex, $0.requestHash) }, repeats: repeats,
            promptReference: prompt.reference)
    }
}
