/// The version a candidate is gated against, and why it was chosen; the report and the console
/// name both. No version means a first version, judged by the absolute rules alone.
public struct Baseline: Sendable, Equatable {
    public let version: Int?
    public let reason: String

    public init(version: Int?, reason: String) {
        self.version = version
        self.reason = reason
    }

    /// The default: the highest existing version below the candidate.
    public static func previous(of prompt: String, candidate: Int, in catalog: PromptCatalog) -> Baseline {
        guard let previous = catalog.previous(of: prompt, before: candidate) else {
            return Baseline(
                version: nil,
                reason: "v\(candidate) is the first version of `\(prompt)`: no baseline, only the absolute rules apply")
        }
        return Baseline(version: previous, reason: "the version before v\(candidate)")
    }

    /// A version named with `--baseline`.
    public static func named(_ version: Int) -> Baseline {
        Baseline(version: version, reason: "named with --baseline")
    }

    /// The newest version that exists at a git ref (production, when the ref is the base branch).
    public static func newest(of prompt: String, at base: BaseRefPrompts) -> Baseline {
        guard let version = base.newest(of: prompt) else {
            return Baseline(
                version: nil,
                reason: "`\(prompt)` has no version at `\(base.ref)`: no baseline, only the absolute rules apply")
        }
        return Baseline(version: version, reason: "the newest version at `\(base.ref)` (what is in production)")
    }
}
