extension Project {
    /// The pairwise judge `testSet` names under `pairwise:`, loaded and checked for comparing
    /// versions of `prompt`; nil when it names none. The judge must be a pairwise judge prompt with
    /// a known provider, compare a field only of a JSON answer, and use only the case's variables,
    /// `answer_a`, `answer_b` and `expected`.
    func pairwiseJudge(for testSet: TestSet, judging prompt: PromptFile) throws(InputError) -> PairwisePlan? {
        guard let use = testSet.settings.pairwise else { return nil }
        let file = "\(testSet.path)/testset.yaml"
        let judge: PromptFile
        do {
            let (name, version) = try prompts.resolve(PromptReference(name: use.judge, version: use.version))
            judge = try prompts.load(name, version: version)
        } catch {
            throw InputError(
                .error(
                    file, line: use.line,
                    "pairwise judge `\(use.judge)`: " + error.diagnostics.map(\.message).joined(separator: "; ")))
        }
        guard judge.settings.pairwise else {
            throw InputError(
                .error(
                    file, line: use.line,
                    "`\(judge.reference)` is not a pairwise judge: add `verdict: pairwise` to its front matter (\(judge.path)); it answers {\"winner\": \"A\" | \"B\" | \"tie\", \"reason\"}"
                ))
        }
        if use.field != nil && prompt.settings.output == .text {
            throw InputError(
                .error(
                    file, line: use.line,
                    "pairwise judge `\(use.judge)` compares field `\(use.field ?? "")`, but \(prompt.reference) answers with text (`output: text`): remove `field:` to compare the whole replies"
                ))
        }
        let providerName = judge.settings.provider ?? config.defaultProvider
        guard let provider = config.providers[providerName] else {
            throw InputError(
                .error(
                    judge.path, line: judge.line(of: "provider"),
                    "unknown provider `\(providerName)`; providers in \(ProjectConfig.fileName): \(config.providers.keys.sorted().joined(separator: ", "))"
                ))
        }
        let needed = judge.variables.subtracting(PairwiseVerdict.variables)
        if let testCase = testSet.cases.first(where: { !needed.isSubset(of: $0.vars.keys) }) {
            let missing = needed.subtracting(testCase.vars.keys).sorted().joined(separator: ", ")
            throw InputError(
                .error(
                    judge.path, caseID: testCase.id,
                    "pairwise judge variable `\(missing)` is not provided by the case; a pairwise judge may use `answer_a`, `answer_b`, `expected` and the case's vars"
                ))
        }
        return PairwisePlan(use: use, prompt: judge, provider: provider)
    }
}
