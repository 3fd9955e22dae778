/// Why a text is not valid JSON, with the 1-based line and column where parsing stopped.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let column: Int
    /// Byte offset into the UTF-8 text.
    public let offset: Int

    public var description: String { "line \(line), column \(column): \(message)" }
}
