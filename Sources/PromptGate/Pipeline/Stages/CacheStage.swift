/// The cache stage: the answer already bought for a request, and the row that keeps a fresh one.
protocol CacheStage: Sendable {
    /// The key of a request whose hash is known.
    func key(requestHash: String, repeatIndex: Int) -> String
    /// A stored answer for `key`, or nil.
    func lookup(_ key: String) -> CachedResponseRecord?
    /// The row to store for a fresh answer, or nil when the cache does not write.
    func entry(_ key: String, _ response: CompletionResponse, fallbackUsed: Bool) -> CachedResponseRecord?
}

extension ResponseCache: CacheStage {}
