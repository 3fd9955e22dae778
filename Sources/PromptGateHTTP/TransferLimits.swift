/// How much of a response the transport accepts before it gives up on the exchange: a server
/// decides how many bytes it sends, so both the header block and the body are capped.
public struct TransferLimits: Sendable, Equatable {
    /// The default body cap (`max_response_bytes`): 8 MiB, far above any chat answer.
    public static let defaultMaxResponseBytes = 8 << 20
    /// The default cap on all header lines of a response together: 256 KiB.
    public static let defaultMaxHeaderBytes = 256 << 10

    /// Body bytes accepted; one more ends the exchange with `TransportError.responseTooLarge`.
    public var maxResponseBytes: Int
    /// Header bytes accepted (status lines and fields of every response block together).
    public var maxHeaderBytes: Int

    /// Limits with the given caps; values below 1 are raised to 1.
    public init(maxResponseBytes: Int = defaultMaxResponseBytes, maxHeaderBytes: Int = defaultMaxHeaderBytes) {
        self.maxResponseBytes = max(1, maxResponseBytes)
        self.maxHeaderBytes = max(1, maxHeaderBytes)
    }
}
