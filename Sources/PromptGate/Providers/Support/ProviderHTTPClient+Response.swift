import Foundation

extension ProviderHTTPClient {
    /// The response both HTTP providers return for an answer read from `exchange`: the text
    /// redacted, the rate-limit headers and (for a streamed answer) the time to first token.
    func completion(
        text: String, stopReason: StopReason, usage: TokenUsage, model: String, exchange: Exchange,
        requestID: String?, firstTokenMs: Double?
    ) -> CompletionResponse {
        var response = CompletionResponse(
            text: redactor.redact(text), stopReason: stopReason, usage: usage, model: model,
            latencyMs: exchange.latencyMs, requestID: requestID, statusCode: exchange.response.status)
        response.rateLimit = RateLimitSignal(headers: exchange.response.headers)
        response.timeToFirstTokenMs = firstTokenMs
        return response
    }
}
