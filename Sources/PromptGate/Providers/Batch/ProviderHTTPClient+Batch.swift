import Foundation

extension ProviderHTTPClient {
    /// The client a batch API talks through: the provider's key redacted, and a timeout of at
    /// least five minutes (uploads and result files are large).
    static func batch(config: ProviderConfig, apiKey: String, transport: any HTTPTransport) -> ProviderHTTPClient {
        ProviderHTTPClient(
            transport: transport, providerName: config.name, timeout: max(config.timeout, 300),
            redactor: SecretRedactor(secrets: [apiKey]), keyVariable: config.apiKeyEnv)
    }
}
