import Foundation

/// Invalid input to a statistical routine, with a message that says which value is wrong and what
/// to do about it; positions are 0-based case indexes in the order the caller passed them.
public enum StatisticsError: LocalizedError, Equatable, Sendable {
    case empty(what: String)
    case mismatchedCaseCounts(baseline: Int, candidate: Int)
    case caseWithoutRepeats(index: Int, side: String)
    case nonFiniteValue(index: Int, side: String)
    case percentileOutOfRange(Double)
    case confidenceOutOfRange(Double)
    case alphaOutOfRange(Double)
    case invalidCount(what: String, value: Int)

    public var errorDescription: String? {
        switch self {
        case .empty(let what):
            return "No \(what) to analyse: pass at least one value."
        case .mismatchedCaseCounts(let baseline, let candidate):
            return "Baseline has \(baseline) cases but candidate has \(candidate): "
                + "align both runs on the same cases, in the same order."
        case .caseWithoutRepeats(let index, let side):
            return "Case at index \(index) has no \(side) outcomes: "
                + "drop the case or rerun it so both sides have at least one repeat."
        case .nonFiniteValue(let index, let side):
            return "The \(side) value at case index \(index) is NaN or infinite: "
                + "fix or drop the case's score before comparing."
        case .percentileOutOfRange(let value):
            return "Percentile \(value) is outside 0...100."
        case .confidenceOutOfRange(let value):
            return "Confidence level \(value) must be strictly between 0 and 1 (for example 0.95)."
        case .alphaOutOfRange(let value):
            return "Significance level alpha \(value) must be strictly between 0 and 1 (for example 0.05)."
        case .invalidCount(let what, let value):
            return "\(what) must be positive and consistent, got \(value)."
        }
    }
}
