import Foundation
import PromptGate

/// The PII scanner on the labelled corpus (`Tests/Fixtures/pii/corpus.jsonl`): per-type precision,
/// recall and F1, and the scan time per 500-character text.
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
        return [Figure(name: "PII scan per 500-character text (\(chunks.count) texts from the corpus)", value: String(format: "%.1f µs", perText), target: "<= 100 µs", met: perText <= 100)]
    }
}
