/// Why a pattern was rejected: what is wrong and the code point offset (from 0) where it is.
public struct RegexSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Offset in Unicode code points from the start of the pattern.
    public let offset: Int
    /// What is wrong, in words a schema or test-set author can act on.
    public let reason: String

    init(_ reason: String, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "\(reason) (at offset \(offset))" }
}
