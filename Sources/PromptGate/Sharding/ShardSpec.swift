/// One shard of a run, `i/n` (1-based): which part of a test set's cases one process runs.
///
/// The cases are sorted by a SHA-256 hash of their id (ties by id) and dealt round-robin: case k of
/// the sorted list goes to shard k mod n + 1. The partition therefore depends only on the set of
/// ids (not on their order in `cases.jsonl`), and every shard holds within one case of the ideal
/// count.
public struct ShardSpec: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// 1...count.
    public let index: Int
    public let count: Int

    /// `i/n` with 1 ≤ i ≤ n, or nil.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    /// The ids of `caseIDs` that belong to this shard.
    public func select(_ caseIDs: [String]) -> Set<String> {
        let ordered = caseIDs.map { (hash: ContentHash.of($0), id: $0) }.sorted { ($0.hash, $0.id) < ($1.hash, $1.id) }
        var selected = Set<String>()
        for (position, item) in ordered.enumerated() where position % count == index - 1 {
            selected.insert(item.id)
        }
        return selected
    }
}
