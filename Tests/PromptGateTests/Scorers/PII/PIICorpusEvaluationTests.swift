import Foundation
import PromptGateBenchSupport
import Testing

@testable import PromptGate

@Suite("Corpus evaluation")
struct PIICorpusEvaluationTests {
    @Test func corpusMeetsQualityBar() throws {
        let cases = try PIICorpus.load(from: PIICorpusLocation.url)
        #expect(cases.count >= 600)
        let evaluation = PIICorpusEvaluation(cases: cases)
        #expect(evaluation.micro.f1 >= 0.97, "\(evaluation.format())")
        for type in PIIType.allCases {
            #expect(
                evaluation.score(for: type).truePositives + evaluation.score(for: type).falseNegatives >= 30,
                "corpus needs positives for \(type.rawValue)")
            #expect(evaluation.score(for: type).f1 >= 0.90, "\(type.rawValue)\n\(evaluation.formatMismatches())")
        }
    }

    @Test func countsExactSpanMatchesOnly() throws {
        let cases = try PIICorpus.parse(
            """
            {"id": "a", "text": "mail jane@example.com", "entities": [{"type": "EMAIL", "start": 5, "end": 21}]}
            {"id": "b", "text": "mail jane@example.com", "entities": [{"type": "EMAIL", "start": 5, "end": 20}]}
            {"id": "c", "text": "mail jane@example.com", "entities": [{"type": "URL", "start": 5, "end": 21}]}
            {"id": "d", "text": "nothing here", "entities": []}
            """)
        let evaluation = PIICorpusEvaluation(cases: cases)
        #expect(
            evaluation.score(for: .email)
                == PIICorpusEvaluation.Score(truePositives: 1, falsePositives: 2, falseNegatives: 1))
        #expect(evaluation.score(for: .url).falseNegatives == 1)
        #expect(evaluation.micro.truePositives == 1)
        #expect(evaluation.mismatches.map(\.id) == ["b", "c"])
        #expect(abs(evaluation.score(for: .email).precision - 1.0 / 3.0) < 1e-9)
        #expect(evaluation.format().contains("micro"))
    }

    @Test func reportsBadLinesWithFileAndLine() {
        #expect(throws: PIICorpusError.self) {
            _ = try PIICorpus.parse("{\"id\": \"x\"}\n", fileName: "bad.jsonl")
        }
        do {
            _ = try PIICorpus.parse(
                "\n{\"id\": \"x\", \"text\": \"ab\", \"entities\": [{\"type\": \"EMAIL\", \"start\": 1, \"end\": 5}]}",
                fileName: "bad.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect((error as? LocalizedError)?.errorDescription?.hasPrefix("bad.jsonl:2:") == true)
        }
    }
}
