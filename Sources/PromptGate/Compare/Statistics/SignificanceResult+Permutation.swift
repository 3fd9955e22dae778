extension SignificanceResult {
    /// This bootstrap result with its p-values, verdict and explanation taken from a stratified
    /// permutation test on the same cases; the bootstrap interval is kept.
    func replacingTest(with test: PermutationTestResult) -> SignificanceResult {
        let significantDrop = test.pValue < alpha && effect < 0
        let explanation = interval.map { interval in
            SignificanceExplanation(
                measure: measure, effect: effect, interval: interval, pValue: test.pValue,
                lowerPValue: test.lowerPValue, pValueIsBound: test.pValue <= 2 / Double(test.draws + 1),
                alpha: alpha, significantDrop: significantDrop, counts: nil)
        }
        return SignificanceResult(
            method: .stratifiedPermutation, measure: measure, cases: cases,
            baselineLevel: baselineLevel, candidateLevel: candidateLevel, effect: effect,
            interval: interval, pValue: test.pValue, lowerPValue: test.lowerPValue, alpha: alpha,
            significantDrop: significantDrop, explanation: explanation?.text ?? self.explanation,
            dropExplanation: explanation?.dropText ?? dropExplanation,
            mcnemar: nil, bootstrap: bootstrap, permutation: test)
    }
}
