/// A case whose answer still failed to parse or validate after its re-asks: kept aside with
/// why, the raw output and how many calls it took, so someone can look at it (`promptgate dlq`).
public struct DeadLetter: Sendable, Equatable {
    public var reason: String
    public var rawOutput: String
    /// Calls made for the case.
    public var attempts: Int
    /// Re-asks made for the case.
    public var reasks: Int

    public init(reason: String, rawOutput: String, attempts: Int, reasks: Int) {
        self.reason = reason
        self.rawOutput = rawOutput
        self.attempts = attempts
        self.reasks = reasks
    }
}
