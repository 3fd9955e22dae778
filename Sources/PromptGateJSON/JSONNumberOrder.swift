extension JSONValue {
    /// How two JSON numbers compare by their exact decimal values: negative, zero or positive as
    /// `a` is below, equal to or above `b`; nil when either is not a number. A `.decimal` keeps
    /// every digit (9007199254740993 is above 9007199254740992, 12345678901234567891 above …890);
    /// a `.number` is exactly its double's shortest text, so two doubles compare as doubles.
    package static func compareNumbers(_ a: JSONValue, _ b: JSONValue) -> Int? {
        if case .number(let x) = a, case .number(let y) = b { return x < y ? -1 : x > y ? 1 : 0 }
        guard let x = a.exactDecimal, let y = b.exactDecimal else { return nil }
        return DecimalText.compare(x, y)
    }

    /// The number's exact decimal value, or nil when this is not a number.
    private var exactDecimal: DecimalText? {
        switch self {
        case .number(let value): return DecimalText(value.description.utf8)
        case .decimal(let value):
            return DecimalText(isNegative: value.isNegative, digits: value.digits, exponent: value.exponent)
        default: return nil
        }
    }
}

extension DecimalText {
    init(isNegative: Bool, digits: [UInt8], exponent: Int) {
        self.isNegative = isNegative
        self.digits = digits
        self.exponent = exponent
    }

    /// Negative, zero or positive as `a` is below, equal to or above `b`.
    static func compare(_ a: DecimalText, _ b: DecimalText) -> Int {
        let signA = a.digits.isEmpty ? 0 : a.isNegative ? -1 : 1
        let signB = b.digits.isEmpty ? 0 : b.isNegative ? -1 : 1
        guard signA == signB else { return signA < signB ? -1 : 1 }
        guard signA != 0 else { return 0 }
        return signA * compareMagnitudes(a, b)
    }

    /// Compares |a| and |b| (both non-zero): first by the place of the leading digit, then digit by digit.
    private static func compareMagnitudes(_ a: DecimalText, _ b: DecimalText) -> Int {
        let placeA = a.digits.count + a.exponent, placeB = b.digits.count + b.exponent
        guard placeA == placeB else { return placeA < placeB ? -1 : 1 }
        let zero = UInt8(ascii: "0")
        for index in 0..<max(a.digits.count, b.digits.count) {
            let x = index < a.digits.count ? a.digits[index] : zero
            let y = index < b.digits.count ? b.digits[index] : zero
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }
}
