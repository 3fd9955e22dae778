/// An ECMA-262 regular expression (Unicode mode, as JSON Schema `pattern` and field matchers use it)
/// compiled once and matched in time linear in the text's length for a given pattern, so a model reply
/// cannot stall a run whatever the pattern. Backreferences, which would break that bound, are rejected.
public struct ECMARegex: Sendable, Equatable, CustomStringConvertible {
    /// Which part of a text the pattern must match.
    public enum Scope: Sendable {
        /// Anywhere in the text (JSON Schema `pattern`): anchor with `^` and `$` to match all of it.
        case anywhere
        /// The whole text (field matcher `match: regex`).
        case wholeText
    }

    /// The pattern as written.
    public let source: String
    /// Where the pattern must match.
    public let scope: Scope
    private let compiled: CompiledRegex

    /// Compiles `source`; throws what is wrong and where when it is not a pattern promptgate accepts.
    public init(_ source: String, scope: Scope = .anywhere) throws(RegexSyntaxError) {
        self.source = source
        self.scope = scope
        compiled = try RegexCompiler.compile(try RegexParser.parse(source), wholeText: scope == .wholeText)
    }

    /// True when `source` compiles. Cheaper than `init` for text that is only checked, never run
    /// (JSON Schema `format: regex` on a model reply): script properties are not computed.
    public static func isValid(_ source: String) -> Bool {
        guard let node = try? RegexParser.parse(source, resolvingScripts: false) else { return false }
        return (try? RegexCompiler.compile(node, wholeText: false)) != nil
    }

    /// True when the pattern matches `text` (anywhere in it, or all of it, depending on `scope`).
    public func matches(_ text: String) -> Bool {
        RegexMatcher.matches(compiled, in: text)
    }

    public var description: String { source }

    public static func == (lhs: ECMARegex, rhs: ECMARegex) -> Bool {
        lhs.source == rhs.source && lhs.scope == rhs.scope
    }
}
