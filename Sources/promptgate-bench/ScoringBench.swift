import Foundation
import PromptGate

/// Scoring time of one case for adversarial replies of 1 KB, 100 KB and 1 MB, through every scorer of
/// the bundled example's test set (schema, fields, PII, placeholders, confidence, truncation,
/// template leaks): the time per byte must stay flat as the reply grows.
enum ScoringBench {
    /// Reply shapes that used to make a scorer quadratic.
    static let shapes: [(name: String, unit: String)] = [
        ("`{` only", "{"), ("`{{x` repeated", "{{x"), ("e-mail addresses", "u1@example.org "),
        ("`{ name` unclosed", "{ customer_name "),
    ]

    static func run(sizes: [Int] = [1_000, 100_000, 1_000_000]) throws -> [Figure] {
        let project = try Project.open(root: URL(fileURLWithPath: "."))
        let prompt = try project.prompts.load("extract-ticket", version: 3)
        let testSet = try project.testSets.load(prompt.settings.testset)
        let scorers = ScorerSet(testSet: testSet, output: .json)
        guard let testCase = testSet.cases.first else { return [] }
        var figures: [Figure] = []
        for shape in shapes {
            var perByte: [Double] = []
            var cells: [String] = []
            for size in sizes {
                let reply = String(repeating: shape.unit, count: size / shape.unit.utf8.count)
                let request = CompletionRequest(
                    model: "m", messages: [ChatMessage(role: .user, content: reply)], temperature: 0, maxTokens: 100,
                    output: .json, caseID: testCase.id, repeatIndex: 0)
                let output = ModelOutput(
                    text: reply, parsed: OutputParser.parse(reply), stopReason: .stop, request: request,
                    templates: prompt.messages.map(\.template))
                let rounds = size <= 1_000 ? 200 : 1
                let m = Measurement.ofSync { for _ in 0..<rounds { _ = scorers.evaluate(output, for: testCase) } }
                let seconds = m.cpu / Double(rounds)
                perByte.append(seconds / Double(reply.utf8.count))
                cells.append(
                    seconds < 0.01 ? String(format: "%.2f ms", seconds * 1000) : String(format: "%.3f s", seconds))
                FileHandle.standardError.write(
                    Data("scoring: \(shape.name), \(size) bytes: \(cells.last ?? "")\n".utf8))
            }
            let ratio = (perByte.last ?? 0) / max(perByte.first ?? 1, 1e-12)
            figures.append(
                Figure(
                    name: "scoring one case, reply of \(shape.name): 1 KB / 100 KB / 1 MB",
                    value: cells.joined(separator: " / ") + String(format: " (per byte x%.1f)", ratio),
                    target: "per byte flat (<= x4)", met: ratio <= 4))
        }
        return figures
    }
}
