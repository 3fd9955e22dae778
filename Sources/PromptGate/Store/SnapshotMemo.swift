/// Values derived from a snapshot, each computed once and kept by its type; a class, so copies of
/// the snapshot share them. The store does not know what is derived (the layers above decide).
final class SnapshotMemo: Sendable {
    private let stored = Locked<[ObjectIdentifier: any Sendable]>([:])

    /// The stored value of type `Value`, computing and keeping it on first use.
    func value<Value: Sendable>(_ compute: () -> Value) -> Value {
        let key = ObjectIdentifier(Value.self)
        if let value = stored.withLock({ $0[key] }) as? Value { return value }
        let value = compute()
        stored.withLock { $0[key] = value }
        return value
    }
}
