import Foundation

extension ProviderHTTPClient {
    /// Sends any request (a batch API's upload, create, poll or download): a 2xx response, or a
    /// classified `ProviderError` read from the error body by `describe`.
    func send(
        method: String, url: String, headers: HTTPHeaders, body: [UInt8] = [],
        describe: (Int, JSONValue?, String) -> (ProviderError.Kind?, String)
    ) async throws(ProviderError) -> HTTPResponse {
        let request = HTTPRequest(
            method: method, url: url, headers: headers, body: body, connectTimeout: min(10, timeout),
            totalTimeout: timeout)
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let failure as TransportError {
            var error = HTTPStatusClassifier.error(for: failure, provider: providerName)
            error.message = redactor.redact(error.message)
            throw error
        } catch is CancellationError {
            throw ProviderError(.cancelled, "provider `\(providerName)`: the call was cancelled")
        } catch {
            throw ProviderError(
                .connection, "provider `\(providerName)`: \(redactor.excerpt(String(describing: error)))")
        }
        guard (200...299).contains(response.status) else {
            let json = try? JSONParser.parse(bytes: response.body)
            let (refined, message) = describe(
                response.status, json, redactor.excerpt(String(decoding: response.body, as: UTF8.self)))
            var error = ProviderError(
                refined ?? HTTPStatusClassifier.kind(status: response.status),
                "provider `\(providerName)`: \(redactor.excerpt(message))",
                statusCode: response.status, requestID: Self.requestID(response.headers))
            error.retryAfter = RetryAfter.seconds(from: response.headers)
            throw error
        }
        return response
    }

    /// A 2xx body parsed as JSON, or `invalidResponse` naming what was asked.
    func json(_ response: HTTPResponse, what: String) throws(ProviderError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes: response.body)
        } catch {
            throw ProviderError(
                .truncatedResponse, "provider `\(providerName)`: the answer to \(what) is not JSON (\(error.message))",
                statusCode: response.status)
        }
    }
}
