/// One case of a test set and one repeat of it: what a run's results, its recordings and a resumed
/// run are keyed by.
public struct CaseKey: Hashable, Sendable {
    public let caseID: String
    /// 0-based repeat of the case within a run.
    public let repeatIndex: Int

    public init(caseID: String, repeatIndex: Int) {
        self.caseID = caseID
        self.repeatIndex = repeatIndex
    }
}
