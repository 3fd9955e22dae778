/// The rows one finished case adds to the store: its result, its scores with their field
/// outcomes, its attempts, its dead letter and the fresh answers it caches. The pipeline builds
/// them (`CaseResult.rows`); the store writes them in one transaction and knows nothing else of a case.
public struct CaseRows: Sendable {
    /// One score with the field outcomes it holds; their `resultID`s are set when written.
    public struct ScoreRows: Sendable {
        public var score: ScoreRecord
        public var fields: [FieldScoreRecord]

        public init(score: ScoreRecord, fields: [FieldScoreRecord]) {
            self.score = score
            self.fields = fields
        }
    }

    public var result: ResultRecord
    public var scores: [ScoreRows]
    public var attempts: [AttemptRecord]
    public var deadLetter: DeadLetterRecord?
    public var cacheWrites: [CachedResponseRecord]

    public init(
        result: ResultRecord, scores: [ScoreRows] = [], attempts: [AttemptRecord] = [],
        deadLetter: DeadLetterRecord? = nil, cacheWrites: [CachedResponseRecord] = []
    ) {
        self.result = result
        self.scores = scores
        self.attempts = attempts
        self.deadLetter = deadLetter
        self.cacheWrites = cacheWrites
    }
}
