import Foundation

/// Amounts of US dollars as reports and gate messages print them: `$0`, five decimals under a
/// cent, four otherwise.
public enum Money {
    /// `amount` as text, e.g. `$0.0123`.
    public static func text(_ amount: Double) -> String {
        amount == 0 ? "$0" : (amount < 0.01 ? String(format: "$%.5f", amount) : String(format: "$%.4f", amount))
    }
}
