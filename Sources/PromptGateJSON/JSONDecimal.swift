/// A JSON number whose decimal text a `Double` does not hold exactly: more significant digits than
/// a double keeps (12345678901234567891, 0.30000000000000000001) or a value out of its range. It
/// keeps the number as normalized decimal digits, so exact comparisons see every digit, and the
/// nearest double for arithmetic. Numbers a double holds exactly (nearly all) stay `.number`.
public final class JSONDecimal: Sendable, Hashable, CustomStringConvertible {
    /// The nearest double (what tolerances and arithmetic use).
    public let double: Double
    /// True below zero.
    public let isNegative: Bool
    /// The significant digits as ASCII, without leading or trailing zeros (never empty).
    public let digits: [UInt8]
    /// The value is `digits × 10^exponent`.
    public let exponent: Int

    init(double: Double, _ decimal: DecimalText) {
        self.double = double
        isNegative = decimal.isNegative
        digits = decimal.digits
        exponent = decimal.exponent
    }

    /// True when the value has no fractional part.
    public var isInteger: Bool { exponent >= 0 }

    /// The number as JSON text: plain digits while that stays short, else `d.ddde±n`.
    public var description: String {
        var out = isNegative ? "-" : ""
        let count = digits.count
        if exponent >= 0 && count + exponent <= 40 {
            out += String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: exponent)
        } else if exponent < 0 && -exponent <= count + 20 {
            let point = count + exponent
            if point > 0 {
                out +=
                    String(decoding: digits[..<point], as: UTF8.self) + "."
                    + String(decoding: digits[point...], as: UTF8.self)
            } else {
                out += "0." + String(repeating: "0", count: -point) + String(decoding: digits, as: UTF8.self)
            }
        } else {
            out += String(decoding: digits[..<1], as: UTF8.self)
            if count > 1 { out += "." + String(decoding: digits[1...], as: UTF8.self) }
            out += "e" + String(exponent + count - 1)
        }
        return out
    }

    public static func == (a: JSONDecimal, b: JSONDecimal) -> Bool {
        a.isNegative == b.isNegative && a.exponent == b.exponent && a.digits == b.digits
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(isNegative)
        hasher.combine(exponent)
        hasher.combine(digits)
    }
}

/// The exact value of a decimal number's text (JSON number syntax, or a `Double`'s description):
/// sign, significant digits without leading or trailing zeros, and a power of ten.
struct DecimalText: Equatable {
    var isNegative = false
    var digits: [UInt8] = []
    var exponent = 0

    /// Exponents are saturated here: far past any double, where only the digits still differ.
    private static let exponentLimit = 1_000_000_000

    init<Bytes: Collection<UInt8>>(_ text: Bytes) {
        var exponentValue = 0, exponentSign = 1
        var fractionDigits = 0
        var inFraction = false, inExponent = false
        for byte in text {
            switch byte {
            case UInt8(ascii: "-"):
                if inExponent { exponentSign = -1 } else { isNegative = true }
            case UInt8(ascii: "."): inFraction = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponentValue = min(exponentValue * 10 + Int(byte - UInt8(ascii: "0")), Self.exponentLimit)
                } else {
                    if inFraction { fractionDigits += 1 }
                    if !digits.isEmpty || byte != UInt8(ascii: "0") { digits.append(byte) }
                }
            default: break
            }
        }
        exponent = exponentSign * exponentValue - fractionDigits
        var trailing = 0
        while trailing < digits.count && digits[digits.count - 1 - trailing] == UInt8(ascii: "0") { trailing += 1 }
        digits.removeLast(trailing)
        exponent += trailing
        if digits.isEmpty {
            isNegative = false
            exponent = 0
        }
    }
}

extension JSONValue {
    /// The value of a JSON number's text (already checked against the grammar): `.number` when
    /// the double's shortest text has the same decimal value (1.0, 1e2, -0, 0.1), else `.decimal`.
    /// Nil when the number is beyond the double range (±1.8e308).
    static func number<Bytes: Collection<UInt8>>(text: Bytes, plainSignificantDigits: Int) -> JSONValue? {
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return nil }
        // Up to 15 significant digits and no exponent: a double keeps every such decimal exactly.
        if plainSignificantDigits <= 15 && text.count <= 24 { return .number(value) }
        let exact = DecimalText(text)
        if exact == DecimalText(value.description.utf8) { return .number(value) }
        return .decimal(JSONDecimal(double: value, exact))
    }
}
