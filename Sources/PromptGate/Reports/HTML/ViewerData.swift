import Foundation

/// The data the HTML viewer shows, as one JSON value: the summary, the verdict, and every case
/// with its inputs, expected output and each side's results. Every text from a case, a reply or a
/// reason passes the redactor first, as in the Markdown reports.
struct ViewerData {
    /// One side of the report: a run's snapshot and its full results (with the reply texts).
    struct Side {
        let snapshot: RunSnapshot
        let results: [ResultRecord]
        /// Time to first token of the run's streamed calls.
        var firstTokens = RunFirstTokens()
    }

    let candidate: Side
    let baseline: Side?
    let decision: GateDecision?
    /// The test set as it is now (inputs and expected outputs), when it loads.
    let testSet: TestSet?
    let redactor: ReportRedactor

    /// Replies longer than this are cut in the viewer (the database keeps them whole).
    static let maxOutput = 20_000

    func json() -> JSONValue {
        let cases =
            testSet.map { set in Dictionary(set.cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }
            ?? [:]
        let baseResults = baseline.map { Dictionary(grouping: $0.results, by: \.caseID) } ?? [:]
        let candResults = Dictionary(grouping: candidate.results, by: \.caseID)
        var rows: [JSONValue] = []
        var tags = Set<String>(), fields = Set<String>(), scorers = Set<String>()
        let ids: [(id: String, transition: String?)]
        if let baseline {
            ids = RunDiff(baseline: baseline.snapshot, candidate: candidate.snapshot).cases.map {
                ($0.caseID, $0.transition.rawValue)
            }
        } else {
            ids = candidate.snapshot.byCase.map { ($0.caseID, nil) }
        }
        for (id, transition) in ids {
            let testCase = cases[id]
            let cand = (candResults[id] ?? []).sorted { $0.repeatIndex < $1.repeatIndex }
            let base = (baseResults[id] ?? []).sorted { $0.repeatIndex < $1.repeatIndex }
            let caseTags = (cand.first ?? base.first)?.tags ?? testCase?.tags ?? []
            tags.formUnion(caseTags)
            let failedFields = Set(
                cand.flatMap { r in
                    candidate.snapshot.fields(of: r).filter { $0.status != .match && $0.status != .ignored }.map(\.path)
                })
            let failedScorers = Set(
                cand.flatMap { r in candidate.snapshot.scores(of: r).filter { $0.status == .fail }.map(\.scorer) })
            fields.formUnion(failedFields)
            scorers.formUnion(failedScorers)
            var row: [String: JSONValue] = [
                "id": .string(id), "tags": .array(caseTags.map(JSONValue.string)),
                "failedFields": .array(failedFields.sorted().map(JSONValue.string)),
                "failedScorers": .array(failedScorers.sorted().map(JSONValue.string)),
                "vars": testCase.map { .object($0.vars.mapValues(redacted)) } ?? .null,
                "expected": testCase?.expected.map { .string(JSONWriter.pretty(redacted($0))) } ?? .null,
            ]
            if let transition { row["transition"] = .string(transition) }
            if !cand.isEmpty { row["cand"] = side(cand, of: candidate) }
            if let baseline, !base.isEmpty { row["base"] = side(base, of: baseline) }
            rows.append(.object(row))
        }
        return [
            "kind": .string(baseline == nil ? "run" : "diff"),
            "tags": .array(tags.sorted().map(JSONValue.string)),
            "fields": .array(fields.sorted().map(JSONValue.string)),
            "scorers": .array(scorers.sorted().map(JSONValue.string)), "cases": .array(rows),
        ]
    }

    private func side(_ results: [ResultRecord], of run: Side) -> JSONValue {
        let snapshot = run.snapshot
        let state = CaseSide(results: results).state
        let repeats: [JSONValue] = results.map { r in
            var output =
                r.outputRaw.map(redactor.redact) ?? r.errorMessage.map { "(no reply: \(redactor.redact($0)))" } ?? ""
            if output.count > Self.maxOutput {
                output = String(output.prefix(Self.maxOutput)) + "\n… (cut; the database holds the whole reply)"
            }
            return [
                "verdict": .string(r.verdict.rawValue), "score": .number(r.score), "output": .string(output),
                "reasons": .array(r.reasons.map { .string(redactor.redact($0)) }),
                "attempts": .number(Double(r.attemptCount)), "latency_ms": .number(r.latencyMs),
                "first_token_ms": run.firstTokens.of(r).map(JSONValue.number) ?? .null,
                "scores": .array(
                    snapshot.scores(of: r).map { s in
                        [
                            "scorer": .string(s.scorer), "status": .string(s.status.rawValue),
                            "reasons": .array(s.reasons.map { .string(redactor.redact($0)) }),
                        ]
                    }),
            ]
        }
        return [
            "state": .string(state.rawValue), "score": .number(CaseSide(results: results).meanScore),
            "repeats": .array(repeats),
        ]
    }

    private func redacted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let s): return .string(redactor.redact(s))
        case .array(let items): return .array(items.map(redacted))
        case .object(let members): return .object(members.mapValues(redacted))
        default: return value
        }
    }
}
