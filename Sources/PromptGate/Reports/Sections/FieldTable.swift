/// Per-field accuracy, precision, recall and F1, with the change from the baseline when there is one.
struct FieldTable {
    let baseline: [FieldStats]?
    let candidate: [FieldStats]

    func markdown() -> String {
        guard !candidate.isEmpty else { return "" }
        let base = Dictionary((baseline ?? []).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var header = ["field", "accuracy", "precision", "recall", "F1"]
        if baseline != nil { header += ["accuracy delta", "F1 delta"] }
        let rows = candidate.map { s -> [String] in
            var row = [Markdown.code(s.path), Markdown.percent(s.accuracy), f3(s.precision), f3(s.recall), f3(s.f1)]
            if baseline != nil {
                if let b = base[s.path] {
                    row += [Markdown.points(s.accuracy - b.accuracy), Markdown.signed(s.f1 - b.f1)]
                } else {
                    row += ["new", "new"]
                }
            }
            return row
        }
        return "## Fields\n\n"
            + Markdown.table(header, rows, align: [.left] + Array(repeating: .right, count: header.count - 1))
    }

    private func f3(_ x: Double) -> String { String(format: "%.3f", x) }
}
