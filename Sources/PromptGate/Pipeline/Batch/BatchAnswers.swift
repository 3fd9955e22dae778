/// What a provider batch answered for a run's planned calls, by case and repeat: the pipeline
/// takes a case's first answer from here (priced at the batch rate) and goes on exactly as with a
/// called answer; re-asks and requests the batch failed are normal calls (or, with
/// `failed_requests: error`, failures of the case).
public struct BatchAnswers: Sendable {
    let outcomes: [String: BatchOutcome]
    /// The custom ids that were submitted (one without an outcome got no result).
    let submitted: Set<String>
    let failedRequests: BatchSettings.FailedRequests

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
