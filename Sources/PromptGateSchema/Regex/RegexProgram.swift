/// One instruction of a compiled pattern, run by `RegexMatcher` (Thompson's NFA simulation).
enum RegexInstruction: Sendable {
    /// Consume one code point in `sets[set]`, then continue at the next instruction.
    case consume(set: Int)
    /// Continue at both targets.
    case split(Int, Int)
    /// Continue at the target.
    case jump(Int)
    /// Continue at the next instruction only if the position passes the check.
    case check(RegexCheck)
    /// The pattern has matched.
    case accept
}

/// A zero-width test of a position.
enum RegexCheck: Sendable {
    case anchor(RegexAnchor)
    /// The lookaround with this index in `CompiledRegex.lookarounds` holds here.
    case lookaround(Int)
}

/// A compiled pattern or lookaround body: instructions (entry at 0) and the code point sets they consume.
struct RegexProgram: Sendable {
    var instructions: [RegexInstruction] = []
    var sets: [ScalarSet] = []
    /// True when the program reads the text right to left (the body of a lookahead, see `CompiledRegex`).
    let backward: Bool
}

/// A lookaround, evaluated for every position of the text at once before the main program runs.
struct RegexLookaround: Sendable {
    /// The body: read backward for a lookahead (the positions where a reversed match ends are the
    /// positions where a forward match starts), forward for a lookbehind.
    let program: RegexProgram
    let negated: Bool
}

/// A pattern ready to match: the main program, its lookarounds (inner ones before the ones that
/// contain them) and whether a match must start at the beginning of the text.
struct CompiledRegex: Sendable {
    let main: RegexProgram
    let lookarounds: [RegexLookaround]
    let anchored: Bool
}
