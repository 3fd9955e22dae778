import Testing

@testable import PromptGate

/// Cohen's kappa against examples worked by hand.
@Suite struct CohenKappaTests {
    /// Two raters, yes/no, 50 items: 20 both yes, 15 both no, 5 yes/no, 10 no/yes. Observed
    /// agreement 0.7; by chance 0.5·0.6 + 0.5·0.4 = 0.5; kappa (0.7 − 0.5) / (1 − 0.5) = 0.4.
    @Test func theTextbookTwoByTwoExampleGivesPointFour() throws {
        let pairs =
            Array(repeating: (1, 1), count: 20) + Array(repeating: (0, 0), count: 15)
            + Array(repeating: (1, 0), count: 5) + Array(repeating: (0, 1), count: 10)
        let kappa = try #require(CohenKappa.kappa(pairs, categories: 2, weighting: .unweighted))
        #expect(abs(kappa - 0.4) < 1e-12)
        let agreement = CohenKappa.agreement(pairs, categories: 2, weighting: .unweighted)
        #expect(agreement.count == 50 && abs(agreement.accuracy - 0.7) < 1e-12)
        #expect(agreement.confusion == [[15, 10], [5, 20]])
        let interval = try #require(agreement.interval)
        #expect(interval.contains(0.4) && interval.lower > 0 && interval.upper < 0.8, "\(interval)")
        #expect(
            CohenKappa.agreement(pairs, categories: 2, weighting: .unweighted).interval == interval,
            "the bootstrap is seeded")
    }

    /// Three ordered categories, 30 items, rows [12, 12, 6], columns [11, 12, 7]:
    /// unweighted: observed 22/30, chance (12·11 + 12·12 + 6·7) / 900 = 318/900, kappa 342/582 = 57/97;
    /// linear weights |i − j| / 2: observed disagreement 4/30, chance 61/150, kappa 1 − (4/30)/(61/150) = 41/61;
    /// quadratic weights (i − j)² / 4: observed 2/30, chance 43/150, kappa 1 − (2/30)/(43/150) = 33/43.
    @Test func weightedKappaOnAnOrderedScale() throws {
        let matrix = [[10, 2, 0], [1, 8, 3], [0, 2, 4]]
        #expect(abs(try #require(CohenKappa.kappa(matrix: matrix, weighting: .unweighted)) - 57.0 / 97) < 1e-12)
        #expect(abs(try #require(CohenKappa.kappa(matrix: matrix, weighting: .linear)) - 41.0 / 61) < 1e-12)
        #expect(abs(try #require(CohenKappa.kappa(matrix: matrix, weighting: .quadratic)) - 33.0 / 43) < 1e-12)
    }

    @Test func perfectAgreementIsOneAndNoVariationIsUndefined() {
        #expect(CohenKappa.kappa([(0, 0), (1, 1), (2, 2)], categories: 3, weighting: .quadratic) == 1)
        #expect(
            CohenKappa.kappa([(1, 1), (1, 1)], categories: 2, weighting: .unweighted) == nil,
            "one category only: chance agreement is 1")
        let agreement = CohenKappa.agreement([(1, 1), (1, 1)], categories: 2, weighting: .unweighted)
        #expect(agreement.kappa == nil && agreement.interval == nil && agreement.accuracy == 1)
    }
}
