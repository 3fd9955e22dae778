/// The response cache key: SHA-256 over everything that decides an answer — provider name and
/// settings (type, base URL, command, structured-output mode, and for `exec` the content of the
/// files it depends on), model, parameters, rendered messages, output schema and repeat index.
/// Anything else changing (a case id, a tag) does not invalidate it.
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
        content["settings"] = provider.answerSettings
        content["repeat"] = .number(Double(repeatIndex))
        content["format"] = 2
        return ContentHash.of(json: .object(content))
    }
}
