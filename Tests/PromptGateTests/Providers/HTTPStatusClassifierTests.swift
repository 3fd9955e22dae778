import Testing

@testable import PromptGate

@Suite struct HTTPStatusClassifierTests {
    @Test(arguments: [408, 409, 429, 500, 502, 503, 504, 529])
    func retryableStatuses(status: Int) {
        #expect(HTTPStatusClassifier.kind(status: status).isRetryable)
    }

    @Test(arguments: [400, 401, 403, 404, 422])
    func fatalStatuses(status: Int) {
        #expect(!HTTPStatusClassifier.kind(status: status).isRetryable)
    }

    @Test(
        arguments: [
            (TransportError.timedOut, true), (.connectionReset, true), (.truncatedBody, true),
            (.connectionFailed("refused"), true),
            (.invalidURL, false), (.tls("bad cert"), false),
        ] as [(TransportError, Bool)])
    func transportFailures(failure: TransportError, retryable: Bool) {
        #expect(HTTPStatusClassifier.error(for: failure, provider: "p").isRetryable == retryable)
    }
}
