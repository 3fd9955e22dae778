/// Parses an ECMA-262 pattern with the Unicode (`u`) flag into a `RegexNode` tree. Invalid syntax,
/// and backreferences (which no linear-time matcher can support), fail with a reason and the code
/// point offset of the problem.
struct RegexParser {
    /// Deepest group nesting accepted, so a hostile pattern cannot exhaust the stack.
    static let maxNesting = 250
    /// Largest quantifier count kept as written; bigger ones are capped (the compiler then rejects
    /// the pattern as too large).
    static let maxCount = 1_000_000

    let scalars: [Unicode.Scalar]
    /// False when the pattern is only checked: script properties are then named but not computed.
    let resolvesScripts: Bool
    var position = 0
    private var depth = 0

    /// The tree for `pattern`; see `resolvesScripts`.
    static func parse(_ pattern: String, resolvingScripts: Bool = true) throws(RegexSyntaxError) -> RegexNode {
        var parser = RegexParser(scalars: Array(pattern.unicodeScalars), resolvesScripts: resolvingScripts)
        let node = try parser.disjunction()
        if parser.position < parser.scalars.count {
            throw RegexSyntaxError("unbalanced parenthesis: this `)` has no matching `(`", at: parser.position)
        }
        return node
    }

    private init(scalars: [Unicode.Scalar], resolvesScripts: Bool) {
        self.scalars = scalars
        self.resolvesScripts = resolvesScripts
    }

    /// The code point `ahead` places after the current one, if any.
    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    /// The pattern text from `start` up to `end` (default: the current position), for messages.
    func text(from start: Int, to end: Int? = nil) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<min(end ?? position, scalars.count)])
        return text
    }

    private mutating func disjunction() throws(RegexSyntaxError) -> RegexNode {
        var alternatives = [try alternative()]
        while peek() == "|" {
            position += 1
            alternatives.append(try alternative())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private mutating func alternative() throws(RegexSyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        while let next = peek(), next != "|", next != ")" {
            items.append(try term())
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .sequence(items)
        }
    }

    /// One atom or assertion with its quantifier, if any.
    private mutating func term() throws(RegexSyntaxError) -> RegexNode {
        let start = position
        let (node, quantifiable) = try atom()
        let quantifierStart = position
        guard let (min, max) = try quantifier() else { return node }
        guard quantifiable else {
            throw RegexSyntaxError(
                "nothing to repeat: `\(text(from: quantifierStart))` cannot follow an anchor or lookaround `\(text(from: start, to: quantifierStart))`",
                at: quantifierStart)
        }
        if peek() == "?" { position += 1 }  // lazy: same verdict as greedy when only asking "does it match"
        return .repetition(node, min: min, max: max, offset: quantifierStart)
    }

    /// An atom and whether a quantifier may follow it.
    private mutating func atom() throws(RegexSyntaxError) -> (RegexNode, Bool) {
        let start = position
        guard let next = peek() else { return (.empty, false) }
        switch next {
        case "^": position += 1; return (.anchor(.start), false)
        case "$": position += 1; return (.anchor(.end), false)
        case ".": position += 1; return (.scalars(.dot), true)
        case "(": return try group()
        case "[": return (.scalars(try characterClass()), true)
        case "\\":
            if let letter = peek(1), letter == "b" || letter == "B" {
                position += 2
                return (.anchor(letter == "b" ? .wordBoundary : .notWordBoundary), false)
            }
            return (.scalars(try escape(inClass: false).set), true)
        case "*", "+", "?":
            throw RegexSyntaxError("nothing to repeat: `\(next)` must follow a character, class or group", at: start)
        case "{":
            if try quantifier() != nil {
                throw RegexSyntaxError(
                    "nothing to repeat: `\(text(from: start))` must follow a character, class or group", at: start)
            }
            throw RegexSyntaxError("lone `{`: write `\\{` for a literal brace", at: start)
        case "}", "]":
            throw RegexSyntaxError("lone `\(next)`: write `\\\(next)` for a literal one", at: start)
        default:
            position += 1
            return (.scalars(ScalarSet(next.value)), true)
        }
    }

    /// `(...)`, `(?:...)`, `(?<name>...)`, and the lookarounds `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`.
    private mutating func group() throws(RegexSyntaxError) -> (RegexNode, Bool) {
        let open = position
        position += 1
        var lookaround: (ahead: Bool, negated: Bool)?
        if peek() == "?" {
            switch (peek(1), peek(2)) {
            case (":", _): position += 2
            case ("=", _): position += 2; lookaround = (true, false)
            case ("!", _): position += 2; lookaround = (true, true)
            case ("<", "="): position += 3; lookaround = (false, false)
            case ("<", "!"): position += 3; lookaround = (false, true)
            case ("<", _): position += 2; try groupName()
            default:
                throw RegexSyntaxError(
                    "invalid group: `(?` must be followed by `:`, `=`, `!`, `<=`, `<!` or `<name>` (inline flags such as `(?i)` are not supported)",
                    at: open)
            }
        }
        depth += 1
        guard depth <= Self.maxNesting else {
            throw RegexSyntaxError("groups nested more than \(Self.maxNesting) deep", at: open)
        }
        let body = try disjunction()
        depth -= 1
        guard peek() == ")" else {
            throw RegexSyntaxError("unbalanced parenthesis: the `(` at offset \(open) is never closed", at: open)
        }
        position += 1
        guard let lookaround else { return (body, true) }
        return (.lookaround(body, ahead: lookaround.ahead, negated: lookaround.negated), false)
    }

    /// Checks and skips `name>` after `(?<`; names only label groups, so they are not kept.
    private mutating func groupName() throws(RegexSyntaxError) {
        let start = position
        while let next = peek(), next != ">" {
            let allowed =
                next == "$" || next == "_"
                || (position == start
                    ? next.properties.isIDStart
                    : next.properties.isIDContinue || next == "\u{200C}" || next == "\u{200D}")
            guard allowed else {
                throw RegexSyntaxError("invalid group name: `\(next)` cannot appear in a name", at: position)
            }
            position += 1
        }
        guard peek() == ">" else {
            throw RegexSyntaxError("unterminated group name: `(?<` needs a closing `>`", at: start - 3)
        }
        guard position > start else { throw RegexSyntaxError("empty group name in `(?<>`", at: start - 3) }
        position += 1
    }

    /// `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}` as (min, max); nil when none starts here. A `{` that
    /// does not form a quantifier is left in place.
    private mutating func quantifier() throws(RegexSyntaxError) -> (Int, Int?)? {
        let start = position
        switch peek() {
        case "*": position += 1; return (0, nil)
        case "+": position += 1; return (1, nil)
        case "?": position += 1; return (0, 1)
        case "{":
            position += 1
            guard let min = number() else { position = start; return nil }
            var max: Int? = min
            if peek() == "," {
                position += 1
                max = number()
            }
            guard peek() == "}" else { position = start; return nil }
            position += 1
            if let max, max < min {
                throw RegexSyntaxError("numbers out of order in quantifier `\(text(from: start))`", at: start)
            }
            return (min, max)
        default:
            return nil
        }
    }

    /// A decimal number, capped at `maxCount`; nil when no digit is here.
    private mutating func number() -> Int? {
        var value: Int?
        while let next = peek(), ("0"..."9").contains(next) {
            value = Swift.min((value ?? 0) * 10 + Int(next.value - 0x30), Self.maxCount)
            position += 1
        }
        return value
    }
}
