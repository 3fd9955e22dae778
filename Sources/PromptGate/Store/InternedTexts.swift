/// Distinct strings stored once, referred to by index.
struct InternedTexts: Sendable {
    private var values: [String] = []
    private var indices: [String: Int32] = [:]

    /// The index of `text` (added if new); -1 for nil.
    mutating func index(of text: String?) -> Int32 {
        guard let text else { return -1 }
        if let index = indices[text] { return index }
        let index = Int32(truncatingIfNeeded: values.count)
        values.append(text)
        indices[text] = index
        return index
    }

    /// Drops the lookup table used by `index(of:)`; the texts stay readable. A later `index(of:)`
    /// still works (it stores the text again).
    mutating func finishAdding() {
        indices = [:]
    }

    subscript(index: Int32) -> String? {
        index >= 0 && Int(index) < values.count ? values[Int(index)] : nil
    }
}
