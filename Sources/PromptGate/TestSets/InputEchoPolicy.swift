/// Which of a case's own values must not reappear in its output (`input_echo` in
/// `testset.yaml`): the customer's name, address or account text that the model was given and
/// must not copy into a field such as `summary`. Pattern detectors cannot see names; the case can.
public struct InputEchoPolicy: Sendable, Equatable {
    /// Where the sensitive values come from: `vars.<name>` (or just `<name>`) for a case
    /// variable, `expected.<path>` for a field of the expected output (dot-separated).
    public var sources: [String] = []
    /// Also every piece of personal data the scanner finds in the case's variables.
    public var piiInInputs = false
    /// Output fields (dot-separated paths, as in `pii.allowed`) that may hold the values.
    public var allowedFields: Set<String> = []
    /// Also a multi-word value's last word (a full name's surname) of three or more letters.
    public var surnames = false
    /// Also the last this-many digits of a value that has more digits (a card's or account's
    /// tail); 0 turns this off.
    public var lastDigits = 0

    /// Creates an empty policy (the scorer is off).
    public init() {}

    /// True when the policy names anything to look for.
    public var isEnabled: Bool { !sources.isEmpty || piiInInputs }
}
