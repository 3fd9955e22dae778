import Foundation

/// A value guarded by a mutex; the only way to reach the value is `withLock`.
///
/// `@unchecked Sendable` is sound because every access to `value` happens while `lock` is held.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Wraps `value`; from now on it is only reachable under the lock.
    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value.
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
