/// What a provider batch answered for a run's planned calls, by case and repeat: the pipeline
/// takes a case's first answer from here (priced at the batch rate) and goes on exactly as with a
/// called answer; re-asks and requests the batch failed are normal calls (or, with
/// `failed_requests: error`, failures of the case).
public struct BatchAnswers: Sendable {
    let outcomes: [String: BatchOutcome]
    /// The custom ids that were submitted (one without an outcome got no result).
    let submitted: Set<String>
    let failedRequests: BatchSettings.FailedRequests
    /// Cases and repeats the run's caps kept out of the batch: they are not called at all.
    public var withheld: Set<CaseKey> = []
    /// Why requests were withheld (the run stops for it, `aborted`); nil when the batch held all.
    public var budgetStop: String?
    /// What the batch used, counted toward the run's caps like normal calls.
    public var spent = Spent(calls: 0, tokens: 0, costUSD: 0)

    /// Requests submitted, tokens the answers used and their cost at the batch price.
    public struct Spent: Sendable, Equatable {
        public var calls: Int
        public var tokens: Int
        public var costUSD: Double
    }

    /// No batch: every call is a normal call.
    public static let none = BatchAnswers(outcomes: [:], submitted: [], failedRequests: .call)

    /// How the batch ended for this case and repeat; nil when it was not in a batch (cached, or
    /// no batch mode).
    func outcome(caseID: String, repeatIndex: Int) -> BatchOutcome? {
        guard !submitted.isEmpty else { return nil }
        let id = BatchCustomID.of(caseID: caseID, repeatIndex: repeatIndex)
        guard submitted.contains(id) else { return nil }
        return outcomes[id] ?? .failed(ProviderError(.serverError, "the batch returned no result for this request"))
    }

    /// How many submitted requests were answered.
    public var answered: Int { outcomes.values.filter { if case .answered = $0 { true } else { false } }.count }
    /// How many were submitted.
    public var submittedCount: Int { submitted.count }
}
