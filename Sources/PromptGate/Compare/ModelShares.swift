/// Which model answered a run's results and how each did, so answers from the prompt's
/// `fallback` model are counted apart from the primary's instead of being credited to it.
public struct ModelShares: Sendable, Equatable {
    /// One model's answered results.
    public struct Share: Sendable, Equatable {
        public let model: String
        public let fallback: Bool
        public var answered = 0
        public var passed = 0

        /// Passed over answered.
        public var passRate: Double { answered == 0 ? 0 : Double(passed) / Double(answered) }
    }

    /// The models that answered, the primary's share first.
    public let shares: [Share]

    /// No answers.
    public static let none = ModelShares(shares: [])

    init(shares: [Share]) {
        self.shares = shares
    }

    public init(_ snapshot: RunSnapshot) {
        var byModel: [String: Share] = [:]
        for r in snapshot.results where r.verdict != .error {
            let model = r.modelUsed ?? snapshot.run.model
            byModel[model, default: Share(model: model, fallback: r.fallbackUsed)].answered += 1
            if r.verdict == .pass { byModel[model]?.passed += 1 }
        }
        self.shares = byModel.values.sorted { ($0.fallback ? 1 : 0, $0.model) < ($1.fallback ? 1 : 0, $1.model) }
    }

    /// True when more than one model answered (a fallback took part).
    public var isMixed: Bool { shares.count > 1 }

    /// "`a` 60 answered, 91.7% passed; fallback `b` 4 answered, 50.0% passed".
    public func summary(code: (String) -> String = { "`\($0)`" }) -> String {
        shares.map { share in
            (share.fallback ? "fallback " : "") + "\(code(share.model)) \(share.answered) answered, "
                + String(format: "%.1f%% passed", share.passRate * 100)
        }.joined(separator: "; ")
    }
}

extension RunMetrics {
    /// The headline: passed of all results, errors counted ("51/64 passed (79.7%), 11 failed, 2 errors").
    public var headline: String {
        let rate = results == 0 ? 0 : Double(passed) / Double(results)
        return "\(passed)/\(results) passed (" + String(format: "%.1f%%", rate * 100)
            + "), \(failed) failed, \(errors) error\(errors == 1 ? "" : "s")"
    }
}
