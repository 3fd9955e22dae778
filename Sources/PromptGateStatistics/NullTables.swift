/// The null distributions of a `StratifiedPermutationTest`'s informative cases, laid out flat for
/// the draw loop: one table per distinct stratum (cumulative probabilities and standardized
/// deviations, at `starts[t]` for `lengths[t]` entries) and, per case, the index of its table.
struct NullTables {
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var cumulative: [Double] = []
    private var deviations: [Double] = []
    private var caseTables: [Int] = []
    private var strata: [HypergeometricStratum.Key: (table: Int, stratum: HypergeometricStratum)] = [:]

    /// Informative cases added.
    var caseCount: Int { caseTables.count }

    /// Adds a case with these run counts and passes; returns its stratum, or nil when every run
    /// passed or every run failed (the case carries no information and is not added).
    mutating func addCase(_ key: HypergeometricStratum.Key) -> HypergeometricStratum? {
        if let known = strata[key] {
            caseTables.append(known.table)
            return known.stratum
        }
        guard let stratum = HypergeometricStratum(key) else { return nil }
        let table = starts.count
        strata[key] = (table, stratum)
        starts.append(cumulative.count)
        lengths.append(stratum.cumulative.count)
        cumulative += stratum.cumulative
        deviations += stratum.deviations
        caseTables.append(table)
        return stratum
    }

    /// Draws the null statistic `draws` times and counts the draws at or below, and at or above,
    /// the observed value (within a rounding tolerance, ties count on both sides).
    func tailCounts(of observed: Double, draws: Int, seed: UInt64) -> (atOrBelow: Int, atOrAbove: Int) {
        guard !caseTables.isEmpty else { return (draws, draws) }
        let parts = SeededWork.run(repetitions: draws, cases: caseTables.count, seed: seed) { draws, generator in
            counts(of: observed, draws: draws, using: &generator)
        }
        return parts.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
    }

    /// The draw loop: one uniform number per case, looked up in its table's cumulative
    /// probabilities. Tables are a handful of entries long, so the lookup counts the entries the
    /// number passes without branching (a branch per entry would be mispredicted half the time).
    private func counts(of observed: Double, draws: Int, using generator: inout SeededGenerator) -> (Int, Int) {
        let tolerance = 1e-9 * Double(caseTables.count)
        var atOrBelow = 0
        var atOrAbove = 0
        starts.withUnsafeBufferPointer { starts in
            lengths.withUnsafeBufferPointer { lengths in
                cumulative.withUnsafeBufferPointer { cumulative in
                    deviations.withUnsafeBufferPointer { deviations in
                        caseTables.withUnsafeBufferPointer { cases in
                            var draw = 0
                            while draw < draws {
                                var sum = 0.0
                                var position = 0
                                while position < cases.count {
                                    let table = cases[position]
                                    let start = starts[table]
                                    let uniform = generator.nextUnitDouble()
                                    var passed = 0
                                    var entry = start
                                    let last = start + lengths[table] - 1
                                    while entry < last {
                                        passed &+= uniform >= cumulative[entry] ? 1 : 0
                                        entry &+= 1
                                    }
                                    sum += deviations[start + passed]
                                    position += 1
                                }
                                if sum <= observed + tolerance { atOrBelow += 1 }
                                if sum >= observed - tolerance { atOrAbove += 1 }
                                draw += 1
                            }
                        }
                    }
                }
            }
        }
        return (atOrBelow, atOrAbove)
    }
}
