extension TokenUsage {
    /// The most tokens one call is believed to report (2⁴⁰); sums over a run stay far from overflow.
    static let maxReportedTokens = 1 << 40

    /// Usage as a server or command reported it: any JSON number (negative, fractional, 1e300,
    /// missing) becomes a count in 0...`maxReportedTokens`; the conversion never traps.
    static func reported(input: Double?, output: Double?) -> TokenUsage {
        TokenUsage(inputTokens: count(input), outputTokens: count(output))
    }

    private static func count(_ value: Double?) -> Int {
        guard let value, value.isFinite, value > 0 else { return 0 }
        return value >= Double(maxReportedTokens) ? maxReportedTokens : Int(value)
    }
}
