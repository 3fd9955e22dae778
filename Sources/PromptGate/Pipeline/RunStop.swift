/// Thrown inside the pipeline when the run must stop issuing calls (budget reached, circuit
/// breaker open, interrupted); the run is stored `aborted` with `reason`.
public struct RunStop: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}

/// Receives one human-readable line per notable pipeline event (retries, fallbacks, stops). Lines
/// never contain API keys: provider messages are redacted before they get here.
public typealias RunLog = @Sendable (String) -> Void
