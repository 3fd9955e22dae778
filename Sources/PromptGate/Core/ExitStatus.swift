/// The one exit-code contract of every promptgate command.
public enum ExitStatus: Int32, Sendable {
    /// Everything ran; no gate failed.
    case ok = 0
    /// The gate failed or regressions were found.
    case gateFailed = 1
    /// Bad input or usage: nothing was run or written.
    case badInput = 2
    /// The run could not complete (provider down, budget reached, inconclusive).
    case incomplete = 3

    /// The contract in words, for `--help` and the README.
    public static let summary =
        "Exit codes: 0 ok, 1 gate failed or regressions found, 2 bad input or usage, 3 the run could not complete (provider down, budget hit)."
}
