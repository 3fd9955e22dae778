/// The response cache key: SHA-256 over everything that decides an answer — provider name, base
/// URL, structured-output mode, model, parameters, rendered messages, output schema and repeat
/// index. Anything else changing (a case id, a tag) does not invalidate it.
public enum ResponseCacheKey {
    /// The key of `request` sent through `provider`.
    public static func of(_ request: CompletionRequest, provider: ProviderConfig) -> String {
        of(requestHash: request.requestHash, repeatIndex: request.repeatIndex, provider: provider)
    }

    /// The key from a request's `requestHash` (which covers model, parameters, messages, output
    /// mode and schema), so a request is serialized only once.
    public static func of(requestHash: String, repeatIndex: Int, provider: ProviderConfig) -> String {
        var content: [String: JSONValue] = ["request": .string(requestHash)]
        content["provider"] = .string(provider.name)
        content["base_url"] = provider.baseURL.map(JSONValue.string) ?? .null
        content["command"] = provider.command.map { .array($0.map(JSONValue.string)) } ?? .null
        content["structured_output"] = .string(provider.structuredOutput.rawValue)
        content["repeat"] = .number(Double(repeatIndex))
        content["format"] = 1
        return ContentHash.of(json: .object(content))
    }
}
