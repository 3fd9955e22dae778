extension Project {
    /// The judges `testSet` names under `judges:`, loaded and checked for a run of `prompt`: each
    /// must be a judge prompt (`verdict:`) with a known provider, judge a field only of a JSON
    /// answer, and use only the case's variables, `output` and `expected`.
    func judges(for testSet: TestSet, judging prompt: PromptFile) throws(InputError) -> [JudgePlan] {
        let file = "\(testSet.path)/testset.yaml"
        var plans: [JudgePlan] = []
        var errors: [Diagnostic] = []
        for use in testSet.settings.judges {
            let judge: PromptFile
            do {
                let (name, version) = try prompts.resolve(PromptReference(name: use.name, version: use.version))
                judge = try prompts.load(name, version: version)
            } catch {
                errors.append(
                    .error(
                        file, line: use.line,
                        "judge `\(use.name)`: " + error.diagnostics.map(\.message).joined(separator: "; ")))
                continue
            }
            if judge.settings.pairwise {
                errors.append(
                    .error(
                        file, line: use.line,
                        "`\(judge.reference)` is a pairwise judge (`verdict: pairwise`): name it under `pairwise: { judge: \(judge.name) }`, not under `judges:`"
                    ))
                continue
            }
            guard judge.isJudge else {
                errors.append(
                    .error(
                        file, line: use.line,
                        "`\(judge.reference)` is not a judge prompt: add `verdict: pass_fail` or `verdict: scale_1_5` to its front matter (\(judge.path))"
                    ))
                continue
            }
            if use.field != nil && prompt.settings.output == .text {
                errors.append(
                    .error(
                        file, line: use.line,
                        "judge `\(use.name)` judges field `\(use.field ?? "")`, but \(prompt.reference) answers with text (`output: text`): remove `field:` to judge the whole reply"
                    ))
            }
            if judge.settings.verdict == .passFail && use.threshold != nil {
                errors.append(
                    .error(
                        file, line: use.line,
                        "judge `\(use.name)` answers pass or fail (`verdict: pass_fail`): `threshold` applies only to `verdict: scale_1_5`; remove it"
                    ))
            }
            let providerName = judge.settings.provider ?? config.defaultProvider
            guard let provider = config.providers[providerName] else {
                errors.append(
                    .error(
                        judge.path, line: judge.line(of: "provider"),
                        "unknown provider `\(providerName)`; providers in \(ProjectConfig.fileName): \(config.providers.keys.sorted().joined(separator: ", "))"
                    ))
                continue
            }
            let needed = judge.variables.subtracting(JudgePlan.variables)
            for testCase in testSet.cases where !needed.isSubset(of: testCase.vars.keys) {
                let missing = needed.subtracting(testCase.vars.keys).sorted().joined(separator: ", ")
                errors.append(
                    .error(
                        judge.path, caseID: testCase.id,
                        "judge variable `\(missing)` is not provided by the case; a judge may use `output` (the judged text), `expected` and the case's vars"
                    ))
                break
            }
            plans.append(JudgePlan(use: use, prompt: judge, provider: provider))
        }
        if !errors.isEmpty { throw InputError(errors) }
        return plans
    }

    /// Refuses to run a judge prompt on its own: it scores other prompts' answers.
    static func refuseJudge(_ prompt: PromptFile) throws(InputError) {
        guard prompt.isJudge else { return }
        throw InputError(
            .error(
                prompt.path, line: prompt.line(of: "verdict"),
                "`\(prompt.name)` is a judge (`verdict:`): it scores the answers of the prompts whose test set names it under `judges:` in testset.yaml; run one of those instead"
            ))
    }
}
