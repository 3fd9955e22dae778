/// The contextual rules of RFC 5892 appendix A: where a CONTEXTJ or CONTEXTO code point may
/// stand in a U-label.
enum IDNAContextRules {
    /// True when the code point at `index` of `label` satisfies its rule.
    static func allows(_ label: [Unicode.Scalar], at index: Int) -> Bool {
        let before = index > 0 ? label[index - 1] : nil
        let after = index + 1 < label.count ? label[index + 1] : nil
        switch label[index].value {
        case 0x200C: return isVirama(before) || zeroWidthNonJoinerJoins(label, at: index)
        case 0x200D: return isVirama(before)
        case 0x00B7: return before == "l" && after == "l"
        case 0x0375: return after.map { ScriptRanges.contains(ScriptRanges.greek, $0) } ?? false
        case 0x05F3, 0x05F4: return before.map { ScriptRanges.contains(ScriptRanges.hebrew, $0) } ?? false
        case 0x30FB:
            return label.contains {
                ScriptRanges.contains(ScriptRanges.hiragana, $0) || ScriptRanges.contains(ScriptRanges.katakana, $0)
                    || ScriptRanges.contains(ScriptRanges.han, $0)
            }
        case 0x0660...0x0669: return !label.contains { (0x06F0...0x06F9).contains($0.value) }
        case 0x06F0...0x06F9: return !label.contains { (0x0660...0x0669).contains($0.value) }
        default: return false
        }
    }

    private static func isVirama(_ scalar: Unicode.Scalar?) -> Bool {
        scalar?.properties.canonicalCombiningClass == .virama
    }

    /// (Joining_Type:{L,D})(Joining_Type:T)* ZWNJ (Joining_Type:T)*(Joining_Type:{R,D}).
    private static func zeroWidthNonJoinerJoins(_ label: [Unicode.Scalar], at index: Int) -> Bool {
        var i = index - 1
        while i >= 0 && JoiningType.of(label[i]) == .transparent { i -= 1 }
        guard i >= 0, [.left, .dual].contains(JoiningType.of(label[i])) else { return false }
        var j = index + 1
        while j < label.count && JoiningType.of(label[j]) == .transparent { j += 1 }
        guard j < label.count else { return false }
        return [.right, .dual].contains(JoiningType.of(label[j]))
    }
}
