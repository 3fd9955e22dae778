extension RegexParser {
    /// `[...]` or `[^...]` starting at the current `[`. `[]` matches nothing and `[^]` anything.
    mutating func characterClass() throws(RegexSyntaxError) -> ScalarSet {
        let open = position
        position += 1
        let inverted = peek() == "^"
        if inverted { position += 1 }
        var ranges: [ClosedRange<UInt32>] = []
        var properties: [UnicodeProperty] = []
        while true {
            guard let next = peek() else {
                throw RegexSyntaxError(
                    "unterminated character class: the `[` at offset \(open) is never closed", at: open)
            }
            if next == "]" {
                position += 1
                return ScalarSet(ranges: ranges, properties: properties, inverted: inverted)
            }
            let atomStart = position
            let first = try classAtom(next)
            if peek() == "-", let after = peek(1), after != "]" {
                position += 1
                let second = try classAtom(after)
                guard case .scalar(let low) = first, case .scalar(let high) = second else {
                    throw RegexSyntaxError(
                        "invalid range `\(text(from: atomStart))` in character class: a class escape such as `\\d` cannot be a range bound (write `\\-` for a dash)",
                        at: atomStart)
                }
                guard low <= high else {
                    throw RegexSyntaxError(
                        "range out of order in character class: `\(text(from: atomStart))`", at: atomStart)
                }
                ranges.append(low...high)
                continue
            }
            switch first {
            case .scalar(let value):
                ranges.append(value...value)
            case .set(let set):
                ranges += set.ranges
                properties += set.properties
            }
        }
    }

    /// The class member starting with `next`, the code point at the current position.
    private mutating func classAtom(_ next: Unicode.Scalar) throws(RegexSyntaxError) -> RegexEscape {
        if next == "\\" { return try escape(inClass: true) }
        position += 1
        return .scalar(next.value)
    }
}
