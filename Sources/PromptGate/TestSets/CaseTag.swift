/// The tag names promptgate gives a meaning to, spelled once.
public enum CaseTag {
    /// A case whose regression fails the gate (`gate: no_critical_regressions`).
    public static let critical = "critical"

    /// True when `tags` mark a critical case.
    public static func isCritical(_ tags: some Sequence<String>) -> Bool {
        tags.contains(critical)
    }
}
