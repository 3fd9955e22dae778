extension RunCommand {
    /// What the test set's judges would add to a run of `inputs` over the cases at `positions`:
    /// an upper bound per judge (see `DryRunEstimate.JudgeEstimate`); judges are checked as a run
    /// checks them.
    static func judgeEstimates(
        _ inputs: Project.RunMaterials, positions: [Int], repeats: Int, project: Project
    ) throws(InputError) -> [DryRunEstimate.JudgeEstimate] {
        let plans = try project.judges(for: inputs.testSet, judging: inputs.prompt)
        let answerMaxTokens = inputs.prompt.settings.maxTokens
        return plans.compactMap { plan in
            let tokens = positions.map {
                plan.estimatedInputTokens(for: inputs.testSet.cases[$0], answerMaxTokens: answerMaxTokens)
            }
            return DryRunEstimate.JudgeEstimate.make(
                judge: plan.prompt, provider: plan.provider.name, repeats: repeats, caseInputTokens: tokens,
                pricing: project.config.pricing)
        }
    }
}
