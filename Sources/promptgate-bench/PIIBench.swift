import Foundation
import PromptGate
import PromptGateBenchSupport

/// The PII scanner on the labelled corpus (`Tests/Fixtures/pii/corpus.jsonl`): per-type precision,
/// recall and F1, one line per form family (`forms-<family>-*` cases), and the scan time per
/// 500-character text.
enum PIIBench {
    static func run() throws -> [Figure] {
        let url = URL(fileURLWithPath: "Tests/Fixtures/pii/corpus.jsonl")
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("pii: run from the repository root to find Tests/Fixtures/pii/corpus.jsonl")
            return []
        }
        let cases = try PIICorpus.load(from: url)
        let scanner = PIIScanner()
        let evaluation = PIICorpusEvaluation(cases: cases, scanner: scanner)
        print("")
        print("PII corpus: \(cases.count) cases (Tests/Fixtures/pii/corpus.jsonl)")
        print(evaluation.format())
        printFamilies(cases, scanner: scanner)
        var chunks: [String] = []
        var current = ""
        for item in cases {
            current += item.text + "\n"
            if current.unicodeScalars.count >= 500 {
                chunks.append(String(String.UnicodeScalarView(current.unicodeScalars.prefix(500))))
                current = ""
            }
        }
        var found = 0
        for chunk in chunks { found += scanner.scan(chunk).count }
        let rounds = 50
        let m = Measurement.ofSync {
            for _ in 0..<rounds { for chunk in chunks { found &+= scanner.scan(chunk).count } }
        }
        let perText = m.cpu / Double(rounds * max(1, chunks.count)) * 1e6
        return [
            Figure(
                name: "PII scan per 500-character text (\(chunks.count) texts from the corpus)",
                value: String(format: "%.1f µs", perText), target: "<= 100 µs", met: perText <= 100)
        ]
    }

    /// One micro P/R/F1 line per form family: the cases whose id is `forms-<family>-<number>`.
    private static func printFamilies(_ cases: [PIICorpusCase], scanner: PIIScanner) {
        var families: [String: [PIICorpusCase]] = [:]
        for item in cases where item.id.hasPrefix("forms-") {
            guard let dash = item.id.lastIndex(of: "-") else { continue }
            families[String(item.id[item.id.index(item.id.startIndex, offsetBy: 6)..<dash]), default: []].append(item)
        }
        guard !families.isEmpty else { return }
        print("")
        print("form families (forms-* cases, micro over all types)")
        for name in families.keys.sorted() {
            let family = families[name] ?? []
            let score = PIICorpusEvaluation(cases: family, scanner: scanner).micro
            let line =
                "  " + name.padding(toLength: 18, withPad: " ", startingAt: 0)
                + String(
                    format: "%3d cases  TP %3d  FP %2d  FN %2d  P %.3f  R %.3f  F1 %.3f", family.count,
                    score.truePositives, score.falsePositives, score.falseNegatives, score.precision, score.recall,
                    score.f1)
            print(line)
        }
    }
}
