/// The rules that decide whether a candidate prompt version may merge. Defaults suit CI; every
/// value can be set under `gate:` in promptgate.yaml and overridden in a prompt's front matter.
public struct GatePolicy: Sendable, Equatable {
    /// Hard rule: share of results whose output validates against the schema (default 100%).
    public var minSchemaValidity = 1.0
    /// Hard rule: PII findings outside allowed fields (default none).
    public var maxPIIFindings = 0
    /// Hard rule: no regression on cases tagged `critical`.
    public var noCriticalRegressions = true
    /// Hard rule: template leaks (default none).
    public var maxTemplateLeaks = 0
    /// Statistical rule: significance level of the paired test.
    public var alpha = 0.05
    /// Statistical rule: the largest tolerated pass-rate drop, as a fraction (0.05 = 5 points); a
    /// larger drop fails when it is unlikely to be noise and warns otherwise (see `DropRule`).
    public var maxPassRateDrop = 0.05
    /// Statistical rule: the largest tolerated mean-score drop, under the same `DropRule`.
    public var maxMeanScoreDrop = 0.05
    /// Cost rule: candidate cost per case at most the baseline's times this.
    public var maxCostRatio = 1.2
    /// Cost rule: warn when the cost ratio passes this share of the ceiling.
    public var costWarnFraction = 0.8
    /// Optional latency rule: candidate p95 at most the baseline's times this.
    public var maxLatencyP95Ratio: Double?
    /// Error rule: a larger share of provider errors makes the verdict inconclusive.
    public var maxErrorShare = 0.1

    public init() {}

    /// The YAML keys, for messages.
    static let keys = ["min_schema_validity", "max_pii_findings", "no_critical_regressions", "max_template_leaks", "alpha",
                       "max_pass_rate_drop", "max_mean_score_drop", "max_cost_ratio", "cost_warn_fraction",
                       "max_latency_p95_ratio", "max_error_share"]

    /// Applies the keys of a `gate:` mapping over these values.
    mutating func apply(_ yaml: inout YAMLMapping, into bag: inout DiagnosticBag) {
        func number(_ key: String, _ range: NumberRange, _ target: inout Double) {
            if let v = yaml.double(key, in: range, into: &bag) { target = v }
        }
        number("min_schema_validity", .fraction, &minSchemaValidity)
        if let v = yaml.int("max_pii_findings", in: 0...1_000_000, into: &bag) { maxPIIFindings = v }
        if let v = yaml.bool("no_critical_regressions", into: &bag) { noCriticalRegressions = v }
        if let v = yaml.int("max_template_leaks", in: 0...1_000_000, into: &bag) { maxTemplateLeaks = v }
        number("alpha", .openFraction, &alpha)
        number("max_pass_rate_drop", .fraction, &maxPassRateDrop)
        number("max_mean_score_drop", .fraction, &maxMeanScoreDrop)
        number("max_cost_ratio", .positive, &maxCostRatio)
        number("cost_warn_fraction", .fraction, &costWarnFraction)
        if let v = yaml.double("max_latency_p95_ratio", in: .positive, into: &bag) { maxLatencyP95Ratio = v }
        number("max_error_share", .fraction, &maxErrorShare)
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
        guard var yaml = YAMLMapping.parse(text, file: path, into: &bag), var gate = yaml.mapping("gate", into: &bag) else { return base }
        policy.apply(&gate, into: &bag)
        return policy
    }
}
