/// The combined CI report: one line per gated version (with its baseline and why), then each
/// gate's reasons. Intermediate versions are listed but do not decide the outcome.
struct CIReport {
    let base: String
    let targets: [CITarget]
    let gates: [GateCommand.Outcome]
    let intermediates: [GateCommand.Outcome]
    /// Prompt versions (`name@vN`) and whole prompts (`name`) deleted since the base.
    let deleted: [String]
    /// Why `ci` stopped before gating every version, and the versions it did not gate.
    let stopped: String?
    let notGated: [String]
    let config: ProjectConfig

    func markdown() -> String {
        var out = "# promptgate CI\n\n"
        if !deleted.isEmpty {
            out +=
                "Deleted since \(Markdown.code(base)), not gated: " + deleted.map(Markdown.code).joined(separator: ", ")
                + ".\n\n"
        }
        if let stopped {
            out +=
                "**Stopped before gating everything** (exit 3): " + Markdown.text(stopped) + ". Not gated: "
                + notGated.map(Markdown.code).joined(separator: ", ") + ".\n\n"
        }
        guard !gates.isEmpty else {
            if stopped != nil { return out }
            return out
                + "No prompt version added and no config, test set or pipeline file changed since \(Markdown.code(base)): nothing to gate.\n"
        }
        var rows: [[String]] = []
        for gate in gates {
            let why = targets.first { $0.prompt == gate.prompt }?.why ?? ""
            rows.append(row(gate, role: "gating (\(why))"))
            for item in intermediates where item.prompt == gate.prompt {
                rows.append(row(item, role: "intermediate, reported only: v\(gate.candidate) is what merges"))
            }
        }
        out += Markdown.table(["prompt", "candidate", "baseline", "verdict", "role", "report"], rows)
        for gate in gates {
            out += "\n---\n\n" + gate.summary
        }
        return out
    }

    private func row(_ gate: GateCommand.Outcome, role: String) -> [String] {
        [
            Markdown.code(gate.prompt), "v\(gate.candidate)",
            (gate.baseline.version.map { "v\($0): " } ?? "none: ") + Markdown.text(gate.baseline.reason),
            gate.verdict.rawValue, Markdown.cell(role), Markdown.code(config.display(gate.reportURL)),
        ]
    }
}
