/// What one judge said across a run: how many answers it passed and failed, how many it could not
/// judge, its verdicts by value, and its tokens and cost (apart from the judged prompt's).
public struct JudgeStats: Sendable, Equatable {
    /// `name@vN` of the judge prompt.
    public let judge: String
    /// The judged field, or `reply`.
    public let target: String
    public let scale: JudgeScale
    public let threshold: Int
    public var passed = 0
    public var failed = 0
    /// Answers without a verdict (nothing to judge, the judge failed or answered unusably).
    public var unjudged = 0
    /// How many answers got each verdict (pass 1 / fail 0, or 1–5).
    public var verdicts: [Int: Int] = [:]
    public var inputTokens = 0
    public var outputTokens = 0
    public var costUSD = 0.0
    /// Judge calls made (cached verdicts make none).
    public var calls = 0

    /// The verdicts given (answers judged).
    public var judged: Int { passed + failed }

    /// Per judge and target, in first-seen order.
    public static func of(_ snapshot: RunSnapshot) -> [JudgeStats] {
        var order: [String] = []
        var stats: [String: JudgeStats] = [:]
        for result in snapshot.results where result.verdict != .error {
            for score in snapshot.scores(of: result) where score.scorer == JudgeScorer.id {
                guard case .array(let items)? = score.details else { continue }
                for judgement in items.compactMap(Judgement.init(json:)) {
                    let key = judgement.judge + "\u{0}" + judgement.target
                    if stats[key] == nil {
                        order.append(key)
                        stats[key] = JudgeStats(
                            judge: judgement.judge, target: judgement.target, scale: judgement.scale,
                            threshold: judgement.threshold)
                    }
                    stats[key]?.add(judgement)
                }
            }
        }
        return order.compactMap { stats[$0] }
    }

    mutating func add(_ judgement: Judgement) {
        switch judgement.passed {
        case true?: passed += 1
        case false?: failed += 1
        case nil: unjudged += 1
        }
        if let verdict = judgement.verdict { verdicts[verdict, default: 0] += 1 }
        inputTokens += judgement.usage.inputTokens
        outputTokens += judgement.usage.outputTokens
        costUSD += judgement.costUSD
        calls += judgement.calls
    }
}
