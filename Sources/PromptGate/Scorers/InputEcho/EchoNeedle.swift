/// One value of a case to look for in its output, reduced like `EchoText`, with where it came
/// from and which form it is (the whole value, a surname, the last digits).
struct EchoNeedle: Sendable, Equatable {
    /// The source as configured (`expected.customer_name`) or `input PII (EMAIL)`.
    let source: String
    let form: InputEchoForm
    let scalars: [Unicode.Scalar]
    /// The Knuth-Morris-Pratt failure table of `scalars`, so a search is linear in the text.
    private let failure: [Int]

    init(source: String, form: InputEchoForm, scalars: [Unicode.Scalar]) {
        self.source = source
        self.form = form
        self.scalars = scalars
        var failure = [Int](repeating: 0, count: scalars.count)
        var k = 0
        for i in scalars.indices.dropFirst() {
            while k > 0, scalars[i] != scalars[k] { k = failure[k - 1] }
            if scalars[i] == scalars[k] { k += 1 }
            failure[i] = k
        }
        self.failure = failure
    }

    /// The needles for one configured value: the value itself (letters and digits, at least
    /// three), its last word when `surnames` is set, and its last `lastDigits` digits.
    static func needles(for value: String, source: String, surnames: Bool, lastDigits: Int) -> [EchoNeedle] {
        let reduced = EchoText(value)
        var needles: [EchoNeedle] = []
        if reduced.scalars.count >= 3 {
            needles.append(EchoNeedle(source: source, form: .value, scalars: reduced.scalars))
        }
        if surnames, let lastStart = reduced.startsWord.lastIndex(of: true), lastStart > 0 {
            let surname = Array(reduced.scalars[lastStart...])
            if surname.count >= 3, surname.allSatisfy({ $0.properties.isAlphabetic }) {
                needles.append(EchoNeedle(source: source, form: .surname, scalars: surname))
            }
        }
        let digits = reduced.scalars.filter(EchoText.isDigit)
        if lastDigits > 0, digits.count > lastDigits {
            needles.append(EchoNeedle(source: source, form: .lastDigits, scalars: Array(digits.suffix(lastDigits))))
        }
        return needles
    }

    /// Every occurrence in `text` that starts and ends on word boundaries, as code-point ranges
    /// of the original text.
    func occurrences(in text: EchoText) -> [Range<Int>] {
        guard !scalars.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var k = 0
        for (i, scalar) in text.scalars.enumerated() {
            while k > 0, scalar != scalars[k] { k = failure[k - 1] }
            if scalar == scalars[k] { k += 1 }
            guard k == scalars.count else { continue }
            let first = i - scalars.count + 1
            if text.startsWord[first], text.endsWord[i] { found.append(text.offsets[first]..<(text.offsets[i] + 1)) }
            k = failure[k - 1]
        }
        return found
    }
}
