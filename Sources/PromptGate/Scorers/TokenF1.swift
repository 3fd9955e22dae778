/// Token-overlap F1 between a reply and a reference, as reading-comprehension benchmarks (SQuAD)
/// score free-text answers: both are lower-cased, stripped of punctuation and of the articles
/// "a", "an" and "the", split on white space, and compared as multisets of tokens.
enum TokenF1 {
    /// F1 in 0...1: 1 when the token multisets are equal, 0 when they share no token. Two empty
    /// texts score 1; one empty text scores 0.
    static func score(_ reply: String, reference: String) -> Double {
        let predicted = tokens(reply), expected = tokens(reference)
        if predicted.isEmpty || expected.isEmpty { return predicted.isEmpty && expected.isEmpty ? 1 : 0 }
        var counts: [Substring: Int] = [:]
        for token in expected { counts[token, default: 0] += 1 }
        var common = 0
        for token in predicted {
            if let left = counts[token], left > 0 {
                counts[token] = left - 1
                common += 1
            }
        }
        if common == 0 { return 0 }
        let precision = Double(common) / Double(predicted.count)
        let recall = Double(common) / Double(expected.count)
        return 2 * precision * recall / (precision + recall)
    }

    /// The normalized tokens of `text`, in order.
    static func tokens(_ text: String) -> [Substring] {
        let folded = FieldMatcher.normalize(text)
        let letters = String(String.UnicodeScalarView(folded.unicodeScalars.map { isPunctuation($0) ? " " : $0 }))
        return letters.split(whereSeparator: \.isWhitespace).filter { !articles.contains($0) }
    }

    private static let articles: Set<Substring> = ["a", "an", "the"]

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
            .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
