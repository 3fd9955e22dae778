import Foundation

/// The attempt a batched request is stored as: the batch's answer (phase `primary`, its cost at
/// the batch rate, the provider's request id) or how the batch failed it (`batch: …` message),
/// so the report's calls and spend include what the batch did.
enum BatchAttempt {
    static func make(_ outcome: BatchOutcome, model: String, number: Int, pricing: [String: ModelPrice]) -> Attempt {
        switch outcome {
        case .answered(let response):
            return Attempt(
                number: number, phase: .primary, model: model, statusCode: response.statusCode, errorKind: nil,
                errorMessage: nil,
                latencyMs: 0, waitMs: 0, startedAt: Date(), costUSD: pricing.batchCost(of: response),
                requestID: response.requestID)
        case .failed(let error):
            return Attempt(
                number: number, phase: .primary, model: model, statusCode: error.statusCode,
                errorKind: error.kind.rawValue,
                errorMessage: "batch: " + error.message, latencyMs: 0, waitMs: 0, startedAt: Date(),
                requestID: error.requestID)
        }
    }
}
