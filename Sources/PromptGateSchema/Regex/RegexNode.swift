/// The syntax tree of a parsed ECMA-262 pattern. Captures are not kept: promptgate only asks
/// whether a pattern matches, so capturing and non-capturing groups parse to the same node.
indirect enum RegexNode: Sendable {
    /// Matches the empty string (an empty alternative or group).
    case empty
    /// Consumes one code point that belongs to the set.
    case scalars(ScalarSet)
    /// The parts in order.
    case sequence([RegexNode])
    /// Any one of the alternatives.
    case alternation([RegexNode])
    /// `node` repeated `min` to `max` times (`max` nil: no upper bound); `offset` is where the
    /// quantifier starts, for errors raised while expanding the counts.
    case repetition(RegexNode, min: Int, max: Int?, offset: Int)
    /// A zero-width test of the position.
    case anchor(RegexAnchor)
    /// A lookahead (`ahead`) or lookbehind, positive or negated.
    case lookaround(RegexNode, ahead: Bool, negated: Bool)
}

/// Zero-width position tests that need no sub-pattern.
enum RegexAnchor: Sendable {
    /// `^`: the start of the text (patterns are never multiline).
    case start
    /// `$`: the very end of the text, not before a trailing newline.
    case end
    /// `\b`: between a word and a non-word code point (words are `[A-Za-z0-9_]`).
    case wordBoundary
    /// `\B`: not at a word boundary.
    case notWordBoundary
}
