extension Dictionary where Key == String, Value == ModelPrice {
    /// What `response` costs at its model's price: its tokens × the price, whether it was just
    /// bought or served from the cache (0 when the model has no price).
    public func cost(of response: CompletionResponse) -> Double {
        self[response.model]?.cost(inputTokens: response.usage.inputTokens, outputTokens: response.usage.outputTokens)
            ?? 0
    }
}
