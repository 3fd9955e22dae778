/// The rules that decide whether a candidate prompt version may merge. Defaults suit CI; every
/// value can be set under `gate:` in promptgate.yaml and overridden in a prompt's front matter.
public struct GatePolicy: Sendable, Equatable {
    /// Hard rule: share of results whose output validates against the schema (default 100%).
    public var minSchemaValidity = 1.0
    /// Hard rule: PII findings outside allowed fields (default none).
    public var maxPIIFindings = 0
    /// Hard rule: no regression on cases tagged `critical`.
    public var noCriticalRegressions = true
    /// What counts as a regression of a critical case: any drop in its pass fraction (default) or
    /// only all-pass to all-fail (`critical_regressions: all_or_nothing`).
    public var criticalRegressionRule = CriticalRegressionRule.anyDrop
    /// Hard rule: template leaks (default none).
    public var maxTemplateLeaks = 0
    /// Statistical rules: the one error budget, the significance level of the one-sided test for a
    /// drop. With no true change the statistical rules fail at most about alpha of the time.
    public var alpha = 0.05
    /// Statistical rule: the pass-rate drop beyond which a borderline result (one-sided p below
    /// 2 x alpha) warns, as a fraction (0.05 = 5 points); see `DropRule`.
    public var maxPassRateDrop = 0.05
    /// Statistical rule: the mean-score drop the gate tolerates; a larger drop fails only when it
    /// is also significant (see `DropRule`).
    public var maxMeanScoreDrop = 0.05
    /// Cost rule: candidate cost per case at most the baseline's times this.
    public var maxCostRatio = 1.2
    /// Cost rule: warn when the cost ratio passes this share of the ceiling.
    public var costWarnFraction = 0.8
    /// Optional latency rule: candidate p95 at most the baseline's times this.
    public var maxLatencyP95Ratio: Double?
    /// Error rule: a larger share of provider errors makes the verdict inconclusive.
    public var maxErrorShare = 0.1
    /// Optional absolute rule: the candidate's pass rate must reach this fraction (with or without
    /// a baseline).
    public var minPassRate: Double?
    /// Refusal rule: cases the baseline answered and the candidate refused (default none).
    public var maxNewRefusals = 0
    /// Error rule for `exec` pipelines, lower: a crash of your own pipeline is rarely a network blip.
    public var maxErrorShareExec = 0.02
    /// Judge rule: a judge whose Cohen's kappa with people (`promptgate judge calibrate`) is below
    /// this, or unmeasured, makes the verdict INCONCLUSIVE; nil for no such rule.
    public var judgeMinKappa: Double?

    public init() {}

    /// The YAML keys, for messages.
    static let keys = [
        "min_schema_validity", "max_pii_findings", "no_critical_regressions", "critical_regressions",
        "max_template_leaks", "alpha", "max_pass_rate_drop", "max_mean_score_drop", "max_cost_ratio",
        "cost_warn_fraction", "max_latency_p95_ratio", "max_error_share", "max_error_share_exec",
        "min_pass_rate", "max_new_refusals", "judge_min_kappa",
    ]

    /// Applies the keys of a `gate:` mapping over these values.
    mutating func apply(_ yaml: inout YAMLMapping, into bag: inout DiagnosticBag) {
        func number(_ key: String, _ range: NumberRange, _ target: inout Double) {
            if let v = yaml.double(key, in: range, into: &bag) { target = v }
        }
        number("min_schema_validity", .fraction, &minSchemaValidity)
        if let v = yaml.int("max_pii_findings", in: 0...1_000_000, into: &bag) { maxPIIFindings = v }
        if let v = yaml.bool("no_critical_regressions", into: &bag) { noCriticalRegressions = v }
        if let v = yaml.string("critical_regressions", into: &bag) {
            if let rule = CriticalRegressionRule(rawValue: v) {
                criticalRegressionRule = rule
            } else {
                bag.append(
                    .error(
                        yaml.file, line: yaml.lineOf("critical_regressions"),
                        "`critical_regressions` must be `any_drop` or `all_or_nothing`"))
            }
        }
        if let v = yaml.int("max_template_leaks", in: 0...1_000_000, into: &bag) { maxTemplateLeaks = v }
        number("alpha", .significance, &alpha)
        number("max_pass_rate_drop", .fraction, &maxPassRateDrop)
        number("max_mean_score_drop", .fraction, &maxMeanScoreDrop)
        number("max_cost_ratio", .positive, &maxCostRatio)
        number("cost_warn_fraction", .fraction, &costWarnFraction)
        if let v = yaml.double("max_latency_p95_ratio", in: .positive, into: &bag) { maxLatencyP95Ratio = v }
        number("max_error_share", .fraction, &maxErrorShare)
        if let v = yaml.double("min_pass_rate", in: .fraction, into: &bag) { minPassRate = v }
        if let v = yaml.int("max_new_refusals", in: 0...1_000_000, into: &bag) { maxNewRefusals = v }
        number("max_error_share_exec", .fraction, &maxErrorShareExec)
        if let v = yaml.double("judge_min_kappa", in: .fraction, into: &bag) { judgeMinKappa = v }
        yaml.reportUnknownKeys(into: &bag, allowed: GatePolicy.keys)
    }
}

/// A prompt's `gate:` front-matter block, applied over the project's policy when that prompt is gated.
public struct GatePolicyOverride: Sendable, Equatable {
    let text: String
    let path: String

    /// The project policy with this prompt's keys applied.
    public func applied(to base: GatePolicy) -> GatePolicy {
        var bag = DiagnosticBag()
        var policy = base
        guard var yaml = YAMLMapping.parse(text, file: path, into: &bag), var gate = yaml.mapping("gate", into: &bag)
        else { return base }
        policy.apply(&gate, into: &bag)
        return policy
    }
}
