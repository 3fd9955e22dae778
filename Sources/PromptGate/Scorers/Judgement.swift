/// One judge's verdict on one answer, with its reason and what the judge's call cost (counted
/// apart from the judged prompt's). Stored in the `judge` score's details.
public struct Judgement: Sendable, Equatable {
    /// `name@vN` of the judge prompt.
    public var judge: String
    /// The judged field's path, or `reply`.
    public var target: String
    public var scale: JudgeScale
    /// The lowest passing verdict.
    public var threshold: Int
    /// pass 1 / fail 0, or the score 1–5; nil when the judge could not give one (`problem` says why).
    public var verdict: Int?
    public var reason: String
    /// Why there is no verdict (nothing to judge, the judge call failed, its answer was unusable).
    public var problem: String?
    public var usage = TokenUsage(inputTokens: 0, outputTokens: 0)
    /// What the judge's answer cost (tokens × price), whether bought now or from the cache.
    public var costUSD = 0.0
    /// Judge calls made for this verdict (0 when cached or nothing was judged).
    public var calls = 0

    public init(
        judge: String, target: String, scale: JudgeScale, threshold: Int, verdict: Int?, reason: String,
        problem: String? = nil
    ) {
        self.judge = judge
        self.target = target
        self.scale = scale
        self.threshold = threshold
        self.verdict = verdict
        self.reason = reason
        self.problem = problem
    }

    /// True when the verdict reaches the threshold; nil without a verdict.
    public var passed: Bool? { verdict.map { $0 >= threshold } }

    /// The verdict as a value in 0...1 (pass 1, fail 0; a score s as (s - 1) / 4).
    public var value: Double? {
        verdict.map { scale == .passFail ? Double($0) : Double($0 - 1) / 4 }
    }

    /// The stored form (inside the `judge` score's details).
    public var json: JSONValue {
        var o: [String: JSONValue] = [
            "judge": .string(judge), "target": .string(target), "scale": .string(scale.rawValue),
            "threshold": .number(Double(threshold)), "reason": .string(reason),
            "input_tokens": .number(Double(usage.inputTokens)), "output_tokens": .number(Double(usage.outputTokens)),
            "cost_usd": .number(costUSD), "calls": .number(Double(calls)),
        ]
        o["verdict"] = verdict.map { .number(Double($0)) } ?? .null
        if let problem { o["problem"] = .string(problem) }
        return .object(o)
    }

    /// Reads the stored form back; nil for anything else.
    public init?(json: JSONValue) {
        guard case .object(let o) = json, case .string(let judge)? = o["judge"],
            case .string(let target)? = o["target"],
            let scale = o["scale"]?.stringValue.flatMap(JudgeScale.init(rawValue:)),
            case .number(let t)? = o["threshold"], let threshold = Int(exactly: t)
        else { return nil }
        var verdict: Int?
        if case .number(let v)? = o["verdict"] { verdict = Int(exactly: v) }
        self.init(
            judge: judge, target: target, scale: scale, threshold: threshold, verdict: verdict,
            reason: o["reason"]?.stringValue ?? "", problem: o["problem"]?.stringValue)
        func whole(_ key: String) -> Int {
            o[key].flatMap { if case .number(let n) = $0 { Int(exactly: n) } else { nil } } ?? 0
        }
        usage = TokenUsage(inputTokens: whole("input_tokens"), outputTokens: whole("output_tokens"))
        if case .number(let c)? = o["cost_usd"] { costUSD = c }
        calls = whole("calls")
    }
}
