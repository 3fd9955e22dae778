/// The Luhn (mod-10) check used by payment card numbers.
package enum Luhn {
    /// True when the last digit is the Luhn check digit of the others.
    package static func isValid(_ digits: [Int]) -> Bool {
        guard digits.count > 1 else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}
