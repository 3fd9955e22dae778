/// When a case tagged `critical` counts as a regression (`critical_regressions:` in the gate policy).
public enum CriticalRegressionRule: String, Sendable, Equatable, CaseIterable {
    /// Any drop in the case's pass fraction (3/3 to 2/3, 2/3 to 0/3; an error counts as not
    /// passing): the default, so a broken critical case never hides under "flaky".
    case anyDrop = "any_drop"
    /// Only a case that passed every repeat and now passes none.
    case allOrNothing = "all_or_nothing"
}
