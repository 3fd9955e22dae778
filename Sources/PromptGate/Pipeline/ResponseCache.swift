/// The pipeline's view of the response cache: answers found for the planned requests (loaded in
/// one query before the run), lookups for requests made later (re-asks), and the rows to write
/// for fresh answers. `--no-cache` turns reads off; fresh answers are still written.
public struct ResponseCache: Sendable {
    let provider: ProviderConfig
    let store: ResultStore?
    let reads: Bool
    let writes: Bool
    private let preloaded: [String: CachedResponseRecord]

    /// A cache that neither reads nor writes (replay runs, tests).
    public static func disabled(_ provider: ProviderConfig) -> ResponseCache {
        ResponseCache(provider: provider, store: nil, reads: false, writes: false, preloaded: [:])
    }

    /// A cache over `store`, preloading the answers for `plan`'s requests when `reads` is on.
    public static func open(
        _ store: ResultStore, plan: RunPlan, reads: Bool, writes: Bool = true
    ) throws(StoreError) -> ResponseCache {
        let keys =
            reads
            ? plan.calls.map {
                ResponseCacheKey.of(requestHash: $0.requestHash, repeatIndex: $0.repeatIndex, provider: plan.provider)
            } : []
        let found = keys.isEmpty ? [:] : try store.cachedResponses(keys: keys)
        return ResponseCache(provider: plan.provider, store: store, reads: reads, writes: writes, preloaded: found)
    }

    /// A cache over `store` for another provider's requests (a judge's), looked up one by one.
    public static func open(_ store: ResultStore, provider: ProviderConfig, reads: Bool) -> ResponseCache {
        ResponseCache(provider: provider, store: store, reads: reads, writes: true, preloaded: [:])
    }

    init(
        provider: ProviderConfig, store: ResultStore?, reads: Bool, writes: Bool,
        preloaded: [String: CachedResponseRecord]
    ) {
        self.provider = provider
        self.store = store
        self.reads = reads
        self.writes = writes
        self.preloaded = preloaded
    }

    /// How many planned requests already have an answer.
    public var preloadedCount: Int { preloaded.count }

    /// The key of a request.
    func key(_ request: CompletionRequest) -> String {
        ResponseCacheKey.of(request, provider: provider)
    }

    /// The key of a request whose hash is already known.
    func key(requestHash: String, repeatIndex: Int) -> String {
        ResponseCacheKey.of(requestHash: requestHash, repeatIndex: repeatIndex, provider: provider)
    }

    /// A stored answer for `key`, or nil (always nil with reads off).
    func lookup(_ key: String) -> CachedResponseRecord? {
        guard reads else { return nil }
        if let hit = preloaded[key] { return hit }
        return (try? store?.cachedResponses(keys: [key]))?[key]
    }

    /// The row to store for a fresh answer, or nil with writes off.
    func entry(_ key: String, _ response: CompletionResponse, fallbackUsed: Bool) -> CachedResponseRecord? {
        guard writes else { return nil }
        return CachedResponseRecord(key: key, provider: provider.name, response: response, fallbackUsed: fallbackUsed)
    }
}
