/// The render stage: a planned call's request, rendered once, with the canonical JSON that is
/// stored and the hash the cache and the recordings are keyed by.
protocol RenderStage: Sendable {
    func render(_ call: PlannedCall) -> RenderedRequest
}

/// A case's request as the pipeline sends it, with its canonical JSON and that JSON's hash.
struct RenderedRequest: Sendable {
    let testCase: TestCase
    let request: CompletionRequest
    let json: String
    let hash: String
}

/// Renders the prompt's message templates with the case's variables (`RequestForm`); the hash is
/// the one the planner computed from its own rendering of the same request.
struct TemplateRendering: RenderStage {
    func render(_ call: PlannedCall) -> RenderedRequest {
        let testCase = call.testCase
        let request = call.form.request(for: testCase, repeatIndex: call.repeatIndex)
        return RenderedRequest(
            testCase: testCase, request: request, json: JSONWriter.canonical(request.contentJSON),
            hash: call.requestHash)
    }
}
