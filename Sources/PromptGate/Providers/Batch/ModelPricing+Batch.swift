extension Dictionary where Key == String, Value == ModelPrice {
    /// What `response` costs when a provider batch answered it: its tokens × the model's price ×
    /// the model's batch rate (`batch:` under `pricing:`, default 0.5).
    public func batchCost(of response: CompletionResponse) -> Double {
        guard let price = self[response.model] else { return 0 }
        return price.cost(inputTokens: response.usage.inputTokens, outputTokens: response.usage.outputTokens)
            * price.batchRate
    }
}
