import PromptGateJSON

/// A finite number as an exact decimal `mantissa × 10^exponent`, taken from the shortest decimal
/// text that round-trips the `Double` (what the JSON document said). `multipleOf` divides these
/// exactly, so 0.0075 is a multiple of 0.0001 although the binary floating-point quotient is not whole.
package struct DecimalNumber: Sendable, Equatable {
    /// Significant digits without trailing zeros (at most 17 digits, so it fits in 64 bits).
    let mantissa: UInt64
    let exponent: Int

    /// Nil for infinities and NaN.
    package init?(_ value: Double) {
        guard value.isFinite else { return nil }
        if value == 0 {
            mantissa = 0
            exponent = 0
            return
        }
        var digits: UInt64 = 0
        var exponent = 0
        let magnitude = value.magnitude
        if magnitude < 9.0e15 && magnitude.rounded(.towardZero) == magnitude {
            digits = UInt64(magnitude)  // whole numbers: no text needed
        } else {
            var seenPoint = false
            var inExponent = false
            var exponentSign = 1
            var extraExponent = 0
            for byte in magnitude.description.utf8 {
                switch byte {
                case UInt8(ascii: "."): seenPoint = true
                case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
                case UInt8(ascii: "-"): exponentSign = -1
                case UInt8(ascii: "+"): break
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let digit = UInt64(byte - UInt8(ascii: "0"))
                    if inExponent {
                        extraExponent = extraExponent * 10 + Int(digit)
                        continue
                    }
                    let (times10, overflow1) = digits.multipliedReportingOverflow(by: 10)
                    let (sum, overflow2) = times10.addingReportingOverflow(digit)
                    guard !overflow1, !overflow2 else { return nil }
                    digits = sum
                    if seenPoint { exponent -= 1 }
                default: return nil
                }
            }
            exponent += exponentSign * extraExponent
        }
        while digits != 0 && digits % 10 == 0 {
            digits /= 10
            exponent += 1
        }
        mantissa = digits
        self.exponent = exponent
    }

    /// True when the exact decimal `value` is an integer multiple of this (positive) number.
    package func divides(_ value: JSONDecimal) -> Bool {
        guard mantissa != 0, value.exponent >= exponent else { return false }
        // value / divisor = (digits / mantissa) * 10^(e1 - e2); as above, whole only if e1 >= e2.
        var remainder: UInt64 = 0
        for digit in value.digits {
            remainder = (remainder * 10 + UInt64(digit - UInt8(ascii: "0"))) % mantissa
        }
        // mantissa < 2^57 has at most 57 factors of 2 and of 5: more tens change nothing.
        var shift = min(value.exponent - exponent, 64)
        while shift > 0 && remainder != 0 {
            remainder = (remainder * 10) % mantissa
            shift -= 1
        }
        return remainder == 0
    }

    /// True when `value` is an integer multiple of this (positive) number.
    package func divides(_ value: Double) -> Bool {
        guard let dividend = DecimalNumber(value) else { return false }
        if dividend.mantissa == 0 { return true }
        guard mantissa != 0 else { return false }
        // dividend / divisor = (m1 / m2) * 10^(e1 - e2). Both mantissas have no trailing zeros, so a
        // negative power of ten can never be cancelled: the quotient is whole only if e1 >= e2 and
        // m2 divides m1 * 10^(e1 - e2).
        guard dividend.exponent >= exponent else { return false }
        var remainder = dividend.mantissa % mantissa
        var shift = dividend.exponent - exponent
        while shift > 0 && remainder != 0 {
            // remainder < mantissa < 10^17, so remainder * 10 cannot overflow.
            remainder = (remainder * 10) % mantissa
            shift -= 1
        }
        return remainder == 0
    }
}
