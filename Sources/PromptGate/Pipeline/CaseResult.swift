/// Everything the pipeline learned about one case and repeat, ready to be stored.
public struct CaseResult: Sendable {
    public var caseID: String
    public var repeatIndex: Int
    public var tags: [String]
    public var requestHash: String
    /// The rendered request as canonical JSON (stored for review samples).
    public var requestJSON: String?
    public var response: CompletionResponse?
    public var parsed: ParsedOutput?
    public var evaluation: CaseEvaluation?
    /// Set when the provider could not answer: the case is an error, not a failure.
    public var error: ProviderError?
    /// What the answers cost (tokens × price), whether bought in this run or served from the
    /// cache: the cost belongs to the answer. What this run spent is the attempts' `costUSD`.
    public var costUSD: Double = 0
    public var cacheHit = false
    public var attemptCount = 1
    /// Every call made for this case, in order.
    public var attempts: [Attempt] = []
    /// True when the prompt's fallback model gave the answer.
    public var fallbackUsed = false
    /// Fresh answers to store in the response cache with this result.
    public var cacheWrites: [CachedResponseRecord] = []
    /// The first answer to the planned request (before any re-ask), for `--record`.
    public var firstResponse: CompletionResponse?
    /// How the first answer stopped when it was a refusal and a re-ask (`reask_refusals`) followed.
    public var refusedFirst: StopReason?
    /// Set when the answer still failed to parse or validate after the re-asks.
    public var deadLetter: DeadLetter?
    /// The judges' verdicts on the answer (scored by the `judge` scorer).
    public var judgements: [Judgement] = []
    /// Each judge's reply as a recording line (`--record` writes them to the judge's recordings).
    public var judgeReplies: [JudgeReply] = []

    public init(caseID: String, repeatIndex: Int, tags: [String], requestHash: String) {
        self.caseID = caseID
        self.repeatIndex = repeatIndex
        self.tags = tags
        self.requestHash = requestHash
    }

    /// pass / fail from the scorers, or error when nothing could be scored.
    public var verdict: Verdict { error != nil ? .error : (evaluation?.verdict ?? .error) }
}

/// A judge's reply to one request, kept as the line its recordings file would hold.
public struct JudgeReply: Sendable {
    /// The judge prompt's `name@vN`.
    public let judge: String
    public let recording: Recording
}
