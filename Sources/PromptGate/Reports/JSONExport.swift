/// The JSON export of a run, for dashboards: a versioned, documented shape
/// (`docs/json-export.md`), with personal data redacted like every report.
public struct JSONExport: Sendable {
    /// The export format identifier; bumped on any incompatible change.
    public static let runFormat = "promptgate.run/1"

    public let snapshot: RunSnapshot
    let redactor: ReportRedactor
    /// Time to first token of the run's streamed calls (none: the keys are null).
    let firstTokens: RunFirstTokens

    public init(
        snapshot: RunSnapshot, redactor: ReportRedactor = ReportRedactor(),
        firstTokens: RunFirstTokens = RunFirstTokens()
    ) {
        self.snapshot = snapshot
        self.redactor = redactor
        self.firstTokens = firstTokens
    }

    public func json() -> JSONValue {
        let run = snapshot.run
        let m = snapshot.metrics
        let runJSON: JSONValue = [
            "id": .number(Double(run.id ?? 0)), "prompt": .string(run.prompt), "version": .number(Double(run.version)),
            "prompt_hash": .string(run.promptHash), "testset": .string(run.testset),
            "testset_hash": .string(run.testsetHash),
            "provider": .string(run.provider), "model": .string(run.model), "repeats": .number(Double(run.repeats)),
            "status": .string(run.status.rawValue), "abort_reason": run.abortReason.map(JSONValue.string) ?? .null,
        ]
        let metrics: JSONValue = [
            "results": .number(Double(m.results)), "passed": .number(Double(m.passed)),
            "failed": .number(Double(m.failed)),
            "errors": .number(Double(m.errors)), "pass_rate": .number(m.passRate), "mean_score": .number(m.meanScore),
            "schema_validity": .number(m.schemaValidity), "input_tokens": .number(Double(m.inputTokens)),
            "output_tokens": .number(Double(m.outputTokens)), "cost_usd": .number(m.costUSD),
            "latency_ms_p50": .number(m.latencyP50), "latency_ms_p95": .number(m.latencyP95),
            "first_token_ms_p50": firstTokens.summary.map { .number($0.p50) } ?? .null,
            "first_token_ms_p95": firstTokens.summary.map { .number($0.p95) } ?? .null,
            "first_token_calls": .number(Double(firstTokens.summary?.calls ?? 0)),
        ]
        let cases: [JSONValue] = snapshot.results.map { r in
            [
                "id": .string(r.caseID), "repeat": .number(Double(r.repeatIndex)),
                "verdict": .string(r.verdict.rawValue),
                "score": .number(r.score), "reasons": .array(r.reasons.map { .string(redactor.redact($0)) }),
                "tags": .array(r.tags.map(JSONValue.string)), "parse_mode": .string(r.parseMode.rawValue),
                "stop_reason": r.stopReason.map(JSONValue.string) ?? .null, "latency_ms": .number(r.latencyMs),
                "first_token_ms": firstTokens.of(r).map(JSONValue.number) ?? .null,
                "input_tokens": .number(Double(r.inputTokens)), "output_tokens": .number(Double(r.outputTokens)),
                "cost_usd": .number(r.costUSD), "error_kind": r.errorKind.map(JSONValue.string) ?? .null,
                "scores": .array(
                    snapshot.scores(of: r).map { s in
                        [
                            "scorer": .string(s.scorer), "status": .string(s.status.rawValue),
                            "value": .number(s.value), "hard": .bool(s.hard),
                        ]
                    }),
            ]
        }
        return ["format": .string(Self.runFormat), "run": runJSON, "metrics": metrics, "cases": .array(cases)]
    }
}
