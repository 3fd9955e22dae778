/// How one API's event stream becomes an answer. Events are taken in order; a stream is an answer
/// only once its terminal event arrived, and an error event inside it is a failure, never text.
protocol StreamDialect: Sendable {
    associatedtype Answer: Sendable
    /// Takes the next event; true when it carried answer content (the first such is the first token).
    mutating func take(_ event: ServerSentEvent) -> Bool
    /// True once the terminal event or an error event arrived: nothing after it is read.
    var ended: Bool { get }
    /// The answer, or why the stream is not one.
    func result() -> Result<Answer, StreamFailure>
}

/// Why a streamed 2xx answer is not an answer.
enum StreamFailure: Error, Equatable {
    /// The stream carried an error event (e.g. Anthropic's `overloaded_error`): retryable.
    case errorEvent(ProviderError.Kind, String)
    /// The stream ended without its terminal event (`data: [DONE]`, `message_stop`): retryable.
    case incomplete(String)
    /// An event could not be read in the API's format.
    case invalid(String)

    /// The error kind for an in-stream error type: every one is worth retrying, as the call
    /// itself was accepted (`overloaded_error` is the 529 of a stream, `rate_limit_error` its 429).
    static func kind(ofErrorType type: String?) -> ProviderError.Kind {
        switch type {
        case "overloaded_error"?: return .overloaded
        case "rate_limit_error"?, "rate_limit_exceeded"?: return .rateLimited
        default: return .serverError
        }
    }
}
