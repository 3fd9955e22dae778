import Foundation
import PromptGate

extension PIICorpusEvaluation {
    /// A fixed-width table of per-type TP/FP/FN, precision, recall and F1, followed by the
    /// micro-averaged row, for terminals and Markdown code blocks.
    public func format() -> String {
        let header =
            pad("type", 14) + pad("TP", 5, right: true) + pad("FP", 5, right: true)
            + pad("FN", 5, right: true) + pad("precision", 11, right: true) + pad("recall", 8, right: true)
            + pad("F1", 7, right: true)
        var lines = [header, String(repeating: "-", count: header.count)]
        for type in PIIType.allCases {
            lines.append(row(type.rawValue, score(for: type)))
        }
        lines.append(String(repeating: "-", count: header.count))
        lines.append(row("micro", micro))
        lines.append("\(caseCount) cases, \(mismatches.count) with a mismatch; exact type+span matching")
        return lines.joined(separator: "\n")
    }

    /// The mismatching cases, one block each, showing missed and spurious spans with their text.
    public func formatMismatches(limit: Int = 50) -> String {
        var lines: [String] = []
        for mismatch in mismatches.prefix(limit) {
            let scalars = Array(mismatch.text.unicodeScalars)
            func show(_ entity: PIIEntity) -> String {
                let lower = max(0, min(entity.start, scalars.count))
                let upper = max(lower, min(entity.end, scalars.count))
                var value = String.UnicodeScalarView()
                value.append(contentsOf: scalars[lower..<upper])
                return "\(entity.type.rawValue)[\(entity.start),\(entity.end)) \"\(String(value))\""
            }
            lines.append("\(mismatch.id): \(mismatch.text.replacingOccurrences(of: "\n", with: "\\n"))")
            for entity in mismatch.missed { lines.append("  missed   \(show(entity))") }
            for entity in mismatch.spurious { lines.append("  spurious \(show(entity))") }
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ name: String, _ score: Score) -> String {
        pad(name, 14) + pad("\(score.truePositives)", 5, right: true) + pad("\(score.falsePositives)", 5, right: true)
            + pad("\(score.falseNegatives)", 5, right: true) + pad(fixed(score.precision), 11, right: true)
            + pad(fixed(score.recall), 8, right: true) + pad(fixed(score.f1), 7, right: true)
    }

    private func fixed(_ value: Double) -> String { String(format: "%.3f", value) }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}
