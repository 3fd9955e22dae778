import PromptGate
import Testing

@Suite("Exact sign test with Clopper-Pearson interval")
struct SignTestTests {
    /// (wins, losses, alpha, one-sided p for a loss, interval lower, upper) from SciPy 1.17.1:
    /// `binomtest(w, w + l, 0.5, alternative="less").pvalue`, `beta.ppf(alpha, w, l + 1)` and
    /// `beta.ppf(1 - alpha, w + 1, l)` (0 and 1 at the ends).
    static let scipy: [(Int, Int, Double, Double, Double, Double)] = [
        (2, 10, 0.01, 0.019287109375, 0.012847395035694804, 0.5373429143169248),
        (3, 9, 0.01, 0.072998046875, 0.038982140493247594, 0.6221930125364694),
        (7, 3, 0.01, 0.9453125, 0.29711647232053734, 0.9524930010488387),
        (0, 6, 0.01, 0.015625, 0, 0.5358411166387221),
        (20, 35, 0.01, 0.029032073396204526, 0.2185655720378428, 0.5290329348895415),
    ]

    @Test(arguments: scipy)
    func matchesScipy(_ row: (Int, Int, Double, Double, Double, Double)) {
        let (w, l, alpha, p, lower, upper) = row
        let test = SignTest(wins: w, losses: l, alpha: alpha)
        #expect(abs(test.lossPValue - p) <= 1e-9 * p, "\(test.lossPValue) vs \(p)")
        #expect(abs(test.winShare.lower - lower) < 1e-9 && abs(test.winShare.upper - upper) < 1e-9, "\(test.winShare)")
        #expect(test.winShare.level == 1 - 2 * alpha)
    }

    /// The interval and the p-value agree: the upper bound is below one half exactly when p < alpha.
    @Test func intervalAndTestAgree() {
        for n in 1...40 {
            for w in 0...n {
                let test = SignTest(wins: w, losses: n - w, alpha: 0.01)
                #expect(test.losesSignificantly(alpha: 0.01) == (test.winShare.upper < 0.5), "w=\(w) n=\(n)")
            }
        }
    }

    @Test func explanationInPlainWords() {
        let test = SignTest(wins: 1, losses: 9, alpha: 0.01)
        #expect(
            test.explanation(alpha: 0.01)
                == "The candidate won 1 and lost 9 of the 10 cases a winner was named in (win share 10%, 98% CI 0.1% to 50.4%); if both versions were equally good, a split at least this lopsided would happen by chance about 1 time in 93 (one-sided p = 0.011). Not a significant loss (alpha = 0.01): the interval reaches one half."
        )
        #expect(SignTest(wins: 0, losses: 0, alpha: 0.01).explanation(alpha: 0.01).hasPrefix("No case had a winner"))
    }
}
