import Foundation

/// One call the pipeline made for a case: which model, how it ended, how long it took and how
/// long the pipeline waited before it. Every attempt is stored.
public struct Attempt: Sendable, Equatable {
    /// 1-based position among the case's attempts.
    public var number: Int
    public var phase: CallPhase
    public var model: String
    public var statusCode: Int?
    /// The `ProviderError.Kind` raw value; nil for a success.
    public var errorKind: String?
    /// The (redacted) error message; nil for a success.
    public var errorMessage: String?
    public var latencyMs: Double
    /// Milliseconds waited (backoff, Retry-After) right before this call.
    public var waitMs: Double
    public var startedAt: Date
    /// What the call cost: its answer's tokens × the model's price; for a call that timed out or
    /// was cut off (which the provider may bill) its worst-case estimate; 0 for other failures.
    public var costUSD: Double
    /// True when `costUSD` is an estimate (no usage came back).
    public var costEstimated = false
    /// The provider's id for the request (`x-request-id`, `request-id`), for support tickets.
    public var requestID: String?
    /// Milliseconds from sending to the first streamed token (streaming providers' answers only).
    public var firstTokenMs: Double?

    public init(
        number: Int, phase: CallPhase, model: String, statusCode: Int?, errorKind: String?, errorMessage: String?,
        latencyMs: Double, waitMs: Double, startedAt: Date, costUSD: Double = 0, requestID: String? = nil,
        firstTokenMs: Double? = nil
    ) {
        self.number = number
        self.phase = phase
        self.model = model
        self.statusCode = statusCode
        self.errorKind = errorKind
        self.errorMessage = errorMessage
        self.latencyMs = latencyMs
        self.waitMs = waitMs
        self.startedAt = startedAt
        self.costUSD = costUSD
        self.requestID = requestID
        self.firstTokenMs = firstTokenMs
    }

    /// True when the call answered.
    public var succeeded: Bool { errorKind == nil }
}
