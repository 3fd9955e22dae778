import Foundation

/// Sends one provider request over HTTP and hands back either a 2xx response or a classified
/// `ProviderError`. Shared by the OpenAI and Anthropic providers; it never retries.
struct ProviderHTTPClient: Sendable {
    let transport: any HTTPTransport
    let providerName: String
    let timeout: Double
    let redactor: SecretRedactor
    /// The environment variable the key was read from, named in key and quota errors (never the key).
    var keyVariable: String? = nil

    /// A successful exchange, when it started (uptime nanoseconds) and how long it took.
    struct Exchange {
        let response: HTTPResponse
        let latencyMs: Double
        var startedAt: UInt64 = 0
    }

    /// POSTs `body` as JSON; `sink`, when given, takes a streamed answer as it arrives. Error
    /// statuses become `ProviderError` through `describe`, which reads the provider-specific error
    /// body (already redacted) and may refine the kind.
    func post(
        url: String, headers: HTTPHeaders, body: JSONValue, sink: (any HTTPBodySink)? = nil,
        describe: (Int, JSONValue?, String) -> (ProviderError.Kind?, String)
    ) async throws(ProviderError) -> Exchange {
        let request = HTTPRequest(
            method: "POST", url: url, headers: headers, body: Array(JSONWriter.canonical(body).utf8),
            connectTimeout: min(10, timeout), totalTimeout: timeout, bodySink: sink)
        let start = DispatchTime.now().uptimeNanoseconds
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let failure as TransportError {
            throw redacted(HTTPStatusClassifier.error(for: failure, provider: providerName))
        } catch is CancellationError {
            throw ProviderError(.cancelled, "provider `\(providerName)`: the call was cancelled")
        } catch {
            throw ProviderError(
                .connection, "provider `\(providerName)`: \(redactor.excerpt(String(describing: error)))")
        }
        let latencyMs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        guard (200...299).contains(response.status) else {
            let text = String(decoding: response.body, as: UTF8.self)
            let json = try? JSONParser.parse(bytes: response.body)
            let (refined, message) = describe(response.status, json, redactor.excerpt(text))
            let kind = refined ?? HTTPStatusClassifier.kind(status: response.status)
            let key =
                [.authentication, .permission, .quotaExceeded].contains(kind)
                ? keyVariable.map { " (API key from `\($0)`)" } ?? "" : ""
            var error = ProviderError(
                kind, "provider `\(providerName)`: \(redactor.excerpt(message))\(key)", statusCode: response.status,
                requestID: Self.requestID(response.headers))
            error.retryAfter = RetryAfter.seconds(from: response.headers)
            throw error
        }
        return Exchange(response: response, latencyMs: latencyMs, startedAt: start)
    }

    /// The answer a streamed exchange carried, with its time to first token in milliseconds; nil
    /// when the server answered without streaming (the body is then plain JSON). A stream that
    /// ended early or carried an error event is a retryable failure that may have been billed.
    func streamed<Dialect: StreamDialect>(
        _ sink: StreamSink<Dialect>, _ exchange: Exchange
    ) throws(ProviderError) -> (answer: Dialect.Answer, firstTokenMs: Double?)? {
        guard let outcome = sink.outcome else { return nil }
        let firstTokenMs = outcome.firstTokenAt.map { Double($0 &- exchange.startedAt) / 1e6 }
        let failure: ProviderError
        switch outcome.result {
        case .success(let answer):
            return (answer, firstTokenMs)
        case .failure(.errorEvent(let kind, let message)):
            failure = ProviderError(
                kind, "provider `\(providerName)`: error event in the stream: \(redactor.excerpt(message))")
        case .failure(.incomplete(let why)):
            failure = ProviderError(.truncatedResponse, "provider `\(providerName)`: \(why); the answer is incomplete")
        case .failure(.invalid(let why)):
            failure = ProviderError(.invalidResponse, "provider `\(providerName)`: \(redactor.excerpt(why))")
        }
        var error = failure
        error.statusCode = exchange.response.status
        error.requestID = Self.requestID(exchange.response.headers)
        error.mayHaveBeenBilled = failure.kind != .invalidResponse
        throw error
    }

    /// Parses a 2xx body as JSON. A body that is not JSON at all was garbled or cut in transit, so it
    /// fails as `truncatedResponse` (retryable); valid JSON of the wrong shape is the provider's
    /// `invalidResponse`, decided by the caller.
    func json(_ exchange: Exchange) throws(ProviderError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes: exchange.response.body)
        } catch {
            let text = String(decoding: exchange.response.body.prefix(200), as: UTF8.self)
            var failure = ProviderError(
                .truncatedResponse,
                "provider `\(providerName)`: the answer is not JSON (\(error.message)): \(redactor.excerpt(text, limit: 120))",
                statusCode: exchange.response.status, requestID: Self.requestID(exchange.response.headers))
            failure.mayHaveBeenBilled = true
            throw failure
        }
    }

    /// The request id header either API sends.
    static func requestID(_ headers: HTTPHeaders) -> String? {
        headers["x-request-id"] ?? headers["request-id"]
    }

    private func redacted(_ error: ProviderError) -> ProviderError {
        var copy = error
        copy.message = redactor.redact(error.message)
        return copy
    }
}
