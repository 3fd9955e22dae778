/// A case's state over its repeats in one run.
public enum CaseState: String, Sendable, Codable {
    /// Every repeat passed.
    case pass
    /// No repeat passed.
    case fail
    /// Some repeats passed, some failed.
    case flaky
    /// A repeat could not be scored (provider error): kept apart from quality.
    case error
}

/// How a case changed from the baseline run to the candidate run.
public enum CaseTransition: String, Sendable, Codable, CaseIterable {
    case regression
    case fix
    case stillPassing = "still_passing"
    case stillFailing = "still_failing"
    case flaky
    case error
    case added
    case removed

    /// Order in reports: what a reviewer must see first.
    public var reportOrder: Int {
        CaseTransition.allCases.firstIndex(of: self) ?? 0
    }
}

/// One case's results on one side of a comparison.
public struct CaseSide: Sendable {
    public let results: [ResultRecord]

    public var passes: Int { results.count(where: { $0.verdict == .pass }) }
    public var failures: Int { results.count(where: { $0.verdict == .fail }) }
    public var errors: Int { results.count(where: { $0.verdict == .error }) }
    /// Share of scored repeats that passed.
    public var passFraction: Double {
        let scored = passes + failures
        return scored == 0 ? 0 : Double(passes) / Double(scored)
    }
    public var meanScore: Double {
        let scored = results.filter { $0.verdict != .error }
        return scored.isEmpty ? 0 : scored.reduce(0) { $0 + $1.score } / Double(scored.count)
    }

    public var state: CaseState {
        if errors > 0 { return .error }
        return scoredState
    }

    /// The state of the repeats that could be scored, errors left out (`.error` when none could).
    var scoredState: CaseState {
        if passes + failures == 0 { return .error }
        if failures == 0 { return .pass }
        if passes == 0 { return .fail }
        return .flaky
    }
}

/// One case aligned by id across two runs.
public struct CaseDiff: Sendable {
    public let caseID: String
    public let tags: [String]
    public let baseline: CaseSide?
    public let candidate: CaseSide?
    /// When a critical case counts as a regression.
    public var criticalRule: CriticalRegressionRule = .anyDrop
    /// Whether a candidate error is a failed repeat or left out (`CandidateErrors`).
    public var candidateErrors: CandidateErrors = .countAsFailures

    public init(
        caseID: String, tags: [String], baseline: CaseSide?, candidate: CaseSide?,
        criticalRule: CriticalRegressionRule = .anyDrop, candidateErrors: CandidateErrors = .countAsFailures
    ) {
        self.caseID = caseID
        self.tags = tags
        self.baseline = baseline
        self.candidate = candidate
        self.criticalRule = criticalRule
        self.candidateErrors = candidateErrors
    }

    /// The transition. Beyond pass -> fail, two changes are regressions: a case that passed every
    /// scored baseline repeat and now ends in a provider error (a crash is usually the candidate's
    /// fault), and, under `CriticalRegressionRule.anyDrop`, any drop in a critical case's pass
    /// fraction (errors counting as not passing). When the candidate's errors are left out
    /// (`CandidateErrors.leftOut`) neither counts them, and a case with no other repeat is `.error`.
    public var transition: CaseTransition {
        guard let baseline else { return .added }
        guard let candidate else { return .removed }
        let baseScored = baseline.passes + baseline.failures
        let errorsFail = candidateErrors == .countAsFailures
        if errorsFail, baseScored > 0, baseline.failures == 0, candidate.errors > 0 { return .regression }
        let candidateRuns = errorsFail ? candidate.results.count : candidate.passes + candidate.failures
        if isCritical, criticalRule == .anyDrop, baseScored > 0, candidateRuns > 0,
            candidate.passes * baseScored < baseline.passes * candidateRuns
        {
            return .regression
        }
        switch (baseline.state, errorsFail ? candidate.state : candidate.scoredState) {
        case (.error, _), (_, .error): return .error
        case (.flaky, _), (_, .flaky): return .flaky
        case (.pass, .pass): return .stillPassing
        case (.fail, .fail): return .stillFailing
        case (.pass, .fail): return .regression
        case (.fail, .pass): return .fix
        }
    }

    public var isCritical: Bool { CaseTag.isCritical(tags) }
}
