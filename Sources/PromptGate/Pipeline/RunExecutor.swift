import Foundation

/// Runs the planned calls with bounded concurrency: call, parse, score, store. Each finished case
/// is stored at once, so an interrupted run keeps its work.
public struct RunExecutor: Sendable {
    public let provider: any Provider
    public let scorers: ScorerSet
    public let pricing: [String: ModelPrice]
    public let concurrency: Int

    public init(provider: any Provider, scorers: ScorerSet, pricing: [String: ModelPrice], concurrency: Int) {
        self.provider = provider
        self.scorers = scorers
        self.pricing = pricing
        self.concurrency = max(1, concurrency)
    }

    /// Executes `plan`, calling `onResult` (serially) for each finished case.
    public func execute(_ plan: RunPlan, onResult: (CaseResult) throws -> Void) async throws {
        let templates = plan.prompt.messages.map(\.template)
        try await withThrowingTaskGroup(of: CaseResult.self) { group in
            var next = 0
            func launch() {
                guard next < plan.calls.count else { return }
                let call = plan.calls[next]
                next += 1
                group.addTask { await self.runOne(call, templates: templates) }
            }
            for _ in 0..<concurrency { launch() }
            while let result = try await group.next() {
                try onResult(result)
                launch()
            }
        }
    }

    /// One case and repeat through provider, parser and scorers.
    func runOne(_ call: PlannedCall, templates: [Template]) async -> CaseResult {
        let requestJSON = JSONWriter.canonical(call.request.contentJSON)
        var result = CaseResult(caseID: call.testCase.id, repeatIndex: call.request.repeatIndex, tags: call.testCase.tags, requestHash: ContentHash.of(requestJSON))
        result.requestJSON = requestJSON
        let response: CompletionResponse
        do {
            response = try await provider.complete(call.request)
        } catch {
            result.error = error
            return result
        }
        return score(response, for: call, templates: templates, into: result)
    }

    /// Parses and scores a response.
    func score(_ response: CompletionResponse, for call: PlannedCall, templates: [Template], into base: CaseResult) -> CaseResult {
        var result = base
        result.response = response
        result.costUSD = pricing[response.model]?.cost(inputTokens: response.usage.inputTokens, outputTokens: response.usage.outputTokens) ?? 0
        let parsed = call.request.output == .json ? OutputParser.parse(response.text) : ParsedOutput(value: nil, mode: .text)
        result.parsed = parsed
        let output = ModelOutput(text: response.text, parsed: parsed, stopReason: response.stopReason, request: call.request, templates: templates)
        result.evaluation = scorers.evaluate(output, for: call.testCase)
        return result
    }
}
