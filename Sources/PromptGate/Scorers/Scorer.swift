/// What a scorer sees of one case's answer: the raw reply, the parsed JSON, the stop reason and
/// the rendered request (for template-leak checks).
public struct ModelOutput: Sendable {
    public var text: String
    public var parsed: ParsedOutput
    public var stopReason: StopReason
    public var request: CompletionRequest
    /// The prompt's message templates as written, to detect template text echoed back.
    public var templates: [Template]
    /// Set when an earlier answer to this case was refused and a re-ask gave this one.
    public var refusedFirst: StopReason?
    /// The answer's violations of the test set's schema when the pipeline already validated it
    /// (nil: not validated yet; the `schema` scorer then validates).
    public var schemaViolations: [SchemaViolation]?
    /// The judges' verdicts on this answer (from the pipeline's judge step).
    public var judgements: [Judgement] = []

    public init(
        text: String, parsed: ParsedOutput, stopReason: StopReason, request: CompletionRequest,
        templates: [Template] = []
    ) {
        self.text = text
        self.parsed = parsed
        self.stopReason = stopReason
        self.request = request
        self.templates = templates
    }
}

/// Judges one aspect of a case's answer, and says what it is: its id, the run figures it feeds,
/// whether its failure fails the case, and what it adds to the gate. Adding a scorer = one file +
/// one line in `ScorerRegistry` + its test; metrics, gate and summary table pick it up.
public protocol Scorer: Sendable {
    /// Stored in SQLite; never renamed once shipped.
    static var id: String { get }
    /// The run figures this scorer feeds (default none).
    static var metrics: [ScorerMetric] { get }
    /// Whether a failure fails the case (default: yes, unless `scorers: hard:` leaves it out).
    static var hardness: ScorerHardness { get }
    /// The gate rule this scorer counts towards (default none).
    static var gateRule: ScorerGateRule? { get }
    /// The scorer a test set runs, or nil when it does not apply (another output mode, not configured).
    static func make(for context: ScorerContext) -> Self?
    /// Scores one answer against its case.
    func score(_ output: ModelOutput, for testCase: TestCase) -> Score
}

extension Scorer {
    public static var metrics: [ScorerMetric] { [] }
    public static var hardness: ScorerHardness { .configurable(default: true) }
    public static var gateRule: ScorerGateRule? { nil }
    /// A scorer built in code only (not in `ScorerRegistry`) is never made from a test set.
    public static func make(for context: ScorerContext) -> Self? { nil }
}

/// Whether a scorer's failure fails the case.
public enum ScorerHardness: Sendable, Equatable {
    /// Always (a refusal): `scorers: hard:` cannot soften it.
    case always
    /// As `scorers: hard:` lists it; `default` when the test set has no such list.
    case configurable(default: Bool)
}

/// What a scorer is built from: the test set (settings, compiled schema) and the output mode.
public struct ScorerContext: Sendable {
    public let testSet: TestSet
    public let output: OutputMode

    public init(testSet: TestSet, output: OutputMode) {
        self.testSet = testSet
        self.output = output
    }

    public var settings: TestSetSettings { testSet.settings }
}
